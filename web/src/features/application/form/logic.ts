/**
 * The form's logic, free of React: its steps, which rule belongs to which step and field,
 * the budget's derived figures, and what differs between two drafts. The rules themselves
 * are the API's own (`validateSubmission`, `validateDraft`, `budgetSummary` from
 * shared/domain/application.ts), so the browser and the server cannot disagree.
 */
import {
  budgetSummary,
  validateSubmission,
  type ApplicationDraft,
  type BudgetSummary,
  type FieldIssue,
} from '../../../../../shared/domain/application.ts';
import type { Round } from '../../../../../shared/domain/rounds/schema.ts';
import { message } from '../../../../../shared/i18n/index.ts';
import type { Locale } from '../../../../../shared/i18n/locale.ts';
import type { AttachmentView } from '../types.ts';
import type { FormKey } from '../text.ts';

export type DraftKey = keyof ApplicationDraft;

/** The steps, in the order of the domain; each owns the draft's top-level fields it edits. */
export const STEPS = [
  {
    id: 'project',
    label: 'step.project',
    fields: ['title', 'leadMunicipality', 'partnerMunicipalities', 'partners'],
  },
  { id: 'activities', label: 'step.activities', fields: ['schoolYears', 'activityAreas'] },
  { id: 'pupils', label: 'step.pupils', fields: ['artSubjects', 'targetGroup', 'expectedPupils'] },
  { id: 'anchoring', label: 'step.anchoring', fields: ['anchoring', 'attachments'] },
  { id: 'sustainability', label: 'step.sustainability', fields: ['sustainability'] },
  { id: 'budget', label: 'step.budget', fields: ['budget'] },
  { id: 'contact', label: 'step.contact', fields: ['contact'] },
  { id: 'review', label: 'step.review', fields: [] },
] as const satisfies readonly { id: string; label: FormKey; fields: readonly string[] }[];

export type StepId = (typeof STEPS)[number]['id'];
export const STEP_IDS: readonly StepId[] = STEPS.map((step) => step.id);

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

/** An API path as the draft sees it: a PUT's issues carry a 'draft.' prefix. */
export function draftPath(path: string): string {
  return path.startsWith('draft.') ? path.slice('draft.'.length) : path;
}

/** The step that edits the field at `path` ('partners.0.name' → 'project'); review for the rest. */
export function stepOf(path: string): StepId {
  const head = draftPath(path).split('.')[0] ?? '';
  return STEPS.find((step) => (step.fields as readonly string[]).includes(head))?.id ?? 'review';
}

/**
 * The id of the input an issue's path points at, so an error-summary link can focus it.
 * Group-level paths point at the group's first control.
 */
export function fieldId(path: string): string {
  const parts = draftPath(path).split('.');
  const [head, index, tail, lineIndex, lineField] = parts;
  switch (head) {
    case 'schoolYears':
    case 'artSubjects':
    case 'partnerMunicipalities':
    case 'attachments':
      return `field-${head}`;
    case 'activityAreas':
      return tail === 'measure' ? `field-activityAreas-${index}-measure` : 'field-activityAreas';
    case 'budget':
      if (index === undefined) return 'field-budget';
      if (tail === undefined) return `field-budget-${index}-ownContribution`;
      if (tail === 'costLines') {
        return `field-budget-${index}-costLines-${lineIndex ?? 0}-${lineField ?? 'description'}`;
      }
      if (tail === 'schoolYear') return `field-budget-${index}`;
      return `field-budget-${index}-${tail}`;
    default:
      return `field-${parts.join('-')}`;
  }
}

/** Letters of intent the server has checked and accepted: what the rules count. */
export const acceptedLettersOfIntent = (attachments: readonly AttachmentView[]) =>
  attachments.filter((a) => a.kind === 'letterOfIntent' && a.status === 'ACCEPTED').length;

/** Attachments the server has not judged yet: the application waits for them (ADR 060). */
export const pendingAttachments = (attachments: readonly AttachmentView[]) =>
  attachments.filter((a) => a.status === 'PENDING').length;

/** Every rule of the scheme the draft does not meet yet: the API's `unmetRules`, computed here. */
export function unmetRules(
  draft: ApplicationDraft,
  round: Parameters<typeof validateSubmission>[1],
  attachments: readonly AttachmentView[],
): FieldIssue[] {
  const check = validateSubmission(draft, round, {
    letterOfIntentCount: acceptedLettersOfIntent(attachments),
    letters: attachments,
    pendingAttachmentCount: pendingAttachments(attachments),
  });
  return check.ok ? [] : check.issues;
}

