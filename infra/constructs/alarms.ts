import { Duration } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { RegisteredFunction } from '../../functions/registry.ts';
import { ACCESS_ACTIONS } from '../access.ts';

const FIVE_MINUTES = Duration.minutes(5);

/** How long a function may fail before someone is woken, by what triggers it. */
export interface ErrorAlarmPolicy {
  /** The window one datapoint sums. */
  readonly period: Duration;
  /** Datapoints with at least one error, in a row, before it alarms. */
  readonly periods: number;
  /** What a failure there means and what to do, for the alarm's description. */
  readonly meaning: string;
}

/**
 * The error alarm of each kind of function (ADR 082). A route's handled errors are answers
 * (the wrapper's 4xx); a Lambda error there is a crash or a timeout, a 5xx for someone. The
 * workflow retries its tasks (mail tasks for about half an hour), so a task alarms when it has
 * failed for 15 minutes running. S3 and SES events are retried twice by Lambda and then kept
 * in the function's failure queue. A schedule's missed run is made up by the next one: two in
 * a row alarm.
 */
export function errorAlarmPolicy(fn: RegisteredFunction): ErrorAlarmPolicy {
  switch (fn.trigger) {
    case 'http':
      return {
        period: FIVE_MINUTES,
        periods: 1,
        meaning: `${fn.method} ${fn.path} crashed or timed out: a caller got a 5xx.`,
      };
    case 'workflow-task':
      return {
        period: FIVE_MINUTES,
        periods: 3,
        meaning:
          `workflow task ${fn.task} has failed for 15 minutes running; the workflow keeps retrying, ` +
          'then fails the execution (ExecutionsFailed alarm).',
      };
    case 's3-event':
      return {
        period: FIVE_MINUTES,
        periods: 1,
        meaning:
          `an object under ${fn.prefix} failed to be handled; after two retries its event waits in the ` +
          `${fn.id} failure queue (npm run admin -- --aws redrive ${fn.id}).`,
      };
    case 'mail-event':
      return {
        period: FIVE_MINUTES,
        periods: 1,
        meaning:
          `an SES ${fn.events.join('/')} event failed to be recorded; after two retries it waits in the ` +
          `${fn.id} failure queue (npm run admin -- --aws redrive ${fn.id}).`,
      };
    case 'table-stream':
      return {
        period: FIVE_MINUTES,
        periods: 1,
        meaning:
          `copying ${fn.partitionPrefix}… items from the table's stream failed; the stream retries from the ` +
          `failed record for a day, then its place waits in the ${fn.id} failure queue (the entry itself is ` +
          'safe in the table: copy it by hand from there).',
      };
    case 'malware-scan':
      return {
        period: FIVE_MINUTES,
        periods: 1,
        meaning:
          `a malware scan result for ${fn.prefix} failed to be recorded; the attachment stays pending; after ` +
          `two retries the event waits in the ${fn.id} failure queue (npm run admin -- --aws redrive ${fn.id}).`,
      };
    case 'schedule':
      return {
        period: Duration.minutes(fn.everyMinutes),
        periods: 2,
        meaning: `two runs in a row of ${fn.id} (every ${fn.everyMinutes} minutes) failed.`,
      };
  }
}

export interface AlarmsProps {
  /** The alarm topic (mailed to the configured address). */
  readonly topic: sns.ITopic;
  /** Every function of the registry with its Lambda. */
  readonly functions: readonly { readonly declared: RegisteredFunction; readonly fn: lambda.IFunction }[];
  readonly httpApi: apigwv2.IHttpApi;
  readonly table: dynamodb.ITable;
  /** The failure (dead-letter) queues, by the function whose events they keep. */
  readonly deadLetterQueues: Readonly<Record<string, sqs.IQueue>>;
  /** The hourly mail budget: more mails sent in an hour alarm (ADR 088). */
  readonly mailPerHour: number;
  /**
   * Each function's errors and throttles alarm (two alarms a function, most of a stage's fixed
   * cost); without them the API's 5xx rate, the queues, the table, the workflow and mail alarm
   * still. @default true — staging may go without (docs/cost.md).
   */
  readonly functionAlarms?: boolean;
}

/**
 * What wakes someone (ADR 082), every alarm to the alarm topic: each function's errors (by
 * its trigger's policy) and throttles, the API's 5xx rate, every failure queue's depth,
 * DynamoDB throttling, SES's bounce and complaint rates, and the hourly mail budget. (The workflow's failed executions
 * and overdue stages, and the outbox's, alarm in the workflow construct.)
 */
