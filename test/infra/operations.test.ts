/**
 * Operations (ADR 082, 083, 084): every alarm that wakes someone, the failure queues of the
 * asynchronously invoked functions, the SES configuration set and its event destination, the
 * round's dashboard, and the web bucket that empties itself when the stack goes.
 */
import type { Template } from 'aws-cdk-lib/assertions';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { allFunctions, functionsOf } from '../../functions/registry.ts';
import { ENV } from '../../shared/config/env.ts';
import { MAIL_EVENT_DETAIL_TYPES } from '../../shared/mail/events.ts';
import { synthPortal, type Synthesised } from './synth.ts';

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

let synth: Synthesised;
let template: Template;
let resources: Resources;
let topic: { Ref: string };

const id = (construct: Parameters<Synthesised['stack']['getLogicalId']>[0]) =>
  synth.stack.getLogicalId(construct);
const alarms = () =>
  Object.values(resources)
    .filter((r) => r.Type === 'AWS::CloudWatch::Alarm')
    .map((r) => r.Properties!);

beforeAll(() => {
  // Bundles are checked by portal-stack.test.ts; here only the resources around them.
  synth = synthPortal({ alarmEmail: 'portal-alarms@kulturskoleradet.no' }, { bundling: false });
  template = synth.template;
  resources = template.toJSON().Resources as Resources;
  topic = { Ref: id(synth.stack.monitoring.alarmTopic.node.defaultChild as never) };
});

describe('alarms, each to the alarm topic', () => {
  it('every alarm of the stack notifies the alarm topic, which mails the configured address', () => {
    expect(alarms().length).toBeGreaterThan(2 * allFunctions().length);
    for (const alarm of alarms()) expect(alarm.AlarmActions, String(alarm.AlarmDescription)).toEqual([topic]);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: synth.config.alarmEmail,
      TopicArn: topic,
    });
  });

  it.each(allFunctions().map((fn) => [fn.id, fn.trigger] as const))(
    '%s (%s) alarms on its errors and on its throttles',
    (functionId) => {
      const fn = synth.stack.functions[functionId]!;
      const dimensions = [{ Name: 'FunctionName', Value: { Ref: id(fn.node.defaultChild as never) } }];
      for (const metric of ['Errors', 'Throttles']) {
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: metric,
          Dimensions: dimensions,
          Threshold: 1,
          AlarmActions: [topic],
        });
      }
    },
  );

  it("alarms when 1 % of the API's answers in five minutes are 5xx", () => {
    const apiId = { Ref: id(synth.stack.api.httpApi.node.defaultChild as never) };
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: 1,
      Metrics: Match.arrayWith([
        Match.objectLike({ Expression: Match.stringLikeRegexp('100 \\* errors / requests') }),
        Match.objectLike({
          Id: 'errors',
          MetricStat: Match.objectLike({
            Metric: Match.objectLike({ MetricName: '5xx', Dimensions: [{ Name: 'ApiId', Value: apiId }] }),
            Period: 300,
          }),
        }),
        Match.objectLike({
          Id: 'requests',
          MetricStat: Match.objectLike({ Metric: Match.objectLike({ MetricName: 'Count' }) }),
        }),
      ]),
    });
  });

  it('alarms on DynamoDB throttling of every operation the portal uses on its table', () => {
    const alarm = alarms().find((a) => String(a.AlarmDescription).startsWith('DynamoDB throttled'))!;
    const text = JSON.stringify(alarm.Metrics);
    for (const operation of ['GetItem', 'Query', 'PutItem', 'UpdateItem', 'DeleteItem']) {
      expect(text).toContain(`"Value":"${operation}"`);
    }
    expect(text).toContain('ThrottledRequests');
    expect(text).toContain(id(synth.stack.data.table.node.defaultChild as never));
  });

  it('alarms on failed, timed-out and aborted executions of the workflow', () => {
    const text = JSON.stringify(alarms());
    for (const metric of ['ExecutionsFailed', 'ExecutionsTimedOut', 'ExecutionsAborted'])
      expect(text).toContain(metric);
  });

  it("alarms on SES's bounce rate at 5 % and complaint rate at 0.1 %", () => {
    for (const [metric, threshold] of [
      ['Reputation.BounceRate', 0.05],
      ['Reputation.ComplaintRate', 0.001],
    ] as const) {
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SES',
        MetricName: metric,
        Threshold: threshold,
        AlarmActions: [topic],
      });
    }
  });
});

