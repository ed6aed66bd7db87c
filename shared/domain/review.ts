/**
 * The committees' work on applications: assessments, proposals, decisions, the priority order
 * and the budget — one zod source for the API bodies and the stored items, and the rules that
 * need no I/O (completeness, budget, indicators).
 */
import * as z from 'zod/mini';
import { budgetSummary, type ApplicationDraft } from './application.ts';
import type { Committee } from './committees.ts';
import type { RoundSchedule } from './rounds/schema.ts';

// zod/mini (ADR 077): the same checks in functional form, so a reviewer function carries no
// classic zod. The request schemas below are marked pure: a function's bundle keeps only those
// it uses (ADR 070).
export const REASON_MAX = 1000;
export const COMMENT_MAX = 2000;

const trimmed = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const required = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const reason = /* @__PURE__ */ required(REASON_MAX);

/** One criterion of the expert assessment: a score on the labelled 1–5 scale and a comment. */
export const criterionSchema = /* @__PURE__ */ (() =>
  z.object({
    score: /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(5)),
    comment: /* @__PURE__ */ z._default(/* @__PURE__ */ trimmed(COMMENT_MAX), ''),
  }))();

export const EXPERT_CRITERIA = ['activityAreaFit', 'anchoring', 'sustainability'] as const;
export type ExpertCriterion = (typeof EXPERT_CRITERIA)[number];

export const expertAssessmentSchema = /* @__PURE__ */ z.object({
  /** How the measures fit the chosen activity areas. */
  activityAreaFit: criterionSchema,
  /** Forankring. */
  anchoring: criterionSchema,
  /** Bærekraft. */
  sustainability: criterionSchema,
  recommendation: /* @__PURE__ */ z.enum(['qualified', 'notQualified']),
});
export type ExpertAssessment = z.infer<typeof expertAssessmentSchema>;

export const geographicCommentSchema = /* @__PURE__ */ z.object({
  comment: /* @__PURE__ */ required(COMMENT_MAX),
});

export const declarationSchema = /* @__PURE__ */ z.discriminatedUnion('conflicted', [
  /* @__PURE__ */ z.object({ conflicted: /* @__PURE__ */ z.literal(false) }),
  /* @__PURE__ */ z.object({
    conflicted: /* @__PURE__ */ z.literal(true),
    reason: /* @__PURE__ */ z.optional(/* @__PURE__ */ trimmed(REASON_MAX)),
  }),
]);
export type DeclarationInput = z.infer<typeof declarationSchema>;

/**
 * The expert committee's outcome: a reason is required when the application is not qualified
 * (the applicant is told it); for a qualified one it is optional ('' when not given) and goes
 * with the application to the next committees.
 */
export const expertOutcomeSchema = /* @__PURE__ */ z.discriminatedUnion('qualified', [
  /* @__PURE__ */ z.object({
    qualified: /* @__PURE__ */ z.literal(true),
    reason: /* @__PURE__ */ z._default(/* @__PURE__ */ trimmed(REASON_MAX), ''),
  }),
  /* @__PURE__ */ z.object({ qualified: /* @__PURE__ */ z.literal(false), reason }),
]);
const awardAmounts = /* @__PURE__ */ (() =>
  z.record(
    /* @__PURE__ */ z.string().check(z.maxLength(20)),
    /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(1_000_000_000)),
  ))();
export const finalOutcomeSchema = /* @__PURE__ */ z.discriminatedUnion('awarded', [
  /* @__PURE__ */ z.object({
    awarded: /* @__PURE__ */ z.literal(true),
    /** School year id → whole NOK; 0 for a school year not funded (the total must be positive). */
    amounts: awardAmounts,
    /** Why less than requested was awarded in a school year (required then: awardIssues). */
    reason: /* @__PURE__ */ z.optional(/* @__PURE__ */ trimmed(REASON_MAX)),
  }),
  /* @__PURE__ */ z.object({ awarded: /* @__PURE__ */ z.literal(false), reason }),
]);

export const priorityOrderSchema = /* @__PURE__ */ (() =>
  z.object({
    order: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(40)))
      .check(z.maxLength(2000)),
    comments: /* @__PURE__ */ z._default(
      /* @__PURE__ */ z.record(
        /* @__PURE__ */ z.string().check(z.maxLength(40)),
        /* @__PURE__ */ trimmed(REASON_MAX),
      ),
      {},
    ),
  }))();

