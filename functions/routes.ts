/**
 * The HTTP API's route table: one Lambda per route. The CDK stack (infra/) and the local
 * API Gateway (local/) both read this list, so a route exists in both or in neither.
 *
 * `entry` is relative to the repository root; each module exports `handler`.
 * `access` names the AWS actions the handler needs; infra turns it into least-privilege grants.
 */
export type Access =
  | 'table:read' // GetItem, Query
  | 'table:write' // PutItem, UpdateItem, DeleteItem (conditional)
  | 'bucket:read' // GetObject, GetObjectVersion (presigned GET of a frozen copy's version; the verifier's read)
  | 'bucket:write' // PutObject (presigned POST; the verifier's frozen copy)
  | 'bucket:delete' // DeleteObject
  | 'mail:send' // ses:SendEmail
  | 'workflow:start' // states:StartExecution
  | 'workflow:stop' // states:StopExecution
  | 'workflow:callback' // states:SendTaskSuccess, states:SendTaskFailure (resume a waiting stage)
  | 'signing-key:read'; // secretsmanager:GetSecretValue on the signing key

export interface Route {
  /** Stable id: CDK construct id and function name stem. */
  readonly id: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** API Gateway path with `{param}` placeholders. */
  readonly path: string;
  readonly entry: string;
  readonly access: readonly Access[];
}

export const routes: readonly Route[] = [
  {
    id: 'ListRounds',
    method: 'GET',
    path: '/rounds',
    entry: 'functions/rounds/list-rounds.ts',
    access: ['table:read'], // the dates an administrator moved
  },
  {
    id: 'GetOpenApi',
    method: 'GET',
    path: '/openapi.json',
    entry: 'functions/openapi/get-openapi.ts',
    access: [],
  },
  {
    id: 'StartApplication',
    method: 'POST',
    path: '/applications',
    entry: 'functions/submission/start-application.ts',
    access: ['table:read', 'table:write', 'mail:send', 'signing-key:read'],
  },
  {
    id: 'CreateSession',
    method: 'POST',
    path: '/sessions',
    entry: 'functions/submission/create-session.ts',
    access: ['signing-key:read'],
  },
  {
    id: 'GetApplication',
    method: 'GET',
    path: '/applications/{applicationId}',
    entry: 'functions/submission/get-application.ts',
    access: ['table:read', 'signing-key:read'],
  },
  {
    id: 'UpdateDraft',
    method: 'PUT',
    path: '/applications/{applicationId}/draft',
    entry: 'functions/submission/update-draft.ts',
    access: ['table:read', 'table:write', 'signing-key:read'],
  },
  {
    id: 'SubmitApplication',
    method: 'POST',
    path: '/applications/{applicationId}/submit',
    entry: 'functions/submission/submit-application.ts',
    // The receipt mail is the workflow's (SendReceipt), not the request's (ADR 063).
    access: ['table:read', 'table:write', 'workflow:start', 'signing-key:read'],
  },
  {
    id: 'WithdrawApplication',
    method: 'POST',
    path: '/applications/{applicationId}/withdraw',
    entry: 'functions/submission/withdraw-application.ts',
    access: ['table:read', 'table:write', 'workflow:stop', 'signing-key:read'],
  },
  {
    id: 'CreateAttachmentUpload',
    method: 'POST',
    path: '/applications/{applicationId}/attachments',
    entry: 'functions/attachments/create-upload.ts',
    access: ['table:read', 'table:write', 'bucket:write', 'signing-key:read'],
  },
  {
    id: 'ListAttachments',
    method: 'GET',
    path: '/applications/{applicationId}/attachments',
    entry: 'functions/attachments/list-attachments.ts',
    access: ['table:read', 'signing-key:read'],
  },
  {
    id: 'DeleteAttachment',
    method: 'DELETE',
    path: '/applications/{applicationId}/attachments/{attachmentId}',
    entry: 'functions/attachments/delete-attachment.ts',
    access: ['table:read', 'table:write', 'bucket:delete', 'signing-key:read'],
  },
  {
    id: 'DownloadAttachment',
    method: 'GET',
    path: '/applications/{applicationId}/attachments/{attachmentId}/download',
    entry: 'functions/attachments/download-attachment.ts',
    access: ['table:read', 'bucket:read', 'signing-key:read'],
  },
  {
    id: 'ListAwards',
    method: 'GET',
    path: '/rounds/{roundId}/awards',
    entry: 'functions/rounds/list-awards.ts',
    access: ['table:read'],
  },
  // The committees' review API (docs/review-api.md): a signed review link as bearer token.
  {
    id: 'GetReviewContext',
    method: 'GET',
    path: '/review/context',
    entry: 'functions/review/get-context.ts',
    access: ['table:read', 'signing-key:read'],
  },
  {
    id: 'ListReviewApplications',
    method: 'GET',
    path: '/review/applications',
    entry: 'functions/review/list-applications.ts',
    access: ['table:read', 'signing-key:read'],
  },
  {
    id: 'GetReviewApplication',
    method: 'GET',
    path: '/review/applications/{applicationId}',
    entry: 'functions/review/get-application.ts',
    access: ['table:read', 'bucket:read', 'signing-key:read'],
  },
  {
    id: 'DeclareConflict',
    method: 'POST',
    path: '/review/applications/{applicationId}/declaration',
    entry: 'functions/review/declare.ts',
    access: ['table:read', 'table:write', 'signing-key:read'],
  },
  {
    id: 'SaveAssessment',
    method: 'POST',
    path: '/review/applications/{applicationId}/assessment',
    entry: 'functions/review/save-assessment.ts',
    access: ['table:read', 'table:write', 'signing-key:read'],
  },
  {
    id: 'SetOutcome',
    method: 'POST',
    path: '/review/applications/{applicationId}/outcome',
    entry: 'functions/review/set-outcome.ts',
    access: ['table:read', 'table:write', 'signing-key:read'],
  },
  {
    id: 'SetPriorityOrder',
    method: 'POST',
    path: '/review/order',
    entry: 'functions/review/set-order.ts',
    access: ['table:read', 'table:write', 'signing-key:read'],
  },
  {
    id: 'FinaliseStage',
    method: 'POST',
    path: '/review/finalise',
    entry: 'functions/review/finalise.ts',
    access: ['table:read', 'table:write', 'workflow:callback', 'signing-key:read'],
  },
  {
    id: 'ExportReview',
    method: 'GET',
    path: '/review/export',
    entry: 'functions/review/export.ts',
    access: ['table:read', 'signing-key:read'],
  },
];

/** Functions invoked by events rather than HTTP. */
export const eventFunctions = {
  /** S3 ObjectCreated on the upload keys → size and magic-byte verification, the frozen copy (ADR 060). */
  verifyAttachment: {
    id: 'VerifyAttachment',
    entry: 'functions/attachments/verify-attachment.ts',
    access: [
      'table:read',
      'table:write',
      'bucket:read',
      'bucket:write',
      'bucket:delete',
    ] as readonly Access[],
  },
} as const;

/** Functions run on a schedule (EventBridge in AWS; the local stack runs them on an interval). */
export const scheduledFunctions = {
  /**
   * The submission outbox's sweep (ADR 063): every submitted application gets its execution
   * and its receipt mail, even when the request that submitted it died halfway.
   */
  sweepOutbox: {
    id: 'SweepOutbox',
    entry: 'functions/workflow/sweep-outbox.ts',
    access: ['table:read', 'table:write', 'mail:send', 'workflow:start'] as readonly Access[],
    everyMinutes: 5,
  },
} as const;
