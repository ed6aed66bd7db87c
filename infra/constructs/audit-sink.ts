import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { AUDIT_SINK_PREFIX } from '../../shared/storage/audit-sink.ts';
import { acknowledge, nagValue } from '../nag.ts';
import { PRIVATE_BUCKET } from './private-bucket.ts';

export interface AuditSinkProps {
  /** Years each copy is locked (compliance mode): the deploy configuration's auditRetentionYears. */
  readonly retentionYears: number;
}

/**
 * The audit trail's immutable copy (ADR 087): a private S3 bucket with Object Lock in
 * compliance mode and a default retention, so every object written is locked from its first
 * byte — nobody, the account's root included, can overwrite or delete a version before its
 * retention ends, and the bucket cannot be deleted while it holds one.
 */
export class AuditSink extends Construct {
  readonly bucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: AuditSinkProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...PRIVATE_BUCKET,
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: s3.ObjectLockRetention.compliance(
        Duration.days(365 * props.retentionYears),
      ),
      // Locked objects outlive any stack; so does the bucket.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.bucket,
      'AwsSolutions-S1',
      'The audit sink is written by one function only (CopyAuditTrail, PutObject under audit/) and every object ' +
        'is locked in compliance mode; CloudTrail records management access. Server access logs would need a ' +
        'second bucket for no added control.',
    );
  }

  /**
   * The table's stream, only `AUDIT#` items, → the function: from the oldest record kept,
   * ordered per partition; a failed batch is retried (split in two each time: the copies
   * already written are skipped) for up to a day, then its place in the stream goes to the
   * failure queue. Every failure counts as the function's error, so it alarms.
   */
  connect(fn: lambda.Function, table: dynamodb.ITable, partitionPrefix: string, failures: sqs.IQueue): void {
    fn.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 100,
        maxBatchingWindow: Duration.seconds(5),
        bisectBatchOnError: true,
        retryAttempts: 10,
        maxRecordAge: Duration.days(1),
        onFailure: new SqsDlq(failures),
        filters: [
          lambda.FilterCriteria.filter({
            dynamodb: { Keys: { pk: { S: lambda.FilterRule.beginsWith(partitionPrefix) } } },
          }),
        ],
      }),
    );
    const role = fn.role!;
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray tracing (xray:PutTraceSegments, PutTelemetryRecords) and the stream event source’s ' +
        'dynamodb:ListStreams support no resource-level permissions, so AWS requires Resource "*".',
    );
    acknowledge(
      role,
      `AwsSolutions-IAM5[Resource::${nagValue(role, this.bucket.arnForObjects(`${AUDIT_SINK_PREFIX}*`))}]`,
      'Each audit copy is an object named at run time by its round, entry and stream sequence number under ' +
        'audit/ of the one audit sink bucket: PutObject only, and Object Lock keeps what is written.',
    );
  }
}
