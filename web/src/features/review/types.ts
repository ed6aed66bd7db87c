/**
 * What the review API answers (docs/review-api.md), typed from its own declarations and
 * response schemas (shared/api/review-responses.ts, through app/api.ts) — nothing restated here;
 * the names below only pick the parts the pages talk about.
 */
import type { Committee } from '../../../../shared/domain/committees.ts';
import type { ExpertCriterion } from '../../../../shared/domain/review.ts';
import type { Answer, RequestBody } from '../../app/api.ts';

export type { Committee, ExpertCriterion };

export type ReviewContext = Answer<'GET /review/context'>;
export type ReviewList = Answer<'GET /review/applications'>;
export type ReviewDetail = Answer<'GET /review/applications/{applicationId}'>;
export type FinaliseResult = Answer<'POST /review/finalise'>;

export type Role = ReviewContext['member']['role'];
export type StageView = ReviewContext['stage'];
export type ReviewRow = ReviewList['applications'][number];
export type MunicipalityRef = ReviewRow['leadMunicipality'];
export type Declaration = NonNullable<ReviewRow['declaration']>;
export type Requested = ReviewRow['requested'];
export type AssessmentAverages = NonNullable<ReviewRow['assessments']>;
export type MemberComment = NonNullable<ReviewRow['comments']>[number];
export type BudgetFigures = NonNullable<ReviewList['budget']>;
export type Indicators = NonNullable<ReviewList['indicators']>;
export type ReviewAttachment = ReviewDetail['attachments'][number];

type Mine = NonNullable<ReviewRow['mine']>;
export type ExpertAssessment = Extract<Mine, { recommendation: unknown }>;
export type GeographicComment = Extract<Mine, { text: string }>;
type Proposal = NonNullable<ReviewRow['proposal']>;
export type ExpertProposal = Extract<Proposal, { qualified: boolean }>;
export type GeographicProposal = Extract<Proposal, { rank: number }>;
export type FinalProposal = Extract<Proposal, { awarded: boolean }>;

/** The facts every list row and detail carries. */
export type ApplicationSummaryView = Pick<
  ReviewRow,
  | 'applicationId'
  | 'receiptNumber'
  | 'submittedAt'
  | 'title'
  | 'leadMunicipality'
  | 'partnerMunicipalities'
  | 'counties'
  | 'activityAreas'
  | 'artSubjects'
  | 'requested'
  | 'commitment'
>;

export type DeclarationInput = RequestBody<'POST /review/applications/{applicationId}/declaration'>;
export type AssessmentInput = RequestBody<'POST /review/applications/{applicationId}/assessment'>;
export type OutcomeInput = RequestBody<'POST /review/applications/{applicationId}/outcome'>;
export type DiscussionInput = RequestBody<'POST /review/applications/{applicationId}/discussion'>;
export type DiscussionEntry = NonNullable<ReviewDetail['discussion']>[number];