describe('failure queues of the asynchronously invoked functions', () => {
  const asynchronous = [
    ...functionsOf('s3-event'),
    ...functionsOf('mail-event'),
    ...functionsOf('malware-scan'),
  ].map((fn) => fn.id);

  it('VerifyAttachment, the mail-event and the malware-scan functions each have one', () => {
    expect(asynchronous).toContain('VerifyAttachment');
    expect(Object.keys(synth.stack.failureQueues).sort()).toEqual([...asynchronous].sort());
  });

  it.each(asynchronous)(
    '%s sends what it gave up on after two retries to its queue, which alarms and keeps it 14 days',
    (functionId) => {
      const fn = synth.stack.functions[functionId]!;
      const queue = synth.stack.failureQueues[functionId]!;
      const queueId = id(queue.node.defaultChild as never);
      template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
        FunctionName: { Ref: id(fn.node.defaultChild as never) },
        MaximumRetryAttempts: 2,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
      });
      expect(resources[queueId]!.Properties).toMatchObject({
        MessageRetentionPeriod: 14 * 24 * 3600,
        SqsManagedSseEnabled: true,
      });
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
        Threshold: 1,
        AlarmActions: [topic],
      });
    },
  );

  it('names each queue and its function in the outputs the admin CLI redrives from', () => {
    const outputs = Object.keys(template.toJSON().Outputs as object);
    for (const functionId of asynchronous) {
      expect(outputs).toContain(`${functionId}FailureQueueUrl`);
      expect(outputs).toContain(`${functionId}FunctionName`);
    }
  });
});

describe('mail events', () => {
  it('every mail goes out with the configuration set, which requires TLS and suppresses bounced addresses', () => {
    const set = synth.stack.mail.configurationSet;
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
    });
    for (const fn of Object.values(synth.stack.functions)) {
      const variables = (
        resources[id(fn.node.defaultChild as never)]!.Properties!.Environment as {
          Variables: Record<string, unknown>;
        }
      ).Variables;
      expect(variables[ENV.mailConfigurationSet], fn.node.id).toEqual({
        Ref: id(set.node.defaultChild as never),
      });
    }
  });

  it('publishes bounces and complaints to EventBridge', () => {
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: id(synth.stack.mail.configurationSet.node.defaultChild as never) },
      EventDestination: Match.objectLike({
        Enabled: true,
        MatchingEventTypes: Match.arrayEquals(['bounce', 'complaint']),
        EventBridgeDestination: { EventBusArn: Match.anyValue() },
      }),
    });
  });

  it('a rule hands exactly those events of this configuration set to the mail-event function, with a dead-letter queue', () => {
    const [declared] = functionsOf('mail-event');
    const fn = synth.stack.functions[declared!.id]!;
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: {
        source: ['aws.ses'],
        'detail-type': Object.values(MAIL_EVENT_DETAIL_TYPES),
        detail: {
          mail: {
            tags: {
              'ses:configuration-set': [
                { Ref: id(synth.stack.mail.configurationSet.node.defaultChild as never) },
              ],
            },
          },
        },
      },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [id(fn.node.defaultChild as never), 'Arn'] },
          DeadLetterConfig: {
            Arn: {
              'Fn::GetAtt': [id(synth.stack.failureQueues[declared!.id]!.node.defaultChild as never), 'Arn'],
            },
          },
        }),
      ],
    });
  });

  it('lets a function that sends mail use the configuration set, and nothing else of SES', () => {
    const policies = Object.values(resources).filter((r) => r.Type === 'AWS::IAM::Policy');
    const sends = policies
      .flatMap(
        (p) =>
          (p.Properties!.PolicyDocument as { Statement: { Action: unknown; Resource: unknown }[] }).Statement,
      )
      .filter((s) => JSON.stringify(s.Action).includes('ses:SendEmail'));
    expect(sends.length).toBeGreaterThan(0);
    for (const statement of sends) {
      const text = JSON.stringify(statement.Resource);
      expect(text).toContain(':configuration-set/');
      expect(text).toContain(id(synth.stack.mail.identity.node.defaultChild as never));
      expect(text).not.toContain('"*"');
    }
  });
});

describe('the round dashboard', () => {
  it('shows submissions per hour, each stage, mail sent and bounced, errors, and every alarm', () => {
    const [dashboard] = Object.values(resources).filter((r) => r.Type === 'AWS::CloudWatch::Dashboard');
    const body = JSON.stringify(synth.stack.resolve(dashboard!.Properties!.DashboardBody));
    for (const title of [
      'Applications per hour',
      'Stages: workflow tasks run per hour',
      'Mail per hour',
      'Errors per hour',
      'Alarms',
    ]) {
      expect(body).toContain(title);
    }
    for (const metric of [
      'ApplicationSubmitted',
      'StageOpened',
      'Bounce',
      'Complaint',
      'MailBounced',
      '5xx',
      'ExecutionsFailed',
    ]) {
      expect(body).toContain(metric);
    }
    for (const task of functionsOf('workflow-task')) expect(body).toContain(`\\"label\\":\\"${task.id}\\"`);
  });
});

describe('the web bucket', () => {
  it('is emptied by CDK and deleted with the stack (the app is rebuilt on every deploy)', () => {
    const bucketId = id(synth.stack.web.bucket.node.defaultChild as never);
    expect(template.toJSON().Resources[bucketId].DeletionPolicy).toBe('Delete');
    template.hasResourceProperties('Custom::S3AutoDeleteObjects', { BucketName: { Ref: bucketId } });
  });
});
