import { Duration, Stack } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { RegisteredFunction } from '../../functions/registry.ts';

export interface RoundDashboardProps {
  readonly functions: readonly { readonly declared: RegisteredFunction; readonly fn: lambda.IFunction }[];
  readonly httpApi: apigwv2.IHttpApi;
  readonly stateMachine: sfn.IStateMachine;
  /** Powertools' metrics namespace and service (the handlers' own metrics). */
  readonly metricsNamespace: string;
  readonly serviceName: string;
  /** Every alarm, shown as one status board. */
  readonly alarms: readonly cloudwatch.IAlarm[];
}

const HOUR = Duration.hours(1);

/**
 * A round at a glance (ADR 082): submissions per hour, each stage's progress (the workflow's
 * tasks as they run: received, in a committee stage, announced), mails sent and bounced, and
 * errors — beside the status of every alarm. Hourly sums over two weeks by default.
 */
export class RoundDashboard extends Construct {
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: RoundDashboardProps) {
    super(scope, id);
    const own = (metricName: string, label: string) =>
      new cloudwatch.Metric({
        namespace: props.metricsNamespace,
        metricName,
        dimensionsMap: { service: props.serviceName },
        statistic: 'Sum',
        period: HOUR,
        label,
      });
    const invocations = (kind: RegisteredFunction['trigger'], label: (fn: RegisteredFunction) => string) =>
      props.functions
        .filter(({ declared }) => declared.trigger === kind)
        .map(({ declared, fn }) =>
          fn.metricInvocations({ statistic: 'Sum', period: HOUR, label: label(declared) }),
        );
    const ses = (metricName: string) =>
      new cloudwatch.Metric({
        namespace: 'AWS/SES',
        metricName,
        statistic: 'Sum',
        period: HOUR,
        label: metricName,
      });
    const errorsOf = props.functions.map(({ declared, fn }) => [declared.id, fn] as const);

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      // The deployment's stack name, also from inside a nested stack (ADR 107).
      dashboardName: `${(Stack.of(this).nestedStackParent ?? Stack.of(this)).stackName}-round`,
      defaultInterval: Duration.days(14),
      widgets: [
        [
          new cloudwatch.TextWidget({
            markdown:
              '# A round of Inkluderende kulturskoler\nHourly sums. Stages: each workflow task run is one ' +
              'application reaching it (RecordReceipt = received, OpenReview = into a committee stage, ' +
              'Announce = announced). Alarms: infra/constructs/alarms.ts; runbook: infra/README.md.',
            width: 24,
            height: 2,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Applications per hour',
            left: [
              own('ApplicationSubmitted', 'submitted'),
              ...props.functions
                .filter(({ declared }) => declared.id === 'StartApplication')
                .map(({ fn }) =>
                  fn.metricInvocations({ statistic: 'Sum', period: HOUR, label: 'sign-in links asked for' }),
                ),
              own('WorkflowStartDeferred', 'workflow start deferred to the sweep'),
            ],
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: 'Stages: workflow tasks run per hour',
            left: [
              ...invocations('workflow-task', (fn) => fn.id),
              own('StageOpened', 'committee stage opened'),
            ],
            right: [own('StageOverdue', 'stage overdue')],
            width: 12,
          }),
        ],
        [
          new cloudwatch.GraphWidget({
            title: 'Mail per hour',
            left: [
              ses('Send'),
              ses('Delivery'),
              own('ReceiptMailed', 'receipts'),
              own('OutcomeMailed', 'outcomes'),
            ],
            right: [ses('Bounce'), ses('Complaint'), own('MailBounced', 'bounces recorded')],
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: 'Errors per hour',
            left: [
              props.httpApi.metricServerError({ statistic: 'Sum', period: HOUR, label: 'API 5xx' }),
              props.httpApi.metricClientError({ statistic: 'Sum', period: HOUR, label: 'API 4xx' }),
              props.stateMachine.metricFailed({ statistic: 'Sum', period: HOUR, label: 'executions failed' }),
            ],
            right: [
              new cloudwatch.MathExpression({
                label: 'function errors (all)',
                expression: errorsOf.map((_, index) => `e${index}`).join(' + '),
                usingMetrics: Object.fromEntries(
                  errorsOf.map(([, fn], index) => [
                    `e${index}`,
                    fn.metricErrors({ statistic: 'Sum', period: HOUR }),
                  ]),
                ),
                period: HOUR,
              }),
            ],
            width: 12,
          }),
        ],
        [
          new cloudwatch.AlarmStatusWidget({
            title: 'Alarms',
            alarms: [...props.alarms],
            width: 24,
            height: 6,
          }),
        ],
      ],
    });
  }
}
