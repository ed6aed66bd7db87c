/**
 * A report on one school year of an award (ADR 103): its shape (a draft saved as you type —
 * every field optional, unknown keys refused), and what a submission needs, checked against the
 * application it reports on. Plain schemas and pure functions: the web form imports this too.
 */
import * as z from 'zod/mini';
import {
  APPLICATION_LIMITS,
  artSubjectsChoiceSchema,
  type ApplicationDraft,
  type FieldIssue,
} from '../domain/application.ts';

// Made in a call marked pure: its property reads kept it in every bundle of the module (ADR 122).
export const REPORT_LIMITS = /* @__PURE__ */ (() =>
  ({
    textLength: 4000,
    groups: 20,
    groupLength: 200,
    pupils: APPLICATION_LIMITS.expectedPupils,
    activities: APPLICATION_LIMITS.activityAreas,
    spendingLines: APPLICATION_LIMITS.costLines,
    commentLength: 300,
    amount: APPLICATION_LIMITS.amount,
    messageLength: 4000,
  }) as const)();
const L = REPORT_LIMITS;

const text = (max: number) => z.string().check(z.maxLength(max));
const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

export const reportDraftSchema = /* @__PURE__ */ (() =>
  z.partial(
    z.strictObject({
      /** What was done in each activity area the application named (by its code). */
      activities: z
        .array(
          z.strictObject({ code: text(APPLICATION_LIMITS.activityAreaCodeLength), done: text(L.textLength) }),
        )
        .check(z.maxLength(L.activities)),
      /** Pupils reached, by the target groups the application named (one row per group). */
      pupils: z
        .array(z.strictObject({ group: text(L.groupLength), count: count(L.pupils) }))
        .check(z.maxLength(L.groups)),
      /** The art subjects taught. */
      artSubjects: z.partial(artSubjectsChoiceSchema),
      /** What the partners did. */
      partners: text(L.textLength),
      /** What was spent on each cost line of the school year's budget (by its index), and why it differs. */
      spending: z
        .array(
          z.strictObject({
            line: count(L.spendingLines),
            spent: count(L.amount),
            comment: z.optional(text(L.commentLength)),
          }),
        )
        .check(z.maxLength(L.spendingLines)),
      /** How the offer continues after the support. */
      continuation: text(L.textLength),
    }),
  ))();
export type ReportDraft = z.output<typeof reportDraftSchema>;

export const REPORT_ISSUE_CODES = [
  'REPORT_ACTIVITY_REQUIRED',
  'REPORT_PUPILS_REQUIRED',
  'REPORT_GROUP_REQUIRED',
  'REPORT_ART_SUBJECTS_REQUIRED',
  'REPORT_PARTNERS_REQUIRED',
  'REPORT_SPENDING_REQUIRED',
  'REPORT_CONTINUATION_REQUIRED',
] as const;
export type ReportIssueCode = (typeof REPORT_ISSUE_CODES)[number];

const filled = (value: string | undefined) => !!value && value.trim().length > 0;

/** The cost lines of the application's budget for a school year, in the form's order. */
export const costLinesOf = (application: ApplicationDraft, schoolYear: string) =>
  application.budget?.find((entry) => entry.schoolYear === schoolYear)?.costLines ?? [];

/**
 * What a report still lacks before it can be submitted: an account of each activity area the
 * application named, pupils reached by group, at least one art subject, the partners' part
 * when it named partners, what was spent on each cost line of the year, and how the offer goes on.
 */
export function reportIssues(
  report: ReportDraft,
  application: ApplicationDraft,
  schoolYear: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (path: string, code: ReportIssueCode) => issues.push({ path, code });
  const activities = report.activities ?? [];
  for (const area of application.activityAreas ?? []) {
    const index = activities.findIndex((entry) => entry.code === area.code);
    if (index < 0 || !filled(activities[index]!.done))
      add(`activities.${index < 0 ? area.code : index}.done`, 'REPORT_ACTIVITY_REQUIRED');
  }
  const pupils = report.pupils ?? [];
  if (pupils.length === 0) add('pupils', 'REPORT_PUPILS_REQUIRED');
  for (const [index, row] of pupils.entries()) {
    if (!filled(row.group)) add(`pupils.${index}.group`, 'REPORT_GROUP_REQUIRED');
  }
  if (!report.artSubjects?.subjects?.length && !filled(report.artSubjects?.other))
    add('artSubjects', 'REPORT_ART_SUBJECTS_REQUIRED');
  const partnered =
    (application.partners ?? []).length + (application.partnerMunicipalities ?? []).length > 0;
  if (partnered && !filled(report.partners)) add('partners', 'REPORT_PARTNERS_REQUIRED');
  const spending = report.spending ?? [];
  for (const [line] of costLinesOf(application, schoolYear).entries()) {
    if (!spending.some((entry) => entry.line === line))
      add(`spending.${line}.spent`, 'REPORT_SPENDING_REQUIRED');
  }
  if (!filled(report.continuation)) add('continuation', 'REPORT_CONTINUATION_REQUIRED');
  return issues;
}

/** A report's state: saved as a draft, submitted, returned with a question, approved. */
export const REPORT_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The applicant may edit a report that is a draft or was returned with a question. */
export const reportEditable = (status: ReportStatus) => status === 'DRAFT' || status === 'RETURNED';
