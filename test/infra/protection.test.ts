/**
 * Issue 11's infra controls (ADR 087, 088): AWS WAF in front of CloudFront, separate throttles
 * for public and signed-in routes, CORS exposing Retry-After, the hourly mail budget, the audit
 * trail append-only in IAM, Step Functions logging errors only, TTL. One synth of the deployment
 * (edge and portal stacks) without bundling: the bundles are checked by portal-stack.test.ts.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf } from '../../functions/declare.ts';
import { allFunctions, functionsOf } from '../../functions/registry.ts';
import { ENV } from '../../shared/config/env.ts';
import * as keys from '../../shared/storage/table-keys.ts';
import { acknowledgements, synthPortal, type Synthesised } from './synth.ts';

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

let synth: Synthesised;
let resources: Resources;

beforeAll(() => {
  synth = synthPortal({}, { bundling: false });
  resources = synth.template.toJSON().Resources as Resources;
});

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

describe('AWS WAF', () => {
  it('is a CLOUDFRONT web ACL in us-east-1: a per-IP rate rule, then the common and known-bad-inputs rule groups', () => {
    expect(synth.edge.region).toBe('us-east-1');
    synth.edgeTemplate.resourceCountIs('AWS::WAFv2::WebACL', 1);
    synth.edgeTemplate.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Rules: [
        Match.objectLike({
          Name: 'RequestsPerIp',
          Priority: 0,
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: {
              Limit: synth.config.webRequestsPerIpPer5Minutes,
              EvaluationWindowSec: 300,
              AggregateKeyType: 'IP',
            },
          },
        }),
        Match.objectLike({
          Priority: 1,
          OverrideAction: { None: {} },
          Statement: {
            ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' },
          },
        }),
        Match.objectLike({
          Priority: 2,
          OverrideAction: { None: {} },
          Statement: {
            ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesKnownBadInputsRuleSet' },
          },
        }),
      ],
    });
  });

  it('is associated with the web distribution through a cross-region reference', () => {
    const [[, distribution]] = ofType('AWS::CloudFront::Distribution') as [[string, Resources[string]]];
    const config = distribution.Properties.DistributionConfig as { WebACLId?: unknown };
    // CloudFormation reads the ARN from the edge stack's output in us-east-1.
    expect(config.WebACLId).toEqual({
      'Fn::GetStackOutput': {
        StackName: synth.edge.stackName,
        Region: 'us-east-1',
        OutputName: expect.stringContaining('WebAcl'),
      },
    });
    expect(synth.stack.dependencies.map((stack) => stack.stackName)).toContain(synth.edge.stackName);
  });

  it('leaves no cdk-nag finding in either stack', () => {
    expect(
      synth.nag.violations.map((v) => `${v.ruleName} ${v.violatingResources[0]?.constructPath}`),
    ).toEqual([]);
    expect(acknowledgements(synth.app).some((ack) => ack.id === 'AwsSolutions-CFR2')).toBe(false);
  });
});

describe('API throttles and CORS', () => {
  it('throttles every public route on its own and the signed-in routes by the stage default', () => {
    const publicRoutes = functionsOf('http').filter((route) => route.auth === 'public');
    expect(publicRoutes.length).toBeGreaterThan(2);
    const limit = {
      ThrottlingRateLimit: synth.config.publicRouteThrottle.rateLimit,
      ThrottlingBurstLimit: synth.config.publicRouteThrottle.burstLimit,
    };
    const [[, stage]] = ofType('AWS::ApiGatewayV2::Stage') as [[string, Resources[string]]];
    expect(stage.Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: synth.config.apiThrottle.rateLimit,
      ThrottlingBurstLimit: synth.config.apiThrottle.burstLimit,
    });
    expect(stage.Properties.RouteSettings).toEqual(
      Object.fromEntries(publicRoutes.map((route) => [`${route.method} ${route.path}`, limit])),
    );
    expect(stage.Properties.RouteSettings).toHaveProperty(['POST /applications']);
    expect(stage.Properties.RouteSettings).toHaveProperty(['POST /sessions']);
    // The route settings name routes that exist before the stage is updated.
    const routeIds = ofType('AWS::ApiGatewayV2::Route').map(([id]) => id);
    const stageResource = Object.values(
      synth.template.toJSON().Resources as Record<string, { Type: string; DependsOn?: string[] }>,
    ).find((r) => r.Type === 'AWS::ApiGatewayV2::Stage')!;
    expect(stageResource.DependsOn).toEqual(expect.arrayContaining(routeIds));
  });

  it('exposes Retry-After to the web app', () => {
    synth.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ ExposeHeaders: ['retry-after'] }),
    });
  });

  it("gives every function the stage's per-IP limit", () => {
    for (const [id, fn] of ofType('AWS::Lambda::Function')) {
      const variables = (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)
        ?.Variables;
      if (!variables?.[ENV.tableName]) continue; // CDK's own functions
      expect(variables[ENV.ipRequestsPerHour], id).toBe(String(synth.config.ipRequestsPerHour));
    }
  });
});

describe('mail budget', () => {
  it("alarms to the alarm topic when the account sends more than the hour's budget", () => {
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SES',
      MetricName: 'Send',
      Statistic: 'Sum',
      Period: 3600,
      Threshold: synth.config.mailPerHour,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [
        { Ref: synth.stack.getLogicalId(synth.stack.monitoring.alarmTopic.node.defaultChild as never) },
      ],
    });
  });
});

describe('audit trail', () => {
  const auditPattern = `${keys.auditPartition('')}*`;

  it('every role that may write the table is denied updating or deleting an AUDIT# item', () => {
    expect(auditPattern).toBe('AUDIT#*');
    const writers = allFunctions().filter((fn) => accessOf(fn).includes('table:write'));
    expect(writers.length).toBeGreaterThan(5);
    const policies = ofType('AWS::IAM::Policy').map(([, r]) => r.Properties);
    const table = synth.stack.getLogicalId(synth.stack.data.table.node.defaultChild as never);
    for (const declared of writers) {
      const fn = synth.stack.functions[declared.id]!;
      const role = synth.stack.getLogicalId(fn.role!.node.defaultChild as never);
      const statements = policies
        .filter((p) => JSON.stringify(p.Roles).includes(`"${role}"`))
        .flatMap((p) => (p.PolicyDocument as { Statement: Statement[] }).Statement);
      expect(
        statements.filter((s) => s.Effect === 'Deny'),
        declared.id,
      ).toEqual([
        {
          Sid: 'AuditAppendOnly',
          Effect: 'Deny',
          Action: ['dynamodb:DeleteItem', 'dynamodb:UpdateItem'],
          Resource: { 'Fn::GetAtt': [table, 'Arn'] },
          Condition: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['AUDIT#*'] } },
        },
      ]);
    }
  });
});

describe('audit sink', () => {
  it('is a private, versioned bucket with Object Lock in compliance mode for the configured years, retained', () => {
    const bucket = synth.stack.getLogicalId(synth.stack.auditSink.bucket.node.defaultChild as never);
    expect(resources[bucket]).toMatchObject({
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: 'Retain',
      Properties: {
        ObjectLockEnabled: true,
        ObjectLockConfiguration: {
          ObjectLockEnabled: 'Enabled',
          Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 365 * synth.config.auditRetentionYears } },
        },
        VersioningConfiguration: { Status: 'Enabled' },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      },
    });
  });

  it("is fed by the table's stream (new and old images), filtered to AUDIT# items, failures kept", () => {
    synth.template.hasResourceProperties('AWS::DynamoDB::Table', {
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    const [declared] = functionsOf('table-stream');
    expect(declared!.partitionPrefix).toBe(keys.auditPartition(''));
    const fn = synth.stack.getLogicalId(synth.stack.functions[declared!.id]!.node.defaultChild as never);
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fn },
      EventSourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      FilterCriteria: {
        Filters: [{ Pattern: JSON.stringify({ dynamodb: { Keys: { pk: { S: [{ prefix: 'AUDIT#' }] } } } }) }],
      },
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it('is written by its function alone, PutObject under audit/, and no function may delete there', () => {
    const bucket = synth.stack.getLogicalId(synth.stack.auditSink.bucket.node.defaultChild as never);
    const writes = ofType('AWS::IAM::Policy')
      .flatMap(([, r]) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement)
      .filter((s) => JSON.stringify(s.Resource).includes(`"${bucket}"`));
    expect(writes).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: 's3:PutObject',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket, 'Arn'] }, '/audit/*']] },
      }),
    ]);
    const [declared] = functionsOf('table-stream');
    const variables = (
      resources[synth.stack.getLogicalId(synth.stack.functions[declared!.id]!.node.defaultChild as never)]!
        .Properties.Environment as { Variables: Record<string, unknown> }
    ).Variables;
    expect(variables[ENV.auditSinkBucket]).toEqual({ Ref: bucket });
  });
});

describe('workflow logging', () => {
  it('logs errors only, without execution data (callback tokens, reasons)', () => {
    synth.template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      LoggingConfiguration: Match.objectLike({ Level: 'ERROR', IncludeExecutionData: false }),
    });
  });
});

describe('time to live', () => {
  it('expires the items that carry expiresAt (rate windows, magic links, claims, sessions)', () => {
    synth.template.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });
});
