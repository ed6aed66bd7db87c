/**
 * An application's life as lists: its status, the workflow's stages (which the table mirrors),
 * the outcomes and the stages an applicant sees. Plain constants, no I/O: the storage schemas
 * (shared/storage/items.ts), the API's schemas and the web app read them from here.
 */

export const APPLICATION_STATUSES = ['DRAFT', 'SUBMITTED', 'WITHDRAWN'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The stages the table mirrors (`stage`), in order; the state machine owns them. */
export const STAGES = [
  'SUBMITTED',
  'EXPERT_REVIEW',
  'GEOGRAPHIC_REVIEW',
  'FINAL_REVIEW',
  'AWAITING_ANNOUNCEMENT',
  'ANNOUNCED',
] as const;
export type Stage = (typeof STAGES)[number] | 'WITHDRAWN';

export const APPLICATION_OUTCOMES = ['NOT_QUALIFIED', 'AWARDED', 'DECLINED'] as const;
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

/** The three committees (utvalg), in the order their stages come (shared/domain/committees.ts). */
export const COMMITTEES = ['expert', 'geographic', 'final'] as const;
export type Committee = (typeof COMMITTEES)[number];

export function isCommittee(value: unknown): value is Committee {
  return typeof value === 'string' && (COMMITTEES as readonly string[]).includes(value);
}

/**
 * The stages an applicant sees (`applicantStage` in shared/api/views.ts). Until the
 * announcement every submitted application is IN_REVIEW: the committees' stages would tell who
 * was judged not qualified (ADR 066).
 */
export const APPLICANT_STAGES = ['DRAFT', 'IN_REVIEW', 'ANNOUNCED', 'WITHDRAWN'] as const;
export type ApplicantStage = (typeof APPLICANT_STAGES)[number];
