/**
 * The application workflow, as Amazon States Language (JSONPath — the local Step Functions
 * emulator ignores JSONata). One execution per submitted application, named by its id.
 *
 * The same definition runs on AWS (CDK substitutes the Lambda ARNs) and on the local stack
 * (local/sfn.ts binds each task to its handler module). Every date is read at run time, and
 * every wait is a loop of at most WORKFLOW_MAX_WAIT_SECONDS (7 days): a moved date is seen at
 * the next wake-up, and no single timer is longer than Node's (~24.8 days) on the local stack.
 *
 *   1. RecordReceipt — mirror the start (stage SUBMITTED) and the execution ARN (withdrawn
 *      meanwhile → Withdrawn, the end). SendReceipt — the receipt mail, at least once, which
 *      takes the submission out of the outbox (ADR 063); if SES keeps failing for half an
 *      hour the review goes on and the outbox sweep mails it later.
 *   2. ApplicationPeriod → WaitForDeadline … until the application period has ended.
 *   3. Expert review (callback): OpenReview stores the task token with the application and
 *      opens the stage (invitations); the chair's finalisation resumes it with
 *      { qualified, reason }. Timeout at the stage deadline → StageOverdue (reminder to the
 *      chair, metric, alarm) → wait again; after MAX_REMINDERS reminders the execution fails
 *      (an alarm, never silence).
 *   4. Not qualified → 8. Qualified → geographic review (callback: { rank, comment }).
 *   5. Final review (callback: { awarded, amounts, total } or { awarded: false, reason }).
 *   6. AnnouncementDate → WaitForAnnouncement … until the announcement date.
 *   7. Announce — the outcome e-mail to the contact person; the application is ANNOUNCED.
 *      Not awarded → 9.
 *   8. After an award (ADR 102, 103; shared/grants/workflow.ts): GrantStep reads the award now —
 *      the municipality's answer, each report — and how long until the next reminder (at most
 *      WORKFLOW_MAX_WAIT_SECONDS; dates read at run time, moved ones seen); GrantAwait (callback:
 *      AwaitGrant stores the token; an answer, a report submitted or reviewed resumes it) →
 *      GrantStep again; its timeout → GrantReminders (before the acceptance deadline; at it, the
 *      lapse and the secretariat told; before and after each report's due date) → GrantStep.
 *      Declined, lapsed, or every report approved → 9. Near the year a Standard execution may
 *      run, GrantContinue starts the award's wait anew in an execution of its own
 *      (`<applicationId>-grant-<n>`, n = 2, 3, …, which starts at GrantStep) and this one ends (ADR 114).
 *   9. Done.
 *
 * Withdrawal (before the deadline) stops the execution (functions/submission/withdraw-application.ts).
 */
import { COMMITTEES, type Committee } from '../domain/committees.ts';

/**
 * The Lambda tasks the definition calls. Each is one function of the registry
 * (functions/registry.ts, `workflowTask({ task })`), which says its handler and grants; here
 * the definition only names it, through the placeholder below.
 */
export const WORKFLOW_TASKS = [
  'RecordReceipt',
  'SendReceipt',
  'Schedule',
  'OpenReview',
  'StageOverdue',
  'Announce',
  'GrantStep',
  'AwaitGrant',
  'GrantReminders',
  'GrantContinue',
] as const;
export type WorkflowTaskName = (typeof WORKFLOW_TASKS)[number];

/** The placeholder of a task's function ARN: CDK's `definitionSubstitutions` fill it in. */
export const taskSubstitution = (task: WorkflowTaskName) => `${task}FunctionArn`;

/** Input every execution starts with (the submit request and the outbox sweep send it). */
export interface WorkflowInput {
  applicationId: string;
  roundId: string;
  receiptNumber: string;
  submittedAt: string;
  /**
   * An award's wait carried on in a new execution (ADR 114): its number (2, 3, …); the first
   * execution has none (`FirstExecution` sets 1). A continued execution starts at GrantStep.
   */
  continuation?: number;
}

/** Reminders to a stage's chair after its deadline before the execution gives up (and alarms). */
export const MAX_REMINDERS = 6;

const arn = (task: WorkflowTaskName) => '${' + taskSubstitution(task) + '}';

/** Retry with backoff for every Lambda task: transient Lambda and task errors. */
const RETRY = [
  {
    ErrorEquals: [
      'Lambda.ServiceException',
      'Lambda.AWSLambdaException',
      'Lambda.SdkClientException',
      'Lambda.TooManyRequestsException',
      'States.TaskFailed',
    ],
    IntervalSeconds: 2,
    BackoffRate: 2,
    MaxAttempts: 5,
    JitterStrategy: 'FULL',
  },
];

