/**
 * The application workflow, as Amazon States Language (JSONPath — the local Step Functions
 * emulator ignores JSONata). One execution per submitted application, named by its id.
 *
 * The same definition runs on AWS (CDK substitutes the Lambda ARNs) and on the local stack
 * (aws-local-stepfunctions overrides each Task resource with the handler module).
 *
 * Today it only records the receipt; the committee stages (expert → geographic → final →
 * announcement) are the next issue's work and grow from here.
 *
 *   1. RecordReceipt — mark the application's workflow as started, with the receipt number.
 *   2. Done.
 */
export const workflowTasks = {
  RecordReceipt: {
    /** Placeholder CDK replaces with the function's ARN (definitionSubstitutions). */
    substitution: 'RecordReceiptFunctionArn',
    id: 'RecordReceipt',
    entry: 'functions/workflow/record-receipt.ts',
    access: ['table:write'] as const,
  },
} as const;

/** Input every execution starts with (the submit handler sends it). */
export interface WorkflowInput {
  applicationId: string;
  roundId: string;
  receiptNumber: string;
  submittedAt: string;
}

export function workflowDefinition() {
  return {
    Comment: 'Inkluderende kulturskoler — one execution per submitted application',
    StartAt: 'RecordReceipt',
    States: {
      RecordReceipt: {
        Type: 'Task',
        Resource: '${' + workflowTasks.RecordReceipt.substitution + '}',
        Parameters: {
          'applicationId.$': '$.applicationId',
          'receiptNumber.$': '$.receiptNumber',
          'executionId.$': '$$.Execution.Id',
        },
        ResultPath: '$.recorded',
        TimeoutSeconds: 30,
        Retry: [
          {
            ErrorEquals: [
              'States.TaskFailed',
              'States.Timeout',
              'Lambda.ServiceException',
              'Lambda.TooManyRequestsException',
            ],
            IntervalSeconds: 2,
            BackoffRate: 2,
            MaxAttempts: 5,
            JitterStrategy: 'FULL',
          },
        ],
        Next: 'Done',
      },
      Done: { Type: 'Succeed' },
    },
  };
}
