/**
 * The local stack's fixed AWS identity and resource names. Region and account shape the ARNs
 * the handlers see (they match what AWS would produce); the credentials are s3rver's defaults,
 * which every emulator accepts.
 */
export const LOCAL_AWS = {
  region: 'eu-north-1',
  account: '000000000000',
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  tableName: 'portal',
  attachmentBucket: 'attachments',
  stateMachineName: 'application-workflow',
} as const;

export const stateMachineArn = `arn:aws:states:${LOCAL_AWS.region}:${LOCAL_AWS.account}:stateMachine:${LOCAL_AWS.stateMachineName}`;
