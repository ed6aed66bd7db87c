import { SFNClient } from '@aws-sdk/client-sfn';

/**
 * The one Step Functions client of the workflow adapters (starting, stopping and resuming
 * executions). Its endpoint comes from the SDK's own variables (`AWS_ENDPOINT_URL_SFN`).
 * Exported so the integration tests' fault injection (test/support/faults.ts) can reach it.
 */
export const sfnClient = new SFNClient({});
