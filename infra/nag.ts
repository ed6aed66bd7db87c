/**
 * cdk-nag v3 acknowledgements. cdk-nag 3 runs as a CDK policy-validation plugin and reads
 * acknowledgements recorded with `Validations.of(construct).acknowledge(...)` (v2's
 * `NagSuppressions` is gone). An acknowledgement covers the construct and its children and
 * matches one finding id exactly — `AwsSolutions-IAM5[Resource::*]` acknowledges that
 * wildcard only, not every IAM5 finding — so each one is as narrow as the finding.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** Records why a cdk-nag finding is acceptable here. The reason is mandatory and specific. */
export function acknowledge(scope: IConstruct, id: string, reason: string): void {
  if (reason.trim().length < 40) throw new Error(`Acknowledgement of ${id} needs a specific reason`);
  Validations.of(scope).acknowledge({ id, reason });
}

/**
 * How cdk-nag writes a (possibly tokenised) value inside a finding id, e.g. an object ARN
 * becomes `<AttachmentsBucket134755D7.Arn>/applications/*` — the same flattening cdk-nag
 * applies (`Fn::GetAtt` → `<Id.Attr>`, `Ref` → `<Id>`, `Fn::Join` joined).
 */
export function nagValue(scope: IConstruct, value: string): string {
  return flatten(Stack.of(scope).resolve(value));
}

function flatten(node: unknown): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node.replace(/\$\{/g, '<').replace(/\}/g, '>');
  const object = node as Record<string, unknown>;
  if (object['Fn::Join']) {
    const [delimiter, items] = object['Fn::Join'] as [string, unknown[]];
    return items.map(flatten).join(delimiter);
  }
  if (object['Fn::GetAtt']) {
    const [resource, attribute] = object['Fn::GetAtt'] as [unknown, unknown];
    return `<${flatten(resource)}.${flatten(attribute)}>`;
  }
  if (object['Ref']) return `<${flatten(object['Ref'])}>`;
  return JSON.stringify(node);
}