/**
 * Tasks that send mail retry longer: an SES outage of up to ~half an hour (2 s doubling, at
 * most 5 min apart, 12 attempts; full jitter) must not lose a receipt or an outcome.
 */
const MAIL_RETRY = [{ ...RETRY[0]!, MaxDelaySeconds: 300, MaxAttempts: 12 }];

/** A Lambda task that must answer within 30 s (its function's timeout is 10 s). */
function lambdaTask(
  task: WorkflowTaskName,
  parameters: Record<string, unknown>,
  resultPath: string,
  next: string,
  retry: typeof RETRY = RETRY,
) {
  return {
    Type: 'Task',
    Resource: arn(task),
    Parameters: parameters,
    ResultPath: resultPath,
    TimeoutSeconds: 30,
    Retry: retry,
    Next: next,
  };
}

const STAGE_NAMES: Record<Committee, string> = { expert: 'Expert', geographic: 'Geographic', final: 'Final' };

/** The states of one committee stage: timing → callback (timeout → overdue → timing again). */
function reviewStage(committee: Committee, next: string) {
  const name = STAGE_NAMES[committee];
  return {
    [`${name}Timing`]: lambdaTask(
      'Schedule',
      { 'roundId.$': '$.roundId', event: committee, 'reminders.$': `$.reminders.${committee}` },
      '$.timing',
      `${name}Review`,
    ),
    [`${name}Review`]: {
      Type: 'Task',
      Comment: `Waits for the ${committee} committee's finalisation (SendTaskSuccess with this application's share).`,
      Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
      Parameters: {
        FunctionName: arn('OpenReview'),
        Payload: {
          'applicationId.$': '$.applicationId',
          'roundId.$': '$.roundId',
          committee,
          'taskToken.$': '$$.Task.Token',
        },
      },
      // Until the stage deadline (or at most WORKFLOW_MAX_WAIT_SECONDS), then the overdue path.
      TimeoutSecondsPath: '$.timing.timeoutSeconds',
      ResultPath: `$.${committee}`,
      Retry: RETRY,
      Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.timedOut', Next: `${name}Overdue` }],
      Next: next,
    },
    [`${name}Overdue`]: lambdaTask(
      'StageOverdue',
      {
        'applicationId.$': '$.applicationId',
        'roundId.$': '$.roundId',
        committee,
        'reminders.$': `$.reminders.${committee}`,
      },
      `$.reminders.${committee}`,
      `${name}GivesUp`,
    ),
    [`${name}GivesUp`]: {
      Type: 'Choice',
      Choices: [
        {
          Variable: `$.reminders.${committee}`,
          NumericGreaterThanEquals: MAX_REMINDERS,
          Next: `${name}StageOverdue`,
        },
      ],
      Default: `${name}Timing`,
    },
    [`${name}StageOverdue`]: {
      Type: 'Fail',
      Error: 'StageOverdue',
      Cause: `The ${committee} committee did not decide within ${MAX_REMINDERS} reminders after its deadline.`,
    },
  };
}