/** A post in the committee's discussion of an application (ADR 090). */
export const DISCUSSION_TEXT_MAX = 2000;
/** At most this many posts per application and stage (the thread lives on one item). */
export const DISCUSSION_MAX_ENTRIES = 100;
const discussionText = /* @__PURE__ */ required(DISCUSSION_TEXT_MAX);
export const discussionPostSchema = /* @__PURE__ */ z.object({ text: discussionText });
/**
 * The final committee's members may also put a proposal forward with their post: an award per
 * school year or a rejection. It is advice to the chair, never the committee's outcome.
 */
export const finalDiscussionPostSchema = /* @__PURE__ */ z.object({
  text: discussionText,
  suggestion: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.discriminatedUnion('awarded', [
      /* @__PURE__ */ z.object({ awarded: /* @__PURE__ */ z.literal(true), amounts: awardAmounts }),
      /* @__PURE__ */ z.object({ awarded: /* @__PURE__ */ z.literal(false) }),
    ]),
  ),
});
export type DiscussionPost = z.infer<typeof finalDiscussionPostSchema>;

export const finaliseSchema = /* @__PURE__ */ (() =>
  z.object({
    version: /* @__PURE__ */ z.int().check(z.minimum(0), z.maximum(2 ** 31 - 1)),
  }))();

/** What the chair (or deputy) has set for one application, before the stage is finalised. */
export type ExpertProposal = { qualified: boolean; reason: string };
export type FinalProposal =
  | { awarded: true; amounts: Record<string, number>; total: number; reason?: string }
  | { awarded: false; reason: string };
export type Proposal = (ExpertProposal | FinalProposal) & { setBy: string; setAt: string };

/** One application's share of a finalised stage, as stored on the application item. */
export interface DecisionBase {
  decidedAt: string;
  /** The member who finalised the stage. */
  finalisedBy: string;
  /** Who set this application's outcome (chair, or deputy when the chair stood aside). */
  setBy?: string;
  /** Members who declared a conflict of interest and took no part. */
  standAside: string[];
}
export type ExpertDecision = DecisionBase & { qualified: boolean; reason: string };
export type GeographicDecision = DecisionBase & { rank: number; comment?: string };
export type FinalDecision = DecisionBase &
  (
    | { awarded: true; amounts: Record<string, number>; total: number; reason?: string }
    | { awarded: false; reason: string }
  );
export type Decision = ExpertDecision | GeographicDecision | FinalDecision;

/** What the state machine receives when a stage resumes an application (SendTaskSuccess output). */
export function workflowOutput(committee: Committee, decision: Decision): Record<string, unknown> {
  switch (committee) {
    case 'expert': {
      const d = decision as ExpertDecision;
      return { qualified: d.qualified, reason: d.reason };
    }
    case 'geographic': {
      const d = decision as GeographicDecision;
      return { rank: d.rank, comment: d.comment ?? '' };
    }
    case 'final': {
      const d = decision as FinalDecision;
      return d.awarded
        ? { awarded: true, amounts: d.amounts, total: d.total }
        : { awarded: false, reason: d.reason };
    }
  }
}

/** The application's requested amount per school year, with the calendar year that funds it. */
export function requestedAmounts(draft: ApplicationDraft, round: RoundSchedule) {
  const summary = budgetSummary(draft.budget ?? []);
  const perSchoolYear = summary.perSchoolYear.map((year) => ({
    schoolYear: year.schoolYear,
    budgetYear: round.schoolYears.find((candidate) => candidate.id === year.schoolYear)?.budgetYear ?? '',
    amount: year.requested,
  }));
  return { perSchoolYear, total: summary.total.requested };
}

export interface BudgetUse {
  perYear: { year: string; budget: number; awarded: number; remaining: number }[];
  total: { budget: number; awarded: number; remaining: number };
  overBudget: boolean;
}

