import { submitApplication } from '../../shared/submission/submit.ts';
import { httpHandler } from '../http/applicant.ts';
import { logger, metrics, MetricUnit } from '../observability.ts';
import { SubmitApplication } from './declarations.ts';

/**
 * POST /applications/{applicationId}/submit — idempotent (shared/submission/submit.ts), on the
 * application as read with the session (ADR 121, 123).
 */
export const handler = httpHandler(SubmitApplication)(async ({ applicant }) => {
  const { newly, workflowDeferred, ...submitted } = await submitApplication(applicant.application);
  if (newly) {
    metrics.addMetric('ApplicationSubmitted', MetricUnit.Count, 1);
    logger.info('application submitted', { receiptNumber: submitted.receipt.number });
  }
  if (workflowDeferred) {
    logger.warn('workflow start failed; the outbox sweep starts it', { error: workflowDeferred });
    metrics.addMetric('WorkflowStartDeferred', MetricUnit.Count, 1);
  }
  return { status: 200, body: submitted };
});
