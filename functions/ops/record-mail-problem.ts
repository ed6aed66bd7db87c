import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { sesEventBridgeEvent } from '../../shared/mail/events.ts';
import { handleMailProblem } from '../../shared/ops/mail-problems.ts';
import { logger, metrics, MetricUnit, publishMetrics } from '../observability.ts';

/**
 * SES's bounce and complaint events for the portal's configuration set, as EventBridge delivers
 * them (ADR 083; locally the tests feed the same documented event). The rules are
 * `handleMailProblem`'s; this adapter parses, logs and counts. An event of another shape is
 * logged and dropped (retrying cannot fix it); an unexpected error is thrown — EventBridge
 * invokes asynchronously, Lambda retries twice, then the on-failure queue keeps the event for
 * `npm run admin -- --aws redrive RecordMailProblem …`.
 */
export const handler = middy(async (event: unknown) => {
  const parsed = sesEventBridgeEvent.safeParse(event);
  if (!parsed.success) {
    logger.error('not an SES bounce or complaint event: dropped', {
      issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    });
    return { outcome: 'dropped' };
  }
  const result = await handleMailProblem(parsed.data.detail);
  const { problem } = result;
  logger.appendKeys({ feedbackId: problem.feedbackId, mail: problem.mail });
  metrics.addMetric(problem.type === 'bounce' ? 'MailBounced' : 'MailComplained', MetricUnit.Count, 1);
  if (result.outcome === 'recorded') {
    logger.warn(`mail ${problem.type} recorded`, {
      detail: problem.detail,
      target: result.target,
      noticed: result.noticed,
    });
  } else {
    // A notice to the secretariat bounced, or a mail of no known round: only people can fix it.
    logger.error(`mail ${problem.type}: ${result.outcome}`, { detail: problem.detail });
    metrics.addMetric('MailProblemUnhandled', MetricUnit.Count, 1);
  }
  return { outcome: result.outcome };
})
  .use(injectLambdaContext(logger, { clearState: true }))
  .use(publishMetrics());
