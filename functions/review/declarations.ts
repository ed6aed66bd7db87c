/**
 * The committees' review API (docs/review-api.md; ADR 040–047, 065): a member's signed review
 * link is the bearer token. Declarations of the registry (functions/registry.ts); the rules
 * are in shared/review/.
 */
import * as z from 'zod/mini';
import {
  declarationSchema,
  discussionPostSchema,
  expertAssessmentSchema,
  expertOutcomeSchema,
  finalOutcomeSchema,
  finalDiscussionPostSchema,
  finaliseSchema,
  geographicCommentSchema,
  priorityOrderSchema,
} from '../../shared/domain/review.ts';
import { SCHOOL_YEAR_UNKNOWN, VERSION_CONFLICT } from '../../shared/i18n/api.ts';
import {
  ASSESSMENT_REQUIRED,
  AWARD_EXCEEDS_REQUEST,
  AWARD_REDUCED_REASON_REQUIRED,
  CONFLICTED,
  COUNTY_NOT_YOURS,
  DECLARATION_FINAL,
  DECLARATION_REQUIRED,
  DISCUSSION_FULL,
  EARLIER_DECISION_NOT_DELIVERED,
  NOT_CHAIR,
  ORDER_INCOMPLETE,
  OVER_BUDGET,
  STAGE_FINALISED,
  STAGE_FINALISING,
  STAGE_INCOMPLETE,
  STAGE_NOT_OPEN,
} from '../../shared/i18n/review.ts';
import { http } from '../declare.ts';

export const GetReviewContext = /* @__PURE__ */ http({
  method: 'GET',
  path: '/review/context',
  auth: 'reviewer',
  summary: "Who the link belongs to, the round, and where the committee's stage stands",
  responses: { 200: { description: 'The context', body: 'reviewContext' } },
  entry: 'functions/review/get-context.ts',
  access: [],
});

export const ListReviewApplications = /* @__PURE__ */ http({
  method: 'GET',
  path: '/review/applications',
  auth: 'reviewer',
  summary: "The committee's list, shaped for the member",
  responses: { 200: { description: 'The list', body: 'reviewList' } },
  answers: { STAGE_NOT_OPEN },
  entry: 'functions/review/list-applications.ts',
  access: [],
});

export const GetReviewApplication = /* @__PURE__ */ http({
  method: 'GET',
  path: '/review/applications/{applicationId}',
  auth: 'reviewer',
  summary: "One application of the committee's stage in full",
  responses: { 200: { description: 'The application', body: 'reviewDetail' } },
  answers: { STAGE_NOT_OPEN },
  entry: 'functions/review/get-application.ts',
  access: ['bucket:read'],
});

export const DeclareConflict = /* @__PURE__ */ http({
  method: 'POST',
  path: '/review/applications/{applicationId}/declaration',
  auth: 'reviewer',
  summary: 'Declare whether the member has a conflict of interest (habilitet)',
  request: declarationSchema,
  responses: { 200: { description: 'Declared', body: 'declarationResponse' } },
  answers: { STAGE_NOT_OPEN, STAGE_FINALISED, STAGE_FINALISING, DECLARATION_FINAL },
  entry: 'functions/review/declare.ts',
  access: ['table:write'],
});

export const SaveAssessment = /* @__PURE__ */ http({
  method: 'POST',
  path: '/review/applications/{applicationId}/assessment',
  auth: 'reviewer',
  summary: "An expert member's assessment, or a county adviser's comment",
  requestByCommittee: { expert: expertAssessmentSchema, geographic: geographicCommentSchema },
  responses: { 200: { description: 'Saved', body: 'assessmentResponse' } },
  answers: {
    STAGE_NOT_OPEN,
    STAGE_FINALISED,
    STAGE_FINALISING,
    COUNTY_NOT_YOURS,
    DECLARATION_REQUIRED,
    CONFLICTED,
  },
  entry: 'functions/review/save-assessment.ts',
  access: ['table:write'],
});

