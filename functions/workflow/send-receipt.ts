import { mailReceipt } from '../../shared/submission/receipt.ts';
import { logger, metrics, MetricUnit } from '../observability.ts';
import { workflowTask } from './task.ts';

interface SendReceiptInput {
  applicationId: string;
}

/**
 * Workflow task after RecordReceipt: the receipt mail to the applicant and the contact person,
 * at least once (shared/submission/receipt.ts). An SES failure throws, and the state's Retry
 * sends it again — to those who do not have it yet.
 */
export const handler = workflowTask(async (input: SendReceiptInput) => {
  const mailing = await mailReceipt(input.applicationId);
  if (mailing.sent) metrics.addMetric('ReceiptMailed', MetricUnit.Count, mailing.sent);
  if ('skipped' in mailing) logger.info('receipt not mailed', { reason: mailing.skipped });
  return mailing;
});
