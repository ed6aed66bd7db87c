/**
 * Every environment variable the handlers read, in one place. The CDK stack sets them on
 * each function; the local stack (and the tests) set them on the process. AWS endpoints are
 * chosen by the SDK's own `AWS_ENDPOINT_URL_<SERVICE>` variables — never by code here.
 */
export const ENV = {
  /** The single DynamoDB table. */
  tableName: 'TABLE_NAME',
  /** The private attachment bucket. */
  attachmentBucket: 'ATTACHMENT_BUCKET',
  /** The application workflow (Step Functions state machine). */
  stateMachineArn: 'STATE_MACHINE_ARN',
  /** Secrets Manager secret id holding the token-signing key (AWS). */
  signingKeySecretId: 'SIGNING_KEY_SECRET_ID',
  /** The signing key itself, base64url (local stack and tests only; CDK never sets it). */
  signingKey: 'SIGNING_KEY',
  /** Base URL of the web frontend; magic links point there. */
  webBaseUrl: 'WEB_BASE_URL',
  /** ISO instant: when set, a demo round opens at this instant (local stack). */
  demoRoundOpens: 'DEMO_ROUND_OPENS',
  /** 'true' → the staging-only smoke round is listed (the deploy configuration's `smokeRound`). */
  smokeRound: 'SMOKE_ROUND',
  /** The SES configuration set every mail is sent with (its bounce and complaint events, ADR 083). */
  mailConfigurationSet: 'MAIL_CONFIGURATION_SET',
  /** Longest single wait of the workflow, seconds (default 7 days); the local stack uses seconds. */
  workflowMaxWaitSeconds: 'WORKFLOW_MAX_WAIT_SECONDS',
  /** After a stage deadline passed undecided: seconds between reminders (default 2 days). */
  stageReminderIntervalSeconds: 'STAGE_REMINDER_INTERVAL_SECONDS',
  /** Requests per IP address and hour on each public route that mails or stores (ADR 085; default 30). */
  ipRequestsPerHour: 'IP_REQUESTS_PER_HOUR',
  /** The audit trail's immutable copy: an S3 bucket with Object Lock (ADR 087; AWS only). */
  auditSinkBucket: 'AUDIT_SINK_BUCKET',
  /**
   * The secretariat's staff: the addresses that may sign in to the console (ADR 093), separated
   * by commas or white space. The deploy configuration's `staff.emails`; `npm start` has its own.
   */
  staffEmails: 'STAFF_EMAILS',
  /** The address the staff's sign-in links are sent from (within the SES identity's domain). */
  staffMailFrom: 'STAFF_MAIL_FROM',
  /** 'true' → S3 client uses path-style URLs (s3rver). */
  s3ForcePathStyle: 'S3_FORCE_PATH_STYLE',
} as const;

/** A positive whole number of seconds from the environment, or the default. */
export function secondsFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}
