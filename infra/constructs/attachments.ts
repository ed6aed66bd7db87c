import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ATTACHMENT_OBJECT_PREFIX, ATTACHMENT_UPLOAD_PREFIX } from '../../shared/storage/keys.ts';
import { PRIVATE_BUCKET } from './private-bucket.ts';

export interface AttachmentsProps {
  /** The web frontend's origin: browsers upload straight to the bucket from there. */
  readonly webOrigin: string;
}

/**
 * The attachment bucket. Browsers upload with a presigned POST (CreateAttachmentUpload) to
 * `applications/uploads/…`; the verification function judges each upload and copies what it
 * accepts to `applications/frozen/…` (ADR 060, shared/storage/keys.ts), and downloads are
 * short-lived presigned GETs of that copy's version (DownloadAttachment, the committees'
 * GetReviewApplication). The bucket is private, encrypted, TLS-only and versioned: the
 * version each verified copy got is recorded, so what a committee opens is exactly what was
 * judged and submitted, whatever happened to the key since.
 *
 * Server access logs go to a second bucket: the request trail for attachments, which hold
 * applicants' documents.
 */
export class Attachments extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogsBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: AttachmentsProps) {
    super(scope, id);

    this.accessLogsBucket = new s3.Bucket(this, 'AccessLogs', {
      // Server access log delivery supports SSE-S3 only (PRIVATE_BUCKET's).
      ...PRIVATE_BUCKET,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // cdk-nag accepts a bucket without its own access logs when it is another bucket's log
    // destination (AwsSolutions-S1), so no acknowledgement is needed here.

    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...PRIVATE_BUCKET,
      versioned: true,
      // GuardDuty Malware Protection for S3 reads the bucket's events from EventBridge (ADR 089);
      // kept on here so CDK's notification resource never turns them off.
      eventBridgeEnabled: true,
      serverAccessLogsBucket: this.accessLogsBucket,
      serverAccessLogsPrefix: 'attachments/',
      cors: [
        {
          // Presigned POST uploads from the web frontend; GET for presigned downloads fetched
          // by script. No other origin, no credentials.
          allowedOrigins: [props.webOrigin],
          allowedMethods: [s3.HttpMethods.POST, s3.HttpMethods.GET],
          allowedHeaders: ['content-type'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        {
          id: 'abort-incomplete-multipart-uploads',
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
        {
          // A replaced or deleted attachment stays recoverable for 30 days, then is gone.
          id: 'expire-noncurrent-versions',
          prefix: ATTACHMENT_OBJECT_PREFIX,
          noncurrentVersionExpiration: Duration.days(30),
          expiredObjectDeleteMarker: true,
        },
        {
          // The verification deletes each upload once judged; one it never saw (a failed
          // invocation) is gone after a day. Frozen copies are not touched by this rule.
          id: 'expire-leftover-uploads',
          prefix: ATTACHMENT_UPLOAD_PREFIX,
          expiration: Duration.days(1),
        },
      ],
      // Attachments belong to applications the table keeps; they outlive a stack deletion too.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