export function workflowDefinition() {
  return {
    Comment: 'Inkluderende kulturskoler — one execution per submitted application',
    StartAt: 'Start',
    States: {
      // An award's wait carried on from an execution near Step Functions' one-year limit (ADR 114).
      Start: {
        Type: 'Choice',
        Choices: [{ Variable: '$.continuation', IsPresent: true, Next: 'GrantStep' }],
        Default: 'FirstExecution',
      },
      // The first execution is number 1 (a Pass result of 0 is not kept by every emulator).
      FirstExecution: { Type: 'Pass', Result: 1, ResultPath: '$.continuation', Next: 'RecordReceipt' },
      // 1.
      RecordReceipt: lambdaTask(
        'RecordReceipt',
        {
          'applicationId.$': '$.applicationId',
          'receiptNumber.$': '$.receiptNumber',
          'executionId.$': '$$.Execution.Id',
        },
        '$.recorded',
        'StillSubmitted',
      ),
      StillSubmitted: {
        Type: 'Choice',
        Choices: [{ Variable: '$.recorded.recorded', BooleanEquals: false, Next: 'Withdrawn' }],
        Default: 'SendReceipt',
      },
      // Withdrawn before the execution started (the withdrawal stops a running one).
      Withdrawn: { Type: 'Succeed' },
      SendReceipt: {
        ...lambdaTask(
          'SendReceipt',
          { 'applicationId.$': '$.applicationId' },
          '$.receiptMail',
          'StartCounting',
          MAIL_RETRY,
        ),
        // SES failed for half an hour: the review goes on; the application stays in the
        // outbox, whose sweep mails the receipt later (and alarms while it is overdue).
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.receiptMailError', Next: 'StartCounting' }],
      },
      StartCounting: {
        Type: 'Pass',
        Result: Object.fromEntries(COMMITTEES.map((committee) => [committee, 0])),
        ResultPath: '$.reminders',
        Next: 'ApplicationPeriod',
      },
      // 2.
      ApplicationPeriod: lambdaTask(
        'Schedule',
        { 'roundId.$': '$.roundId', event: 'applicationCloses' },
        '$.schedule',
        'PeriodOver',
      ),
      PeriodOver: {
        Type: 'Choice',
        Choices: [{ Variable: '$.schedule.due', BooleanEquals: true, Next: 'ExpertTiming' }],
        Default: 'WaitForDeadline',
      },
      WaitForDeadline: { Type: 'Wait', SecondsPath: '$.schedule.waitSeconds', Next: 'ApplicationPeriod' },
      // 3.
      ...reviewStage('expert', 'Qualified'),
      // 4.
      Qualified: {
        Type: 'Choice',
        Choices: [{ Variable: '$.expert.qualified', BooleanEquals: true, Next: 'GeographicTiming' }],
        Default: 'AnnouncementDate',
      },
      ...reviewStage('geographic', 'FinalTiming'),
      // 5.
      ...reviewStage('final', 'AnnouncementDate'),
      // 6.
      AnnouncementDate: lambdaTask(
        'Schedule',
        { 'roundId.$': '$.roundId', event: 'announcement' },
        '$.schedule',
        'AnnouncementDue',
      ),
      AnnouncementDue: {
        Type: 'Choice',
        Choices: [{ Variable: '$.schedule.due', BooleanEquals: true, Next: 'Announce' }],
        Default: 'WaitForAnnouncement',
      },
      WaitForAnnouncement: { Type: 'Wait', SecondsPath: '$.schedule.waitSeconds', Next: 'AnnouncementDate' },
      // 7.
      Announce: lambdaTask(
        'Announce',
        { 'applicationId.$': '$.applicationId', 'roundId.$': '$.roundId' },
        '$.announced',
        'Awarded',
        MAIL_RETRY,
      ),
      Awarded: {
        Type: 'Choice',
        Choices: [{ Variable: '$.announced.outcome', StringEquals: 'AWARDED', Next: 'GrantStep' }],
        Default: 'Done',
      },
      // 8.
      GrantStep: lambdaTask(
        'GrantStep',
        {
          'applicationId.$': '$.applicationId',
          'roundId.$': '$.roundId',
          'continuation.$': '$.continuation',
        },
        '$.grant',
        'GrantOpen',
      ),
      GrantOpen: {
        Type: 'Choice',
        Choices: [
          { Variable: '$.grant.renew', BooleanEquals: true, Next: 'GrantContinue' },
          { Variable: '$.grant.open', BooleanEquals: true, Next: 'GrantAwait' },
        ],
        Default: 'Done',
      },
      // Near the year a Standard execution may run: the wait goes on in a new execution, this one ends.
      GrantContinue: lambdaTask(
        'GrantContinue',
        {
          'applicationId.$': '$.applicationId',
          'roundId.$': '$.roundId',
          'receiptNumber.$': '$.receiptNumber',
          'submittedAt.$': '$.submittedAt',
          'continuation.$': '$.continuation',
        },
        '$.continued',
        'Done',
      ),
      GrantAwait: {
        Type: 'Task',
        Comment:
          'Waits for the award to move (an answer, a report submitted or reviewed: SendTaskSuccess) until the next reminder is due.',
        Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
        Parameters: {
          FunctionName: arn('AwaitGrant'),
          Payload: {
            'applicationId.$': '$.applicationId',
            'roundId.$': '$.roundId',
            'signature.$': '$.grant.signature',
            'taskToken.$': '$$.Task.Token',
          },
        },
        TimeoutSecondsPath: '$.grant.timeoutSeconds',
        ResultPath: '$.grantChange',
        Retry: RETRY,
        Catch: [{ ErrorEquals: ['States.Timeout'], ResultPath: '$.timedOut', Next: 'GrantReminders' }],
        Next: 'GrantStep',
      },
      GrantReminders: lambdaTask(
        'GrantReminders',
        { 'applicationId.$': '$.applicationId', 'roundId.$': '$.roundId' },
        '$.grantReminders',
        'GrantStep',
        MAIL_RETRY,
      ),
      // 9.
      Done: { Type: 'Succeed' },
    },
  };
}