/** The awards' use of the round's budget per calendar year and in total. */
export function budgetUse(round: RoundSchedule, awards: readonly Record<string, number>[]): BudgetUse {
  const awardedPerYear = new Map<string, number>();
  for (const amounts of awards) {
    for (const [schoolYear, amount] of Object.entries(amounts)) {
      const year = round.schoolYears.find((candidate) => candidate.id === schoolYear)?.budgetYear;
      if (year) awardedPerYear.set(year, (awardedPerYear.get(year) ?? 0) + amount);
    }
  }
  const perYear = Object.entries(round.budgetPerYear)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, budget]) => {
      const awarded = awardedPerYear.get(year) ?? 0;
      return { year, budget, awarded, remaining: budget - awarded };
    });
  const budget = perYear.reduce((sum, year) => sum + year.budget, 0);
  const awarded = perYear.reduce((sum, year) => sum + year.awarded, 0);
  return {
    perYear,
    total: { budget, awarded, remaining: budget - awarded },
    overBudget: perYear.some((year) => year.remaining < 0) || awarded > budget,
  };
}

/**
 * Field issues of a proposed award against the application: one amount for each of its school
 * years, none for others, each at most what was requested for that year.
 */
export function awardIssues(
  amounts: Record<string, number>,
  requested: Pick<ReturnType<typeof requestedAmounts>, 'perSchoolYear'>,
): { path: string; code: string; params?: Record<string, string | number> }[] {
  const issues: { path: string; code: string; params?: Record<string, string | number> }[] = [];
  const bySchoolYear = new Map(requested.perSchoolYear.map((year) => [year.schoolYear, year.amount]));
  for (const [schoolYear, amount] of Object.entries(amounts)) {
    const max = bySchoolYear.get(schoolYear);
    if (max === undefined)
      issues.push({ path: `amounts.${schoolYear}`, code: 'SCHOOL_YEAR_UNKNOWN', params: { schoolYear } });
    else if (amount > max)
      issues.push({ path: `amounts.${schoolYear}`, code: 'AWARD_EXCEEDS_REQUEST', params: { max } });
  }
  for (const schoolYear of bySchoolYear.keys()) {
    if (amounts[schoolYear] === undefined)
      issues.push({ path: `amounts.${schoolYear}`, code: 'FIELD_REQUIRED', params: { schoolYear } });
  }
  // An award of nothing is a rejection, which needs a reason instead.
  if (issues.length === 0 && Object.values(amounts).every((amount) => amount === 0)) {
    issues.push({ path: 'amounts', code: 'NUMBER_TOO_SMALL', params: { min: 1 } });
  }
  return issues;
}

/** Whether an award gives less than was requested in any of the application's school years. */
export function isReducedAward(
  amounts: Record<string, number>,
  requested: ReturnType<typeof requestedAmounts>,
): boolean {
  return requested.perSchoolYear.some((year) => (amounts[year.schoolYear] ?? 0) < year.amount);
}

/** Averages (one decimal) of the assessments' scores, per criterion. */
export function assessmentAverages(assessments: readonly ExpertAssessment[]) {
  const averages: Partial<Record<ExpertCriterion, number>> = {};
  for (const criterion of EXPERT_CRITERIA) {
    if (assessments.length === 0) continue;
    const sum = assessments.reduce((total, assessment) => total + assessment[criterion].score, 0);
    averages[criterion] = Math.round((sum / assessments.length) * 10) / 10;
  }
  return {
    count: assessments.length,
    averages,
    recommendations: {
      qualified: assessments.filter((assessment) => assessment.recommendation === 'qualified').length,
      notQualified: assessments.filter((assessment) => assessment.recommendation === 'notQualified').length,
    },
  };
}

/** Counts for the final committee's indicators of breadth, balance and spread. */
export function indicators(
  awarded: readonly {
    artSubjects: readonly string[];
    activityAreas: readonly string[];
    counties: readonly string[];
  }[],
) {
  const count = (values: readonly string[][]) => {
    const counts: Record<string, number> = {};
    for (const list of values) for (const value of new Set(list)) counts[value] = (counts[value] ?? 0) + 1;
    return counts;
  };
  return {
    awarded: awarded.length,
    artSubjects: count(awarded.map((a) => [...a.artSubjects])),
    activityAreas: count(awarded.map((a) => [...a.activityAreas])),
    counties: count(awarded.map((a) => [...a.counties])),
  };
}