export class Alarms extends Construct {
  readonly functionErrors: Record<string, cloudwatch.Alarm> = {};
  readonly functionThrottles: Record<string, cloudwatch.Alarm> = {};
  readonly deadLetters: Record<string, cloudwatch.Alarm> = {};
  readonly api5xxRate: cloudwatch.Alarm;
  readonly tableThrottles: cloudwatch.Alarm;
  readonly bounceRate: cloudwatch.Alarm;
  readonly complaintRate: cloudwatch.Alarm;
  readonly mailBudget: cloudwatch.Alarm;
  readonly all: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const action = new actions.SnsAction(props.topic);
    const alarm = (alarmId: string, alarmProps: cloudwatch.AlarmProps) => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        ...alarmProps,
      });
      created.addAlarmAction(action);
      this.all.push(created);
      return created;
    };

    for (const { declared, fn } of props.functionAlarms === false ? [] : props.functions) {
      const policy = errorAlarmPolicy(declared);
      this.functionErrors[declared.id] = alarm(`${declared.id}Errors`, {
        alarmDescription: `${declared.id} errors: ${policy.meaning} See the ${declared.id} function's logs.`,
        metric: fn.metricErrors({ statistic: 'Sum', period: policy.period }),
        threshold: 1,
        evaluationPeriods: policy.periods,
        datapointsToAlarm: policy.periods,
      });
      this.functionThrottles[declared.id] = alarm(`${declared.id}Throttles`, {
        alarmDescription:
          `${declared.id} was throttled: the account's Lambda concurrency ran out. Requests got 429/5xx, ` +
          'events are retried. Ask AWS for more concurrency or find what is using it.',
        metric: fn.metricThrottles({ statistic: 'Sum', period: FIVE_MINUTES }),
        threshold: 1,
        evaluationPeriods: 1,
      });
    }

    for (const [functionId, queue] of Object.entries(props.deadLetterQueues)) {
      this.deadLetters[functionId] = alarm(`${functionId}FailureQueueDepth`, {
        alarmDescription:
          `${functionId} gave up on an event (three attempts): it waits in its failure queue for 14 days. ` +
          `Fix the cause (the function's logs), then: npm run admin -- --aws redrive ${functionId} <queue URL> ` +
          `<function name> (the stack outputs ${functionId}FailureQueueUrl and ${functionId}FunctionName).`,
        metric: queue.metricApproximateNumberOfMessagesVisible({
          statistic: 'Maximum',
          period: FIVE_MINUTES,
        }),
        threshold: 1,
        evaluationPeriods: 1,
      });
    }

    const errors = props.httpApi.metricServerError({ statistic: 'Sum', period: FIVE_MINUTES });
    const requests = props.httpApi.metricCount({ statistic: 'Sum', period: FIVE_MINUTES });
    this.api5xxRate = alarm('Api5xxRate', {
      alarmDescription:
        'The API answered 5xx to at least 1 % of requests in five minutes. The portal answers every input ' +
        "without a 5xx, so this is a bug or an outage: see the API's access logs (status, integrationError) " +
        'and the Errors alarms of the route functions.',
      metric: new cloudwatch.MathExpression({
        label: '5xx answers, % of requests',
        expression: 'IF(requests > 0, 100 * errors / requests, 0)',
        usingMetrics: { errors, requests },
        period: FIVE_MINUTES,
      }),
      threshold: 1,
      evaluationPeriods: 1,
    });

    // Throttling of the operations the portal's grants allow (infra/access.ts).
    const operations = [...ACCESS_ACTIONS['table:read'], ...ACCESS_ACTIONS['table:write']]
      .map((action) => action.replace('dynamodb:', ''))
      .filter((operation) => operation !== 'ConditionCheckItem'); // only inside transactions
    this.tableThrottles = alarm('TableThrottledRequests', {
      alarmDescription:
        'DynamoDB throttled requests on the portal table (on-demand: a hot partition or the account ' +
        'limit). The SDK retries; repeated throttling means slow or failed requests.',
      metric: props.table.metricThrottledRequestsForOperations({
        operations: operations.map((operation) => operationOf(operation)),
        period: FIVE_MINUTES,
      }),
      threshold: 1,
      evaluationPeriods: 1,
    });

    // SES's own reputation metrics for the account (the stage's account): AWS reviews an
    // account at 5 % bounces and 0.1 % complaints, and may pause its sending at 10 % / 0.5 %.
    this.bounceRate = alarm('MailBounceRate', {
      alarmDescription:
        'SES bounce rate of this account reached 5 % (AWS reviews the account here, and may pause sending at ' +
        '10 %). The secretariat has been told of each bounce; correct the addresses (audit: mail.bounced).',
      metric: new cloudwatch.Metric({
        namespace: 'AWS/SES',
        metricName: 'Reputation.BounceRate',
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      threshold: 0.05,
      evaluationPeriods: 1,
    });
    this.complaintRate = alarm('MailComplaintRate', {
      alarmDescription:
        'SES complaint rate of this account reached 0.1 % (AWS reviews the account here, and may pause ' +
        'sending at 0.5 %). See the audit trail (mail.complained) and who got what.',
      metric: new cloudwatch.Metric({
        namespace: 'AWS/SES',
        metricName: 'Reputation.ComplaintRate',
        statistic: 'Maximum',
        period: Duration.hours(1),
      }),
      threshold: 0.001,
      evaluationPeriods: 1,
    });
    // The hourly mail budget (ADR 088): the portal mails magic links, receipts, notices and
    // review links; far more than a round's busiest hour means it is being used to send mail
    // (past the per-mailbox and per-IP limits) or a loop. SES's account-level Send count: the
    // stage has its account to itself.
    this.mailBudget = alarm('MailBudget', {
      alarmDescription:
        `More than ${props.mailPerHour} mails were sent in an hour (the stage's mail budget, mailPerHour). ` +
        'Look at the RATE_LIMITED answers and the sign-in requests in the API access logs, and the ' +
        'Send metric by hour; a real rush is fine — raise mailPerHour.',
      metric: new cloudwatch.Metric({
        namespace: 'AWS/SES',
        metricName: 'Send',
        statistic: 'Sum',
        period: Duration.hours(1),
      }),
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      threshold: props.mailPerHour,
      evaluationPeriods: 1,
    });
  }
}

function operationOf(name: string): dynamodb.Operation {
  const operation = Object.values(dynamodb.Operation).find((value) => value === name);
  if (!operation) throw new Error(`No DynamoDB operation ${name}`);
  return operation;
}
