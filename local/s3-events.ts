/**
 * S3 event notifications, locally: s3rver emits an S3-shaped event for every object written;
 * for ObjectCreated:* on the attachment bucket under the prefix an S3-event function of the
 * registry declares — the filter the bucket notification has in AWS (infra/portal-stack.ts),
 * so e.g. the verifier's own frozen copies notify nobody (ADR 060) — this hands an AWS-shaped
 * event to the same handler the bucket notification invokes in AWS. Like the asynchronous Lambda
 * invocation it stands for, the upload's answer does not wait for it; failures are logged
 * (AWS would retry twice, then drop or dead-letter the event).
 */
import type { EventEmitter } from 'node:events';
import type { S3Event, S3EventRecord } from 'aws-lambda';
import * as clock from '../shared/clock.ts';
import { LOCAL_AWS } from './aws.ts';
import type { LambdaRunner } from './lambda.ts';

export interface S3EventsOptions {
  /** The s3rver instance (an EventEmitter of 'event'). */
  s3rver: EventEmitter;
  bucket: string;
  /** The function S3 notifies: its name, entry module and key prefix (its registry declaration). */
  target: { id: string; entry: string; prefix: string };
  runner: LambdaRunner;
  log: (line: string) => void;
}

/** Subscribes; returns the unsubscribe function. */
export function forwardS3Events({ s3rver, bucket, target, runner, log }: S3EventsOptions): () => void {
  const listener = (event: { Records?: S3EventRecord[] }) => {
    const records = (event.Records ?? [])
      .filter(
        (record) =>
          record.eventName.startsWith('ObjectCreated:') &&
          record.s3.bucket.name === bucket &&
          record.s3.object.key.startsWith(target.prefix),
      )
      .map(awsShaped);
    if (!records.length) return;
    const keys = records.map((record) => record.s3.object.key).join(', ');
    const s3Event: S3Event = { Records: records };
    runner.invoke({ entry: target.entry, functionName: target.id, event: s3Event }).then(
      () => log(`S3 ${records[0]!.eventName} ${keys} → ${target.id}`),
      (error: unknown) =>
        log(
          `S3 ${keys} → ${target.id} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        ),
    );
  };
  s3rver.on('event', listener);
  return () => s3rver.off('event', listener);
}

/**
 * s3rver's record, with what differs from AWS put right: region, ARN, URL-encoded key, and the
 * time S3 stored the object by the stack's clock (ADR 075; the verifier judges the deadline by it).
 */
function awsShaped(record: S3EventRecord): S3EventRecord {
  const { name } = record.s3.bucket;
  return {
    ...record,
    eventVersion: '2.1',
    eventTime: clock.now().toISOString(),
    awsRegion: LOCAL_AWS.region,
    s3: {
      ...record.s3,
      bucket: { ...record.s3.bucket, arn: `arn:aws:s3:::${name}` },
      object: { ...record.s3.object, key: encodeS3EventKey(record.s3.object.key) },
    },
  };
}

/** S3 notifications carry keys form-encoded: "red flower.jpg" → "red+flower.jpg"; '/' stays. */
export const encodeS3EventKey = (key: string) =>
  encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/gi, '/');
