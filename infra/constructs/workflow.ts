import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { workflowDefinition, workflowTasks } from '../../shared/workflow/definition.ts';
import { grantAccess, type AccessTargets } from '../access.ts';
import { acknowledge } from '../nag.ts';
import { PortalFunction } from './portal-function.ts';

export interface WorkflowProps {
  /** What the task functions may touch (they never get the state machine itself). */
  readonly targets: Omit<AccessTargets, 'stateMachine'>;
  /** Environment every task function gets (no STATE_MACHINE_ARN: that would be a cycle). */
  readonly environment: Record<string, string>;
  /** Where the failed-execution and overdue-stage alarms go. */
  readonly alarmTopic: sns.ITopic;
  /** Powertools' metrics namespace and service (the overdue metric's namespace and dimension). */
  readonly metricsNamespace: string;
  readonly serviceName: string;
}

/**
 * The application workflow: a Standard state machine, one execution per submitted
 * application. The definition is the ASL in shared/workflow/definition.ts — the very JSON
 * the local stack runs — with each `${…FunctionArn}` placeholder substituted by the ARN of
 * the task function `workflowTasks` names.
 *
 *   1. Every task in `workflowTasks` becomes a PortalFunction with its own grants.
 *   2. The state machine's role may invoke exactly those functions (unqualified ARNs, as the
 *      definition uses them) and nothing else.
 *   3. Every state transition is logged (level ALL) and traced with X-Ray.
 *   4. An execution that fails, times out or is aborted raises an alarm — never silent.
 *   5. A committee stage past its deadline raises an alarm (the StageOverdue metric).
 */
export class Workflow extends Construct {
  readonly stateMachine: sfn.StateMachine;
  readonly taskFunctions: Record<keyof typeof workflowTasks, PortalFunction>;
  readonly failureAlarm: cloudwatch.Alarm;
  readonly overdueAlarm: cloudwatch.Alarm;
  /** The state machine's ARN from its fixed name (no reference to the resource). */
  readonly workflowArn: string;

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);
    // A fixed name, so the ARN is known before the state machine exists: the callback task
    // resumes itself when a decision was recorded before it started waiting (workflow:callback).
    const stateMachineName = `${Stack.of(this).stackName}-ApplicationWorkflow`;
    const workflowArn = Stack.of(this).formatArn({
      service: 'states',
      resource: 'stateMachine',
      resourceName: stateMachineName,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    this.workflowArn = workflowArn;

    // 1. Task functions.
    const taskFunctions = {} as Record<keyof typeof workflowTasks, PortalFunction>;
    const substitutions: Record<string, string> = {};
    for (const [name, task] of Object.entries(workflowTasks) as [
      keyof typeof workflowTasks,
      (typeof workflowTasks)[keyof typeof workflowTasks],
    ][]) {
      const fn = new PortalFunction(this, task.id, {
        entry: task.entry,
        description: `Workflow task ${name}`,
        environment: props.environment,
      });
      grantAccess(fn, task.access, { ...props.targets, workflowArn });
      taskFunctions[name] = fn;
      substitutions[task.substitution] = fn.functionArn;
    }
    this.taskFunctions = taskFunctions;

    // 2./3. The state machine.
    const logGroup = new logs.LogGroup(this, 'Logs', {
      // The vended-logs prefix keeps the CloudWatch Logs resource policy small.
      logGroupName: `/aws/vendedlogs/states/${Stack.of(this).stackName}-ApplicationWorkflow`,
      retention: logs.RetentionDays.SIX_MONTHS,
      // Goes with the state machine (whose execution history goes too); a retained log group
      // with this fixed name would also block re-creating the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      stateMachineName,
      comment: 'Inkluderende kulturskoler: one execution per submitted application',
      stateMachineType: sfn.StateMachineType.STANDARD,
      definitionBody: sfn.DefinitionBody.fromString(JSON.stringify(workflowDefinition())),
      definitionSubstitutions: substitutions,
      logs: { destination: logGroup, level: sfn.LogLevel.ALL, includeExecutionData: true },
      tracingEnabled: true,
    });
    // A definition from a string carries no grants: invoke exactly the task functions.
    this.stateMachine.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'InvokeWorkflowTasks',
        actions: ['lambda:InvokeFunction'],
        resources: Object.values(taskFunctions).map((fn) => fn.functionArn),
      }),
    );
    acknowledge(
      this.stateMachine.role,
      'AwsSolutions-IAM5[Resource::*]',
      'Added by CDK for logging and tracing: the CloudWatch Logs vended-delivery actions (logs:CreateLogDelivery, ' +
        'Get/Update/Delete/ListLogDeliveries, PutResourcePolicy, DescribeResourcePolicies, DescribeLogGroups) ' +
        'and the X-Ray actions (PutTraceSegments, PutTelemetryRecords, GetSamplingRules/Targets) support no ' +
        'resource-level permissions, so AWS requires Resource "*".',
    );

    // 4. The alarm.
    const period = Duration.minutes(5);
    this.failureAlarm = new cloudwatch.Alarm(this, 'ExecutionsFailedAlarm', {
      alarmDescription:
        'An application workflow execution failed, timed out or was aborted: the application is stuck ' +
        'in its stage. Look up the execution (name = application id) in the Step Functions console.',
      metric: new cloudwatch.MathExpression({
        label: 'Executions failed + timed out + aborted',
        expression: 'failed + timedOut + aborted',
        usingMetrics: {
          failed: this.stateMachine.metricFailed({ statistic: 'Sum', period }),
          timedOut: this.stateMachine.metricTimedOut({ statistic: 'Sum', period }),
          aborted: this.stateMachine.metricAborted({ statistic: 'Sum', period }),
        },
        period,
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.failureAlarm.addAlarmAction(new actions.SnsAction(props.alarmTopic));

    // 5. A committee stage past its deadline without a decision: the chair is reminded by
    // e-mail (StageOverdue task) and the team hears of it here, at the first reminder.
    this.overdueAlarm = new cloudwatch.Alarm(this, 'StageOverdueAlarm', {
      alarmDescription:
        'A committee stage passed its deadline without a decision: the chair has been reminded. Move the ' +
        'deadline and re-issue links (npm run admin) or follow up with the chair; executions give up after ' +
        'the reminders run out.',
      metric: new cloudwatch.Metric({
        namespace: props.metricsNamespace,
        metricName: 'StageOverdue',
        dimensionsMap: { service: props.serviceName },
        statistic: 'Sum',
        period,
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.overdueAlarm.addAlarmAction(new actions.SnsAction(props.alarmTopic));
  }
}
