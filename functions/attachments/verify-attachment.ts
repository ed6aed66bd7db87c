import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { ENV, requireEnv } from '../../shared/config/env.ts';
import { handleLandedObject, type UploadOutcome } from '../../shared/files/uploads.ts';
import { logger, metrics, MetricUnit, publishMetrics } from '../observability.ts';
import * as clock from '../../shared/clock.ts';

/**
 * S3 ObjectCreated on the attachment bucket's upload keys (locally: s3rver's events, fed to
 * this same handler). Each object is judged, frozen or refused by `handleLandedObject`
 * (shared/files/uploads.ts, ADR 060); this adapter reads the event, logs and counts.
 *
 * S3 delivers at least once and an upload form can be sent again until it expires: a
 * repeated event finds nothing at the key (ignored), a form used once its attachment was
 * judged, its application submitted or the period closed is refused and audited.
 *
 * Unexpected errors are thrown: S3 invokes asynchronously, Lambda retries twice, and the
 * function's on-failure destination and error alarm take it from there.
 */
export const handler = middy(async (event: S3Event) => {
  const attachmentBucket = requireEnv(ENV.attachmentBucket);
  for (const record of event.Records ?? []) {
    if (!record.eventName?.startsWith('ObjectCreated:')) continue;
    if (record.s3.bucket.name !== attachmentBucket) {
      logger.warn('event for another bucket ignored', { bucket: record.s3.bucket.name });
      continue;
    }
    const key = objectKeyOf(record);
    const landedAt = record.eventTime ? new Date(record.eventTime) : clock.now();
    const outcome = await handleLandedObject({
      key,
      landedAt: Number.isNaN(landedAt.getTime()) ? clock.now() : landedAt,
      ...(record.s3.object.sequencer ? { eventId: record.s3.object.sequencer } : {}),
    });
    report(key, outcome);
  }
})
  .use(injectLambdaContext(logger, { clearState: true }))
  .use(publishMetrics());

/** S3 event keys are URL-encoded, with '+' for a space. */
export const objectKeyOf = (record: S3EventRecord) =>
  decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));

function report(key: string, result: UploadOutcome) {
  switch (result.outcome) {
    case 'ignored':
      if (result.reason === 'NOT_AN_UPLOAD_KEY')
        logger.warn('object outside the upload keys ignored', { key });
      else logger.info('nothing at the upload key (a repeated event)', { key });
      return;
    case 'refused': {
      const refused = metrics.singleMetric();
      refused.addDimension('reason', result.reason);
      refused.addMetric('AttachmentUploadRefused', MetricUnit.Count, 1);
      logger.warn('an upload that may not change its attachment was deleted', { key, ...result });
      return;
    }
    case 'superseded':
      logger.info('attachment judged by another delivery or deleted meanwhile', { key, ...result });
      return;
    case 'judged': {
      const { verdict } = result;
      if (verdict.status === 'ACCEPTED') metrics.addMetric('AttachmentAccepted', MetricUnit.Count, 1);
      else {
        const rejected = metrics.singleMetric();
        rejected.addDimension('reason', verdict.rejectionReason);
        rejected.addMetric('AttachmentRejected', MetricUnit.Count, 1);
      }
      logger.info('attachment verified', { key, ...result });
    }
  }
}
