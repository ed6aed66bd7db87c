import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { functionsOf } from '../../functions/registry.ts';
import { SweepOutbox } from '../../functions/workflow/declarations.ts';
import {
  taskSubstitution,
  workflowDefinition,
  WORKFLOW_TASKS,
  type WorkflowTaskName,
} from '../../shared/workflow/definition.ts';
import type { AccessTargets } from '../access.ts';
import { acknowledge } from '../nag.ts';
import type { PortalFunction } from './portal-function.ts';
import { registryFunction } from './registry-function.ts';

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
 * the local stack runs — with each task's `${…FunctionArn}` placeholder substituted by the ARN
 * of the function the registry declares for it (`workflowTask({ task })`).
 *
 *   1. Every workflow task of the registry becomes a PortalFunction with its own grants; a task
 *      of the definition without exactly one function fails the synth.
 *   2. The state machine's role may invoke exactly those functions (unqualified ARNs, as the
 *      definition uses them) and nothing else.
 *   3. Errors only are logged (level ERROR, without execution data: inputs and outputs carry
 *      callback tokens and committee members' reasons, issue 11); every execution is traced with
 *      X-Ray, and its history (inputs included) stays in Step Functions for 90 days.
 *   4. An execution that fails, times out or is aborted raises an alarm — never silent.
 *   5. A committee stage past its deadline raises an alarm (the StageOverdue metric).
 *   6. The registry's scheduled functions, each on its EventBridge rate — the submission
 *      outbox's sweep (ADR 063): every submitted application gets its execution and its receipt
 *      mail even when its submit request died halfway. A submission still in the outbox after an
 *      hour alarms (two failed sweeps in a row alarm with every function's errors: alarms.ts).
 */
export class Workflow extends Construct {
  readonly stateMachine: sfn.StateMachine;
  /** Task name → its function. */
  readonly taskFunctions: Record<WorkflowTaskName, PortalFunction>;
  /** The registry's scheduled functions by id, and their rules. */
  readonly scheduledFunctions: Record<string, PortalFunction> = {};
  readonly schedules: Record<string, events.Rule> = {};
  readonly failureAlarm: cloudwatch.Alarm;
  readonly overdueAlarm: cloudwatch.Alarm;
  /** The outbox sweep (SweepOutbox in the registry), its schedule and its alarms. */
  readonly sweepFunction: PortalFunction;
  readonly sweepSchedule: events.Rule;
  readonly outboxOverdueAlarm: cloudwatch.Alarm;
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
    const tasks = functionsOf('workflow-task');
    const taskFunctions = Object.fromEntries(
      WORKFLOW_TASKS.map((name) => {
        const declared = tasks.filter((task) => task.task === name);
        if (declared.length !== 1) {
          throw new Error(
            `Workflow task ${name} has ${declared.length} functions in the registry: it needs one`,
          );
        }
        const fn = registryFunction(this, declared[0]!, {
          environment: props.environment,
          targets: { ...props.targets, workflowArn },
        });
        return [name, fn];
      }),
    ) as Record<WorkflowTaskName, PortalFunction>;
    const substitutions = Object.fromEntries(
      WORKFLOW_TASKS.map((name) => [taskSubstitution(name), taskFunctions[name].functionArn]),
    );
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
      // Errors only, no inputs or outputs: they hold callback tokens and decision reasons.
      logs: { destination: logGroup, level: sfn.LogLevel.ERROR, includeExecutionData: false },
      tracingEnabled: true,
    });
    acknowledge(
      this.stateMachine,
      'AwsSolutions-SF1',
      'Logs errors only, without execution data (issue 11): every event with its input would put callback ' +
        'tokens and committee members’ reasons in the logs for months. Each execution’s full history is in ' +
        'Step Functions (90 days) and X-Ray traces every execution; failed executions alarm.',
    );
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

    // 6. Scheduled functions. They may start executions, so they know the state machine (they
    // are not its tasks: no cycle); their grants come from their access lists like every function's.
    for (const scheduled of functionsOf('schedule')) {
      const fn = registryFunction(this, scheduled, {
        environment: props.environment,
        targets: { ...props.targets, stateMachine: this.stateMachine, workflowArn },
      });
      this.scheduledFunctions[scheduled.id] = fn;
      this.schedules[scheduled.id] = new events.Rule(this, `${scheduled.id}Schedule`, {
        description: `Runs ${scheduled.id}: ${scheduled.summary}`.slice(0, 512),
        schedule: events.Schedule.rate(Duration.minutes(scheduled.everyMinutes)),
        targets: [
          new targets.LambdaFunction(fn, {
            // A missed run is made up by the next one; no need to queue old ones.
            retryAttempts: 0,
            maxEventAge: Duration.minutes(scheduled.everyMinutes),
          }),
        ],
      });
    }
    const sweep = SweepOutbox;
    this.sweepFunction = this.scheduledFunctions.SweepOutbox!;
    this.sweepSchedule = this.schedules.SweepOutbox!;
    this.outboxOverdueAlarm = new cloudwatch.Alarm(this, 'OutboxOverdueAlarm', {
      alarmDescription:
        'A submitted application has been in the outbox for over an hour: its receipt mail has not gone out ' +
        '(SES failing?) or its execution has not recorded itself. The sweep keeps trying; see its logs.',
      metric: new cloudwatch.Metric({
        namespace: props.metricsNamespace,
        metricName: 'OutboxOverdue',
        dimensionsMap: { service: props.serviceName },
        statistic: 'Maximum',
        period: Duration.minutes(sweep.everyMinutes),
      }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.outboxOverdueAlarm.addAlarmAction(new actions.SnsAction(props.alarmTopic));
  }
}
