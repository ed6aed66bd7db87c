import type { FieldIssue } from './domain/application.ts';

/**
 * The domain's errors: a stable code a caller may rely on (each with a message in every
 * language in the i18n catalogue), field issues, and the details its body carries. They say
 * what went wrong, never how a transport answers it: the HTTP status of each code is the
 * edge's (`functions/http-status.ts`), read by the HTTP wrapper and the OpenAPI document alike.
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
  | 'ATTACHMENT_NOT_FOUND'
  // Co-editors (ADR 096)
  | 'OWNER_ONLY'
  | 'COEDITOR_LIMIT_REACHED'
  | 'INTERNAL_ERROR'
  // After the award (ADR 102, 103)
  | 'NOT_AWARDED'
  | 'ACCEPTANCE_CLOSED'
  | 'ACCEPTANCE_REQUIRED'
  // The review API (docs/review-api.md)
  | 'REVIEW_LINK_INVALID'
  | 'REVIEW_LINK_REVOKED'
  | 'WRONG_COMMITTEE'
  | 'NOT_CHAIR'
  | 'CONFLICTED'
  | 'COUNTY_NOT_YOURS'
  | 'DECLARATION_REQUIRED'
  | 'DECLARATION_FINAL'
  | 'ASSESSMENT_REQUIRED'
  | 'DISCUSSION_FULL'
  | 'STAGE_NOT_OPEN'
  | 'STAGE_FINALISED'
  | 'STAGE_INCOMPLETE'
  | 'STAGE_FINALISING'
  | 'OVER_BUDGET'
  // The secretariat's console (ADR 094)
  | 'LINK_NOT_FOUND'
  | 'STAGE_DEADLINE_PASSED'
  | 'ANNOUNCEMENT_NOT_READY';

/** An error a caller caused or may see. The edge turns it into an answer in the caller's language. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: FieldIssue[],
    /** Extra body properties, e.g. the current version on a conflict. */
    readonly details?: Record<string, unknown>,
    /** The message: another text of the catalogue than the code's, and its placeholders. */
    readonly text?: { key?: string; params?: Record<string, string | number> },
    /** A refusal that ends: when the caller may try again (the answer's Retry-After, seconds). */
    readonly retryAfterSeconds?: number,
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

// The factories, one per code (and named exports, so a bundle keeps only those it throws):
// `import * as errors from '…/errors.ts'` and `throw errors.notFound()`.

export const validation = (fields: FieldIssue[]) => new DomainError('VALIDATION_FAILED', fields);
export const badRequest = () => new DomainError('BAD_REQUEST');
export const unauthorized = () => new DomainError('UNAUTHORIZED');
export const forbidden = () => new DomainError('FORBIDDEN');
export const notFound = () => new DomainError('NOT_FOUND');
export const roundNotFound = () => new DomainError('ROUND_NOT_FOUND');
export const versionConflict = (details: Record<string, unknown>) =>
  new DomainError('VERSION_CONFLICT', undefined, details);
export const readOnly = (details?: Record<string, unknown>) =>
  new DomainError('READ_ONLY', undefined, details);
export const periodClosed = () => new DomainError('APPLICATION_PERIOD_CLOSED');
export const periodNotOpen = () => new DomainError('APPLICATION_PERIOD_NOT_OPEN');
export const withdrawNotAllowed = () => new DomainError('WITHDRAW_NOT_ALLOWED');
/** Too many requests (ADR 085): the message says in how many minutes to try again. */
export const rateLimited = (retryAfterSeconds: number) =>
  new DomainError(
    'RATE_LIMITED',
    undefined,
    undefined,
    { params: { count: Math.max(1, Math.ceil(retryAfterSeconds / 60)) } },
    retryAfterSeconds,
  );
export const reviewLinkInvalid = () => new DomainError('REVIEW_LINK_INVALID');
export const reviewLinkRevoked = () => new DomainError('REVIEW_LINK_REVOKED');
export const wrongCommittee = () => new DomainError('WRONG_COMMITTEE');
export const notChair = () => new DomainError('NOT_CHAIR');
export const conflicted = () => new DomainError('CONFLICTED');
export const countyNotYours = () => new DomainError('COUNTY_NOT_YOURS');
export const declarationRequired = () => new DomainError('DECLARATION_REQUIRED');
export const declarationFinal = () => new DomainError('DECLARATION_FINAL');
/** An expert member reads and writes the committee's discussion only after their own assessment. */
export const assessmentRequired = () => new DomainError('ASSESSMENT_REQUIRED');
export const discussionFull = () => new DomainError('DISCUSSION_FULL');
export const stageNotOpen = () => new DomainError('STAGE_NOT_OPEN');
export const stageFinalised = (details?: Record<string, unknown>) =>
  new DomainError('STAGE_FINALISED', undefined, details);
/** Names the applications that hold a finalisation up (receipt number and title) in the message. */
export const stageIncomplete = (
  applications: readonly { applicationId: string; receiptNumber?: string; title?: string }[],
  reason: 'undecided' | 'earlierDecisionNotDelivered' = 'undecided',
) =>
  new DomainError(
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
  );
/** A member's write met a finalisation in progress: nothing saved; try again once it is over. */
export const stageFinalising = () => new DomainError('STAGE_FINALISING');
export const overBudget = (budget: unknown) => new DomainError('OVER_BUDGET', undefined, { budget });
export const attachmentNotFound = (details?: { status: string }) =>
  new DomainError('ATTACHMENT_NOT_FOUND', undefined, details);
export const attachmentLimitReached = () => new DomainError('ATTACHMENT_LIMIT_REACHED');
/** The secretariat revoked a review link that is not there, or no longer live. */
export const linkNotFound = () => new DomainError('LINK_NOT_FOUND');
/** A review link for a stage whose deadline has passed would be born expired. */
export const stageDeadlinePassed = (details: { committee: string; deadline: string }) =>
  new DomainError('STAGE_DEADLINE_PASSED', undefined, details);
/** Only the application's owner may (ADR 096): invite or remove co-editors, answer join requests, withdraw. */
export const ownerOnly = () => new DomainError('OWNER_ONLY');
/** The round's maximum of co-editors is reached (the message names it). */
export const coeditorLimitReached = (max: number) =>
  new DomainError('COEDITOR_LIMIT_REACHED', undefined, undefined, { params: { max } });
/** Announcing before the final committee has finalised: nothing would be announced. */
export const announcementNotReady = () => new DomainError('ANNOUNCEMENT_NOT_READY');
/** Anything unexpected: the caller learns nothing more (the log has the error). */
export const internal = () => new DomainError('INTERNAL_ERROR');
export const notAwarded = () => new DomainError('NOT_AWARDED');
export const acceptanceClosed = () => new DomainError('ACCEPTANCE_CLOSED');
export const acceptanceRequired = () => new DomainError('ACCEPTANCE_REQUIRED');
