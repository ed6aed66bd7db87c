/**
 * Personal data in the stack (ADR 089): the table's TTL (sign-in requests nobody followed, rate
 * windows, sessions), the retention's daily schedule and the erase grants it holds (every version
 * of the attachment objects, listing the bucket), the applicant's own-data route, and that no
 * other function may erase versions.
 */
import type { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionById } from '../../functions/registry.ts';
import { synthPortal, type Synthesised } from './synth.ts';

let synth: Synthesised;
let template: Template;
const id = (construct: Parameters<Synthesised['stack']['getLogicalId']>[0]) =>
  synth.stack.getLogicalId(construct);

type Statement = { Action: string | string[]; Resource: unknown };
const statementsOf = (functionId: string): Statement[] => {
  const role = synth.stack.functions[functionId]!.role!;
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(id(role.node.defaultChild as never)))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
};
const actionsOf = (functionId: string) => statementsOf(functionId).flatMap((s) => [s.Action].flat());

beforeAll(() => {
  synth = synthPortal({}, { bundling: false });
  template = synth.template;
});

describe('personal data', () => {
  it('the table expires sign-in requests, claims, sessions and rate windows by TTL (expiresAt)', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('the retention runs daily and may list and erase every version of the attachment objects', () => {
    const declared = functionById('ApplyRetention');
    expect(declared.everyMinutes).toBe(24 * 60);
    const fn = synth.stack.functions.ApplyRetention!;
    const rules = Object.values(template.findResources('AWS::Events::Rule')).filter((rule) =>
      JSON.stringify(rule.Properties.Targets ?? []).includes(id(fn.node.defaultChild as never)),
    );
    expect(rules.map((rule) => rule.Properties.ScheduleExpression)).toEqual(['rate(1 day)']);
    const actions = actionsOf('ApplyRetention');
    expect(actions).toEqual(expect.arrayContaining(['s3:ListBucketVersions', 's3:DeleteObjectVersion']));
    expect(actions).not.toContain('dynamodb:Scan');
    const erase = statementsOf('ApplyRetention').find((s) =>
      [s.Action].flat().includes('s3:DeleteObjectVersion'),
    );
    expect(JSON.stringify(erase!.Resource)).toContain('/applications/*');
  });

  it('no other function may erase object versions', () => {
    const erasers = Object.keys(synth.stack.functions).filter((fnId) =>
      actionsOf(fnId).includes('s3:DeleteObjectVersion'),
    );
    expect(erasers).toEqual(['ApplyRetention']);
  });

  it("the applicant's own data is a route of the HTTP API", () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
      RouteKey: 'GET /applications/{applicationId}/data',
    });
  });
});