export interface ShownIssue {
  path: string;
  code: string;
  message: string;
  step: StepId;
  target: string;
}

/** Issues with their message in the language, their step and the input to focus. */
export function describeIssues(issues: readonly FieldIssue[], locale: Locale): ShownIssue[] {
  return issues.map((issue) => ({
    path: draftPath(issue.path),
    code: issue.code,
    message: message(issue.code, locale, issue.params),
    step: stepOf(issue.path),
    target: fieldId(issue.path),
  }));
}

/** Issues with a message already (from the API): their step and input. */
export function placeIssues(
  issues: readonly { path: string; code: string; message: string }[],
): ShownIssue[] {
  return issues.map((issue) => ({
    ...issue,
    path: draftPath(issue.path),
    step: stepOf(issue.path),
    target: fieldId(issue.path),
  }));
}

export function issuesOfStep(issues: readonly ShownIssue[], step: StepId): ShownIssue[] {
  return step === 'review' ? [...issues] : issues.filter((issue) => issue.step === step);
}

/** The message(s) for one input: several issues on the same input are read together. */
export function errorsByField(issues: readonly ShownIssue[]): Map<string, string> {
  const byField = new Map<string, string>();
  for (const issue of issues) {
    const previous = byField.get(issue.target);
    if (previous === undefined) byField.set(issue.target, issue.message);
    else if (!previous.includes(issue.message)) byField.set(issue.target, `${previous} ${issue.message}`);
  }
  return byField;
}

// ---------------------------------------------------------------------------------------------
// Budget
// ---------------------------------------------------------------------------------------------

export type BudgetEntryDraft = NonNullable<ApplicationDraft['budget']>[number];

export const emptyBudgetEntry = (schoolYear: string): BudgetEntryDraft => ({
  schoolYear,
  costLines: [{ description: '', amount: 0 }],
  ownContribution: 0,
  otherFunding: 0,
});

/**
 * One budget entry per chosen school year, in the round's order; entries for school years
 * no longer chosen are kept (with their figures) until the applicant removes them.
 */
export function withBudgetForSchoolYears(
  draft: ApplicationDraft,
  round: Pick<Round, 'schoolYears'>,
): ApplicationDraft {
  const chosen = new Set(draft.schoolYears ?? []);
  const budget = [...(draft.budget ?? [])];
  let changed = false;
  for (const year of round.schoolYears) {
    if (chosen.has(year.id) && !budget.some((entry) => entry.schoolYear === year.id)) {
      budget.push(emptyBudgetEntry(year.id));
      changed = true;
    }
  }
  if (!changed) return draft;
  const order = (id: string) => {
    const index = round.schoolYears.findIndex((year) => year.id === id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return { ...draft, budget: budget.toSorted((a, b) => order(a.schoolYear) - order(b.schoolYear)) };
}

/** The derived figures the budget step shows live: per school year and in total. */
export function budgetFigures(draft: ApplicationDraft): BudgetSummary {
  return budgetSummary(draft.budget ?? []);
}

// ---------------------------------------------------------------------------------------------
// Conflicts: what another tab saved, against what this tab has
// ---------------------------------------------------------------------------------------------

/** The draft's fields in the order of the form. */
export const DRAFT_FIELDS: readonly DraftKey[] = [
  'title',
  'leadMunicipality',
  'partnerMunicipalities',
  'partners',
  'schoolYears',
  'activityAreas',
  'artSubjects',
  'targetGroup',
  'expectedPupils',
  'anchoring',
  'sustainability',
  'budget',
  'contact',
];

/** Stable JSON (sorted keys), so key order never counts as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).toSorted(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (value !== null && typeof value === 'object' && Object.values(value).every(isEmpty));

/** The top-level fields whose values differ (an absent field and an empty one are the same). */
export function changedFields(mine: ApplicationDraft, theirs: ApplicationDraft): DraftKey[] {
  return DRAFT_FIELDS.filter((key) => {
    const [a, b] = [mine[key], theirs[key]];
    if (isEmpty(a) && isEmpty(b)) return false;
    return canonical(a) !== canonical(b);
  });
}
