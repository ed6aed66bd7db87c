import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import { ENV, requireEnv } from '../../shared/config/env.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { deleteObject, headObject, readHead } from '../../shared/files/s3.ts';
import { verifyUpload, type Verdict } from '../../shared/files/verification.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import {
  deleteAttachmentRecord,
  getAttachment,
  recordVerdict,
  releaseAttachmentSlot,
} from '../../shared/storage/attachments.ts';
import { parseAttachmentObjectKey } from '../../shared/storage/keys.ts';
import { logger, metrics, publishMetrics } from '../observability.ts';

/**
 * S3 ObjectCreated on the attachment bucket (locally: s3rver's events, fed to this same
 * handler). For each object: the real size (HEAD), then the bytes (file-type) against the
 * declared type; the verdict is recorded once, on the PENDING attachment.
 *
 * A rejected object is deleted and its slot given back. The order — verdict, slot, object —
 * is chosen for retries: once the record says REJECTED, a retried or repeated event only
 * deletes the object again, which is harmless.
 *
 * S3 delivers at least once, and an upload form can be sent again until it expires, so an
 * event may find its attachment already judged:
 * - REJECTED: whatever is at the key now is unwanted; it is deleted.
 * - ACCEPTED: the object is verified again, because it may have been replaced through the
 *   still-valid form. A replacement that fails is deleted together with the attachment (the
 *   repository lets a verdict change only from PENDING, so it cannot be marked REJECTED).
 * - gone (deleted by the applicant): the object is an orphan and is deleted.
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
    await verifyObject(record);
  }
})
  .use(injectLambdaContext(logger, { clearState: true }))
  .use(publishMetrics());

/** S3 event keys are URL-encoded, with '+' for a space. */
export const objectKeyOf = (record: S3EventRecord) =>
  decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));

async function verifyObject(record: S3EventRecord) {
  const key = objectKeyOf(record);
  const ids = parseAttachmentObjectKey(key);
  if (!ids) {
    logger.warn('object outside the attachment key scheme ignored', { key });
    return;
  }
  const { applicationId, attachmentId } = ids;
  const log = { applicationId, attachmentId, key };

  let attachment = await getAttachment(applicationId, attachmentId);
  if (!attachment) {
    await deleteObject(key);
    logger.warn('orphan object deleted: no attachment record', log);
    return;
  }
  if (attachment.status === 'REJECTED') {
    await deleteObject(key);
    logger.info('object of a rejected attachment deleted again', log);
    return;
  }

  const application = await getApplication(applicationId);
  if (!application)
    throw new Error(`Attachment ${attachmentId} belongs to a missing application ${applicationId}`);
  const round = findRound(application.roundId);
  if (!round) throw new Error(`Application ${applicationId} has an unknown round ${application.roundId}`);

  const { size } = await headObject(key);
  const verdict = await verifyUpload({
    declaredType: attachment.contentType,
    size,
    maxBytes: round.limits.maxAttachmentBytes,
    read: (bytes) => readHead(key, bytes),
  });
  const now = new Date().toISOString();

  if (attachment.status === 'PENDING') {
    const { detected: _detected, ...stored } = verdict;
    if (await recordVerdict(applicationId, attachmentId, stored, now)) {
      if (verdict.status === 'REJECTED') {
        await releaseAttachmentSlot(applicationId);
        await deleteObject(key);
      }
      count(verdict);
      logger.info('attachment verified', { ...log, ...verdict, declaredType: attachment.contentType });
      return;
    }
    // Judged meanwhile by a concurrent delivery: settle against what is recorded now.
    attachment = await getAttachment(applicationId, attachmentId);
    if (!attachment || attachment.status === 'REJECTED') {
      await deleteObject(key);
      return;
    }
  }

  // ACCEPTED before: a repeated event, or the object was replaced through the upload form.
  if (verdict.status === 'ACCEPTED') return;
  await deleteObject(key);
  const removed = await deleteAttachmentRecord(applicationId, attachmentId);
  if (removed && removed.status !== 'REJECTED') await releaseAttachmentSlot(applicationId);
  metrics.addMetric('AttachmentReplacedAndRemoved', MetricUnit.Count, 1);
  logger.warn('an accepted attachment was replaced by a file that fails verification; removed', {
    ...log,
    ...verdict,
    declaredType: attachment.contentType,
  });
}

function count(verdict: Verdict) {
  if (verdict.status === 'ACCEPTED') metrics.addMetric('AttachmentAccepted', MetricUnit.Count, 1);
  else {
    const rejected = metrics.singleMetric();
    rejected.addDimension('reason', verdict.rejectionReason);
    rejected.addMetric('AttachmentRejected', MetricUnit.Count, 1);
  }
}
