import type { FieldIssue } from '../domain/application.ts';

/**
 * Stable error codes of the API. Each has a message in every language in the i18n
 * catalogue; clients may rely on the code, people read the message.
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'ROUND_NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'READ_ONLY'
  | 'APPLICATION_PERIOD_CLOSED'
  | 'APPLICATION_PERIOD_NOT_OPEN'
  | 'WITHDRAW_NOT_ALLOWED'
  | 'RATE_LIMITED'
  | 'ATTACHMENT_LIMIT_REACHED'
  | 'ATTACHMENT_TYPE_NOT_ALLOWED'
  | 'ATTACHMENT_TOO_LARGE'
  | 'ATTACHMENT_NOT_FOUND'
  | 'INTERNAL_ERROR'
  // The review API (docs/review-api.md)
  | 'REVIEW_LINK_INVALID'
  | 'REVIEW_LINK_REVOKED'
  | 'WRONG_COMMITTEE'
  | 'NOT_CHAIR'
  | 'CONFLICTED'
  | 'COUNTY_NOT_YOURS'
  | 'DECLARATION_REQUIRED'
  | 'DECLARATION_FINAL'
  | 'STAGE_NOT_OPEN'
  | 'STAGE_FINALISED'
  | 'STAGE_INCOMPLETE'
  | 'STAGE_FINALISING'
  | 'OVER_BUDGET';

/** An error a caller caused or may see; `functions/http.ts` turns it into an HTTP answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly fields?: FieldIssue[],
    /** Extra body properties, e.g. the current version on a conflict. */
    readonly details?: Record<string, unknown>,
    /** The message: another text of the catalogue than the code's, and its placeholders. */
    readonly text?: { key?: string; params?: Record<string, string | number> },
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

export const errors = {
  validation: (fields: FieldIssue[]) => new ApiError(400, 'VALIDATION_FAILED', fields),
  badRequest: () => new ApiError(400, 'BAD_REQUEST'),
  unauthorized: () => new ApiError(401, 'UNAUTHORIZED'),
  forbidden: () => new ApiError(403, 'FORBIDDEN'),
  notFound: () => new ApiError(404, 'NOT_FOUND'),
  roundNotFound: () => new ApiError(404, 'ROUND_NOT_FOUND'),
  versionConflict: (details: Record<string, unknown>) =>
    new ApiError(409, 'VERSION_CONFLICT', undefined, details),
  readOnly: (details?: Record<string, unknown>) => new ApiError(409, 'READ_ONLY', undefined, details),
  periodClosed: () => new ApiError(409, 'APPLICATION_PERIOD_CLOSED'),
  periodNotOpen: () => new ApiError(409, 'APPLICATION_PERIOD_NOT_OPEN'),
  withdrawNotAllowed: () => new ApiError(409, 'WITHDRAW_NOT_ALLOWED'),
  rateLimited: () => new ApiError(429, 'RATE_LIMITED'),
  reviewLinkInvalid: () => new ApiError(401, 'REVIEW_LINK_INVALID'),
  reviewLinkRevoked: () => new ApiError(401, 'REVIEW_LINK_REVOKED'),
  wrongCommittee: () => new ApiError(403, 'WRONG_COMMITTEE'),
  notChair: () => new ApiError(403, 'NOT_CHAIR'),
  conflicted: () => new ApiError(403, 'CONFLICTED'),
  countyNotYours: () => new ApiError(403, 'COUNTY_NOT_YOURS'),
  declarationRequired: () => new ApiError(409, 'DECLARATION_REQUIRED'),
  declarationFinal: () => new ApiError(409, 'DECLARATION_FINAL'),
  stageNotOpen: () => new ApiError(409, 'STAGE_NOT_OPEN'),
  stageFinalised: (details?: Record<string, unknown>) =>
    new ApiError(409, 'STAGE_FINALISED', undefined, details),
  /** Names the applications that hold a finalisation up (receipt number and title) in the message. */
  stageIncomplete: (
    applications: readonly { applicationId: string; receiptNumber?: string; title?: string }[],
    reason: 'undecided' | 'earlierDecisionNotDelivered' = 'undecided',
  ) =>
    new ApiError(
      409,
      'STAGE_INCOMPLETE',
      undefined,
      { missing: applications.map((application) => application.applicationId) },
      {
        ...(reason === 'earlierDecisionNotDelivered' ? { key: 'EARLIER_DECISION_NOT_DELIVERED' } : {}),
        params: {
          applications: applications
            .map(
              (a) =>
                [a.receiptNumber, a.title ? `«${a.title}»` : ''].filter(Boolean).join(' ') || a.applicationId,
            )
            .join(', '),
        },
      },
    ),
  /** A member's write met a finalisation in progress: nothing saved; try again once it is over. */
  stageFinalising: () => new ApiError(409, 'STAGE_FINALISING'),
  overBudget: (budget: unknown) => new ApiError(409, 'OVER_BUDGET', undefined, { budget }),
  attachmentNotFound: (details?: { status: string }) =>
    new ApiError(404, 'ATTACHMENT_NOT_FOUND', undefined, details),
  attachmentLimitReached: () => new ApiError(409, 'ATTACHMENT_LIMIT_REACHED'),
  /** Anything unexpected: the caller learns nothing more (the log has the error). */
  internal: () => new ApiError(500, 'INTERNAL_ERROR'),
} as const;
