import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { REPO_ROOT } from '../bundling.ts';

/** The Powertools version the handlers are written and tested against (package-lock.json). */
export const POWERTOOLS_VERSION: string = JSON.parse(
  readFileSync(join(REPO_ROOT, 'node_modules/@aws-lambda-powertools/logger/package.json'), 'utf8'),
).version;

/**
 * AWS's public Powertools for AWS Lambda (TypeScript) layer, pinned to POWERTOOLS_VERSION.
 * Its ARN comes from the public SSM parameter AWS publishes per version and region, resolved
 * by CloudFormation at deploy time (synth stays offline). One per stack, shared by every
 * function.
 */
export function powertoolsLayer(scope: Construct): lambda.ILayerVersion {
  const stack = Stack.of(scope);
  const id = 'PowertoolsLayer';
  const existing = stack.node.tryFindChild(id) as lambda.ILayerVersion | undefined;
  if (existing) return existing;
  const arn = ssm.StringParameter.valueForStringParameter(
    stack,
    `/aws/service/powertools/typescript/generic/all/${POWERTOOLS_VERSION}`,
  );
  return lambda.LayerVersion.fromLayerVersionArn(stack, id, arn);
}
