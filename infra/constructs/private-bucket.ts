import * as s3 from 'aws-cdk-lib/aws-s3';

/**
 * What every bucket of the portal is: private (no public access, bucket-owner objects),
 * encrypted at rest (SSE-S3, the only kind S3 and CloudFront log delivery write to), and
 * reachable over TLS 1.2+ only. Each bucket spreads this and adds its own purpose.
 */
export const PRIVATE_BUCKET = {
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  encryption: s3.BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
} as const satisfies s3.BucketProps;
