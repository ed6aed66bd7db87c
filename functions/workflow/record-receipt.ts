import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { isConditionFailed } from '../../shared/storage/dynamo.ts';
import { recordWorkflowStage } from '../../shared/storage/applications.ts';
import { logger } from '../observability.ts';
import * as clock from '../../shared/clock.ts';

interface RecordReceiptInput {
  applicationId: string;
  receiptNumber: string;
  executionId: string;
}

/**
 * Workflow task: the execution has the application; mirror its stage (SUBMITTED) and the
 * execution's ARN on the application item. Idempotent, so the state machine may retry it.
 * A withdrawn application is left as it is.
 */
export const handler = middy(async (input: RecordReceiptInput) => {
  logger.appendKeys({ applicationId: input.applicationId });
  try {
    await recordWorkflowStage(input.applicationId, 'SUBMITTED', input.executionId, clock.now().toISOString());
    return { recorded: true };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    logger.warn('application is no longer submitted; nothing recorded');
    return { recorded: false };
  }
}).use(injectLambdaContext(logger, { clearState: true }));
