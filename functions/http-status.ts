import type { ErrorCode } from '../shared/errors.ts';

/**
 * The HTTP status of every domain error code — the one table, read by the HTTP wrapper
 * (functions/http.ts) when it answers and by the OpenAPI document when it lists each
 * operation's answers. `shared/` throws codes; only here do they become statuses. A new code
 * without a status fails the type check.
 */
export const HTTP_STATUS = {
  BAD_REQUEST: 400,
  VALIDATION_FAILED: 400,
  UNAUTHORIZED: 401,
  REVIEW_LINK_INVALID: 401,
  REVIEW_LINK_REVOKED: 401,
  FORBIDDEN: 403,
  OWNER_ONLY: 403,
  WRONG_COMMITTEE: 403,
  NOT_CHAIR: 403,
  CONFLICTED: 403,
  COUNTY_NOT_YOURS: 403,
  NOT_FOUND: 404,
  ROUND_NOT_FOUND: 404,
  ATTACHMENT_NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  READ_ONLY: 409,
  APPLICATION_PERIOD_CLOSED: 409,
  APPLICATION_PERIOD_NOT_OPEN: 409,
  WITHDRAW_NOT_ALLOWED: 409,
  ATTACHMENT_LIMIT_REACHED: 409,
  COEDITOR_LIMIT_REACHED: 409,
  DECLARATION_REQUIRED: 409,
  DECLARATION_FINAL: 409,
  ASSESSMENT_REQUIRED: 409,
  DISCUSSION_FULL: 409,
  STAGE_NOT_OPEN: 409,
  STAGE_FINALISED: 409,
  STAGE_INCOMPLETE: 409,
  STAGE_FINALISING: 409,
  OVER_BUDGET: 409,
  LINK_NOT_FOUND: 404,
  STAGE_DEADLINE_PASSED: 409,
  NOT_AWARDED: 403,
  ACCEPTANCE_CLOSED: 409,
  ACCEPTANCE_REQUIRED: 409,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
} as const satisfies Record<ErrorCode, number>;