export const PostToDiscussion = /* @__PURE__ */ http({
  method: 'POST',
  path: '/review/applications/{applicationId}/discussion',
  auth: 'reviewer',
  summary:
    "A post to the committee's discussion of an application (final committee: with a suggested outcome)",
  requestByCommittee: {
    expert: discussionPostSchema,
    geographic: discussionPostSchema,
    final: finalDiscussionPostSchema,
  },
  responses: { 200: { description: 'The discussion as it stands', body: 'discussionResponse' } },
  answers: {
    STAGE_NOT_OPEN,
    STAGE_FINALISED,
    STAGE_FINALISING,
    DECLARATION_REQUIRED,
    CONFLICTED,
    ASSESSMENT_REQUIRED,
    DISCUSSION_FULL,
  },
  messages: { AWARD_EXCEEDS_REQUEST, SCHOOL_YEAR_UNKNOWN },
  entry: 'functions/review/discuss.ts',
  access: ['table:write'],
});

export const SetOutcome = /* @__PURE__ */ http({
  method: 'POST',
  path: '/review/applications/{applicationId}/outcome',
  auth: 'reviewer',
  summary: "The chair's outcome for one application (expert or final committee)",
  requestByCommittee: { expert: expertOutcomeSchema, final: finalOutcomeSchema },
  responses: { 200: { description: 'The proposal and the stage version', body: 'outcomeResponse' } },
  answers: { STAGE_NOT_OPEN, STAGE_FINALISED, NOT_CHAIR, DECLARATION_REQUIRED, CONFLICTED },
  messages: { AWARD_EXCEEDS_REQUEST, AWARD_REDUCED_REASON_REQUIRED, SCHOOL_YEAR_UNKNOWN },
  entry: 'functions/review/set-outcome.ts',
  access: ['table:write'],
});

export const SetPriorityOrder = /* @__PURE__ */ http({
  method: 'POST',
  path: '/review/order',
  auth: 'reviewer',
  committees: ['geographic'],
  summary: "The geographic committee's national priority order",
  request: priorityOrderSchema,
  responses: { 200: { description: 'The order and the stage version', body: 'orderResponse' } },
  answers: { STAGE_NOT_OPEN, STAGE_FINALISED, NOT_CHAIR, DECLARATION_REQUIRED, CONFLICTED },
  messages: { ORDER_INCOMPLETE },
  entry: 'functions/review/set-order.ts',
  access: ['table:write'],
});

export const FinaliseStage = /* @__PURE__ */ http({
  method: 'POST',
  path: '/review/finalise',
  auth: 'reviewer',
  summary: "The chair finalises the committee's stage: one decision",
  request: finaliseSchema,
  responses: { 200: { description: 'Finalised', body: 'finaliseResponse' } },
  answers: {
    STAGE_NOT_OPEN,
    STAGE_FINALISED,
    NOT_CHAIR,
    VERSION_CONFLICT,
    STAGE_INCOMPLETE,
    STAGE_FINALISING,
    OVER_BUDGET,
  },
  messages: { EARLIER_DECISION_NOT_DELIVERED },
  entry: 'functions/review/finalise.ts',
  access: ['table:write', 'workflow:callback'],
});

// Each media type a const of its own: a property read in a declaration is not side-effect free
// to esbuild, and kept ExportReview's declaration in every reviewer route's bundle (ADR 122).
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV = 'text/csv';
/** The review export's formats (`?format=`) and their media types; CSV is sent as UTF-8. */
export const EXPORT_FORMATS = { xlsx: XLSX, csv: CSV } as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;
/** `?format=`, xlsx unless said (marked pure: only the export's bundle keeps it). */
const exportQuery = /* @__PURE__ */ z.object({
  format: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.enum(['xlsx', 'csv'] satisfies ExportFormat[]),
    'xlsx',
  ),
});

export const ExportReview = /* @__PURE__ */ http({
  method: 'GET',
  path: '/review/export',
  auth: 'reviewer',
  summary: "The committee's list as a spreadsheet, as the member sees it",
  query: exportQuery,
  responses: {
    200: {
      description: 'The file (content-disposition: attachment)',
      body: { files: [XLSX, CSV] },
    },
  },
  answers: { STAGE_NOT_OPEN },
  entry: 'functions/review/export.ts',
  access: [],
});
