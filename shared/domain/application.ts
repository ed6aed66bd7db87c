/**
 * The application (søknad): one zod source for the API, the table and the web form.
 *
 * - `applicationDraftSchema` is structural only: every field may be missing (drafts save as
 *   the applicant types), wrong types and oversize values are refused, and so is a key the
 *   schema does not know, at any depth (ADR 062: a misspelt field must not silently empty
 *   the saved one).
 * - `validateSubmission` applies every rule of the scheme against a round and returns ALL
 *   issues at once, each with a stable code from the i18n catalogue and a dot-joined path.
 * - The requested amount is never typed: `budgetSummary` derives it per school year as
 *   costs − own contribution − other funding.
 */
import * as z from 'zod/mini';
import { ART_SUBJECTS, type ArtSubject } from './art-subjects.ts';
import { commitmentOf, type AnchoringRule, type LetterLike } from './attachments.ts';
import { findMunicipality } from './municipalities/index.ts';
import {
  PARTNER_TYPES,
  isValidOrganisationNumber,
  normaliseOrganisationNumber,
  type PartnerType,
} from './partners.ts';
import type { RoundSchedule } from './rounds/schema.ts';

// ---------------------------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------------------------

/** Maximum lengths and counts; the form shows the same limits. */
export const APPLICATION_LIMITS = {
  titleLength: 200,
  nameLength: 200,
  organisationNumberLength: 20,
  partnerMunicipalities: 50,
  partners: 50,
  schoolYearsInDraft: 10,
  schoolYears: 2,
  schoolYearIdLength: 20,
  activityAreas: 20,
  activityAreaCodeLength: 10,
  measureLength: 4000,
  artSubjectOtherLength: 200,
  targetGroupLength: 2000,
  expectedPupils: 100_000,
  anchoringLength: 6000,
  sustainabilityLength: 6000,
  budgetEntries: 10,
  costLines: 50,
  costDescriptionLength: 300,
  /** Whole NOK; far above any realistic grant, low enough to stay exact in a double. */
  amount: 1_000_000_000,
  emailLength: 254,
  phoneLength: 30,
} as const;

const L = APPLICATION_LIMITS;

// ---------------------------------------------------------------------------------------------
// Schemas — each item shape is written once. A draft is the same shape with every top-level
// field optional and no completeness rules; `validateSubmission` adds those. Every object is
// strict: an unknown key is an error with its path (FIELD_UNKNOWN), never dropped (ADR 062).
// ---------------------------------------------------------------------------------------------

// zod/mini (ADR 077): the same library as the API's other schemas, functional checks instead of
// methods, so a bundle carries only the parts it calls. Each module-level schema is marked pure
// (ADR 070): a bundle that imports this module for a rule keeps no schema it does not parse with.
const text = (max: number) => z.string().check(z.maxLength(max));
const nok = () => z.int().check(z.minimum(0), z.maximum(L.amount));
/** kommunenummer: four digits, leading zero kept ('0301'). */
export const municipalityNumberSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^\d{4}$/), z.maxLength(4)))();

export const partnerSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    type: /* @__PURE__ */ z.enum(PARTNER_TYPES),
    name: /* @__PURE__ */ text(L.nameLength),
    organisationNumber: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(L.organisationNumberLength)),
  }))();
/**
 * The party a letter of intent comes from (ADR 098): a municipality by kommunenummer, or a
 * partner by name (`AttachmentParty` in ./attachments.ts).
 */
export const attachmentPartySchema = /* @__PURE__ */ (() =>
  z.union([
    /* @__PURE__ */ z.strictObject({ municipality: municipalityNumberSchema }),
    /* @__PURE__ */ z.strictObject({
      partner: /* @__PURE__ */ z
        .string()
        .check(
          /* @__PURE__ */ z.trim(),
          /* @__PURE__ */ z.minLength(1),
          /* @__PURE__ */ z.maxLength(L.nameLength),
        ),
    }),
  ]))();

export const activityAreaChoiceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    code: /* @__PURE__ */ text(L.activityAreaCodeLength),
    /** What the applicants will do in this area (tiltak). */
    measure: /* @__PURE__ */ text(L.measureLength),
  }))();
export const artSubjectsChoiceSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    subjects: /* @__PURE__ */ z
      .array(/* @__PURE__ */ z.enum(ART_SUBJECTS))
      .check(/* @__PURE__ */ z.maxLength(ART_SUBJECTS.length)),
    /** An art subject not in the list, in the applicant's words. */
    other: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(L.artSubjectOtherLength)),
  }))();
export const costLineSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    description: /* @__PURE__ */ text(L.costDescriptionLength),
    /** Whole NOK. */
    amount: /* @__PURE__ */ nok(),
  }))();
export const budgetEntrySchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Id of one of the application's school years. */
    schoolYear: /* @__PURE__ */ text(L.schoolYearIdLength),
    costLines: /* @__PURE__ */ z.array(costLineSchema).check(/* @__PURE__ */ z.maxLength(L.costLines)),
    /** Whole NOK the municipalities put in themselves (egenandel). */
    ownContribution: /* @__PURE__ */ nok(),
    /** Whole NOK from other sources. */
    otherFunding: /* @__PURE__ */ nok(),
  }))();
export const contactSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: /* @__PURE__ */ text(L.nameLength),
    email: /* @__PURE__ */ text(L.emailLength),
    phone: /* @__PURE__ */ text(L.phoneLength),
  }))();

/** A list of at most `max` items. */
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

const applicationShape = /* @__PURE__ */ (() => ({
  /** Project name. */
  title: text(L.titleLength),
  /** The lead municipality's kommunenummer (søkerkommune). */
  leadMunicipality: municipalityNumberSchema,
  /** The partner municipalities' kommunenummer (samarbeidskommuner). */
  partnerMunicipalities: list(municipalityNumberSchema, L.partnerMunicipalities),
  /** Partners (samarbeidsparter) other than municipalities. */
  partners: list(partnerSchema, L.partners),
  /** Ids of the round's school years, e.g. '2022-2023'. */
  schoolYears: list(text(L.schoolYearIdLength), L.schoolYearsInDraft),
  activityAreas: list(activityAreaChoiceSchema, L.activityAreas),
  artSubjects: artSubjectsChoiceSchema,
  targetGroup: text(L.targetGroupLength),
  expectedPupils: z.int().check(z.minimum(0), z.maximum(L.expectedPupils)),
  /** Forankring: political and administrative commitment. */
  anchoring: text(L.anchoringLength),
  /** Bærekraft: how the measure lives on after the funding. */
  sustainability: text(L.sustainabilityLength),
  /** One entry per chosen school year. The requested amount is derived, never typed. */
  budget: list(budgetEntrySchema, L.budgetEntries),
  contact: contactSchema,
}))();

/**
 * A draft: every field optional — also inside the field groups `contact` and `artSubjects` —
 * unknown keys, wrong types and oversize values refused. A row of a list (a partner,
 * an activity area, a budget entry, a cost line) keeps its shape: the form sends '' and 0
 * for what is not typed yet, and `validateSubmission` says what is still missing.
 */
export const applicationDraftSchema = /* @__PURE__ */ (() =>
  z.partial(
    /* @__PURE__ */ z.strictObject({
      ...applicationShape,
      artSubjects: /* @__PURE__ */ z.partial(artSubjectsChoiceSchema),
      contact: /* @__PURE__ */ z.partial(contactSchema),
    }),
  ))();

export type ApplicationDraft = z.infer<typeof applicationDraftSchema>;

/**
 * The complete application's shape (what `validateSubmission` returns once every rule holds).
 * The scheme's rules themselves live in `validateSubmission`, which needs the round.
 */
export const applicationSchema = /* @__PURE__ */ z.strictObject(applicationShape);

export type Application = z.infer<typeof applicationSchema>;
export type Partner = Application['partners'][number];
export type ActivityAreaChoice = Application['activityAreas'][number];
export type BudgetEntry = Application['budget'][number];
export type CostLine = BudgetEntry['costLines'][number];
export type { ArtSubject, PartnerType };

// ---------------------------------------------------------------------------------------------
// Field issues
// ---------------------------------------------------------------------------------------------

export interface FieldIssue {
  /** Dot-joined path into the application, e.g. 'partners.0.organisationNumber'; '' for the whole. */
  path: string;
  /** Stable code; its message is in the i18n catalogue. */
  code: string;
  params?: Record<string, string | number>;
}

/** Codes for structural problems, as `issuesFromZod` reports them. */
export const STRUCTURAL_ISSUE_CODES = [
  'FIELD_REQUIRED',
  'FIELD_INVALID_TYPE',
  'FIELD_INVALID',
  'FIELD_UNKNOWN',
  'TEXT_TOO_SHORT',
  'TEXT_TOO_LONG',
  'NUMBER_NOT_INTEGER',
  'NUMBER_NEGATIVE',
  'NUMBER_TOO_SMALL',
  'NUMBER_TOO_LARGE',
  'LIST_TOO_SHORT',
  'LIST_TOO_LONG',
  'VALUE_NOT_ALLOWED',
  'FORMAT_INVALID',
] as const;

/** Codes for the scheme's rules, as `validateSubmission` reports them. */
export const SUBMISSION_ISSUE_CODES = [
  'TITLE_REQUIRED',
  'LEAD_MUNICIPALITY_REQUIRED',
  'MUNICIPALITY_UNKNOWN',
  'MUNICIPALITIES_TOO_FEW',
  'LEAD_MUNICIPALITY_AMONG_PARTNERS',
  'PARTNER_MUNICIPALITY_DUPLICATE',
  'PARTNER_NAME_REQUIRED',
  'ORGANISATION_NUMBER_INVALID',
  'ORGANISATION_NUMBER_CHECK_DIGIT',
  'SCHOOL_YEARS_REQUIRED',
  'SCHOOL_YEARS_TOO_MANY',
  'SCHOOL_YEAR_UNKNOWN',
  'SCHOOL_YEAR_DUPLICATE',
  'ACTIVITY_AREAS_REQUIRED',
  'ACTIVITY_AREA_UNKNOWN',
  'ACTIVITY_AREA_DUPLICATE',
  'ACTIVITY_AREA_MEASURE_REQUIRED',
  'ART_SUBJECTS_REQUIRED',
  'ART_SUBJECT_NOT_IN_ROUND',
  'TARGET_GROUP_REQUIRED',
  'EXPECTED_PUPILS_REQUIRED',
  'EXPECTED_PUPILS_TOO_FEW',
  'ANCHORING_REQUIRED',
  'LETTER_OF_INTENT_REQUIRED',
  'LETTER_OF_INTENT_MUNICIPALITY_MISSING',
  'LETTER_OF_INTENT_PARTNER_MISSING',
  'ATTACHMENTS_PENDING',
  'SUSTAINABILITY_REQUIRED',
  'BUDGET_REQUIRED',
  'BUDGET_SCHOOL_YEAR_MISSING',
  'BUDGET_SCHOOL_YEAR_NOT_CHOSEN',
  'BUDGET_SCHOOL_YEAR_DUPLICATE',
  'BUDGET_COST_LINES_REQUIRED',
  'BUDGET_COST_DESCRIPTION_REQUIRED',
  'BUDGET_COST_AMOUNT_NOT_POSITIVE',
  'BUDGET_FUNDING_EXCEEDS_COSTS',
  'BUDGET_REQUESTED_NOT_POSITIVE',
  'BUDGET_CO_FUNDING_TOO_LOW',
  'CONTACT_NAME_REQUIRED',
  'CONTACT_EMAIL_REQUIRED',
  'CONTACT_EMAIL_INVALID',
  'CONTACT_PHONE_REQUIRED',
  'CONTACT_PHONE_INVALID',
] as const;

/** Every code a FieldIssue from this module can carry (a pure call: a bundle that never reads it drops it). */
export const FIELD_ISSUE_CODES = /* @__PURE__ */ (STRUCTURAL_ISSUE_CODES as readonly FieldIssueCode[]).concat(
  SUBMISSION_ISSUE_CODES,
);
export type FieldIssueCode =
  (typeof STRUCTURAL_ISSUE_CODES)[number] | (typeof SUBMISSION_ISSUE_CODES)[number];

/** Dot-joined path: ['partners', 0, 'name'] → 'partners.0.name'. */
export function joinPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'symbol' ? (key.description ?? '') : String(key))).join('.');
}

/**
 * Field issues from any zod error (drafts, and any request body the API parses), mapped to
 * the catalogue's structural codes. A custom issue may carry its own `params.code`.
 */
export function issuesFromZod(error: z.core.$ZodError, input?: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const path = joinPath(issue.path);
    // With the input at hand a missing value is certain; without it, zod's message tells.
    const missing =
      input !== undefined
        ? valueAt(input, issue.path) === undefined
        : /received undefined$/.test(issue.message ?? '');
    switch (issue.code) {
      case 'invalid_type': {
        if (missing) issues.push({ path, code: 'FIELD_REQUIRED' });
        else if (issue.expected === 'int') issues.push({ path, code: 'NUMBER_NOT_INTEGER' });
        else issues.push({ path, code: 'FIELD_INVALID_TYPE', params: { expected: String(issue.expected) } });
        break;
      }
      case 'too_small': {
        const min = Number(issue.minimum);
        if (issue.origin === 'string') {
          issues.push(
            min <= 1 ? { path, code: 'FIELD_REQUIRED' } : { path, code: 'TEXT_TOO_SHORT', params: { min } },
          );
        } else if (issue.origin === 'array' || issue.origin === 'set') {
          issues.push({ path, code: 'LIST_TOO_SHORT', params: { min } });
        } else if (min === 0) {
          // Kroner and pupils: a minus sign is its own mistake, not a too-small number.
          issues.push({ path, code: 'NUMBER_NEGATIVE' });
        } else {
          issues.push({ path, code: 'NUMBER_TOO_SMALL', params: { min } });
        }
        break;
      }
      case 'too_big': {
        const max = Number(issue.maximum);
        if (issue.origin === 'string') issues.push({ path, code: 'TEXT_TOO_LONG', params: { max } });
        else if (issue.origin === 'array' || issue.origin === 'set') {
          issues.push({ path, code: 'LIST_TOO_LONG', params: { max } });
        } else issues.push({ path, code: 'NUMBER_TOO_LARGE', params: { max } });
        break;
      }
      case 'not_multiple_of':
        issues.push({ path, code: issue.divisor === 1 ? 'NUMBER_NOT_INTEGER' : 'FIELD_INVALID' });
        break;
      case 'invalid_format':
        issues.push({ path, code: 'FORMAT_INVALID', params: { format: issue.format } });
        break;
      case 'invalid_value':
        issues.push({ path, code: missing ? 'FIELD_REQUIRED' : 'VALUE_NOT_ALLOWED' });
        break;
      case 'unrecognized_keys':
        // The key itself is in the message: the path may be a key the applicant never typed.
        for (const key of issue.keys)
          issues.push({
            path: joinPath([...issue.path, key]),
            code: 'FIELD_UNKNOWN',
            params: { field: key },
          });
        break;
      case 'custom': {
        const code = issue.params?.code;
        issues.push({ path, code: typeof code === 'string' ? code : 'FIELD_INVALID' });
        break;
      }
      default:
        issues.push({ path, code: 'FIELD_INVALID' });
    }
  }
  return issues;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Draft
// ---------------------------------------------------------------------------------------------

/** Structural validation of a draft: partial data is fine, wrong types are not. */
export function validateDraft(
  input: unknown,
): { ok: true; draft: ApplicationDraft } | { ok: false; issues: FieldIssue[] } {
  const parsed = applicationDraftSchema.safeParse(input);
  return parsed.success
    ? { ok: true, draft: parsed.data }
    : { ok: false, issues: issuesFromZod(parsed.error, input) };
}

// ---------------------------------------------------------------------------------------------
// Budget
// ---------------------------------------------------------------------------------------------

export interface BudgetFigures {
  costs: number;
  ownContribution: number;
  otherFunding: number;
  /** costs − ownContribution − otherFunding: never typed, always derived. */
  requested: number;
}

export interface BudgetSummary {
  perSchoolYear: (BudgetFigures & { schoolYear: string })[];
  total: BudgetFigures;
}

/** Any budget, complete or still being typed: missing figures count as 0. */
export type BudgetInput =
  | readonly {
      schoolYear?: string;
      costLines?: readonly { amount?: number }[];
      ownContribution?: number;
      otherFunding?: number;
    }[]
  | undefined;

/** Sums a budget per school year and in total. Missing figures count as 0. */
export function budgetSummary(budget: BudgetInput): BudgetSummary {
  const perSchoolYear = (budget ?? []).map((entry) => {
    const costs = (entry.costLines ?? []).reduce((sum, line) => sum + (line.amount ?? 0), 0);
    const ownContribution = entry.ownContribution ?? 0;
    const otherFunding = entry.otherFunding ?? 0;
    return {
      schoolYear: entry.schoolYear ?? '',
      costs,
      ownContribution,
      otherFunding,
      requested: costs - ownContribution - otherFunding,
    };
  });
  const total = perSchoolYear.reduce(
    (sum, year) => ({
      costs: sum.costs + year.costs,
      ownContribution: sum.ownContribution + year.ownContribution,
      otherFunding: sum.otherFunding + year.otherFunding,
      requested: sum.requested + year.requested,
    }),
    { costs: 0, ownContribution: 0, otherFunding: 0, requested: 0 },
  );
  return { perSchoolYear, total };
}

// ---------------------------------------------------------------------------------------------
// Submission
// ---------------------------------------------------------------------------------------------

const MIN_MUNICIPALITIES = 2;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)*\.[A-Za-z]{2,}$/;
/** Norwegian number: 8 digits, optionally +47 or 0047 first; spaces allowed anywhere. */
const PHONE_PATTERN = /^(?:\+47|0047)?\d{8}$/;

export function isValidEmail(value: string): boolean {
  return value.length <= L.emailLength && EMAIL_PATTERN.test(value);
}

export function isValidNorwegianPhone(value: string): boolean {
  return PHONE_PATTERN.test(value.replace(/\s+/g, ''));
}

const filled = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/**
 * Applies every rule of the scheme to a (structurally valid) draft for a round. Returns the
 * complete application, or every issue found — never just the first.
 * `ctx.letterOfIntentCount`: how many letters of intent (intensjonsavtaler) are attached and
 * accepted; `ctx.letters`: the attachments with their kind, party and status, for a round
 * whose `anchoring` asks for a letter per municipality and/or partner (ADR 098);
 * `ctx.pendingAttachmentCount`: how many attachments still wait for their check — an
 * application is not submitted while one does (ADR 060).
 */
export function validateSubmission(
  draft: ApplicationDraft,
  round: Pick<RoundSchedule, 'division' | 'schoolYears' | 'activityAreas' | 'artSubjects' | 'coFunding'> & {
    anchoring?: AnchoringRule;
  },
  ctx: { letterOfIntentCount: number; letters?: readonly LetterLike[]; pendingAttachmentCount?: number },
): { ok: true; application: Application } | { ok: false; issues: FieldIssue[] } {
  // A stored draft is trusted to be structural, but the rules below must never crash on input.
  const structural = applicationDraftSchema.safeParse(draft);
  if (!structural.success) return { ok: false, issues: issuesFromZod(structural.error, draft) };
  const d = structural.data;
  const issues: FieldIssue[] = [];
  const add = (path: string, code: FieldIssueCode, params?: FieldIssue['params']) =>
    issues.push(params ? { path, code, params } : { path, code });

  // Title
  if (!filled(d.title)) add('title', 'TITLE_REQUIRED');

  // Municipalities: lead + partners, at least two distinct, all known in the round's division.
  const lead = d.leadMunicipality;
  const partnerMunicipalities = d.partnerMunicipalities ?? [];
  if (lead === undefined) add('leadMunicipality', 'LEAD_MUNICIPALITY_REQUIRED');
  else if (!findMunicipality(round.division, lead))
    add('leadMunicipality', 'MUNICIPALITY_UNKNOWN', { number: lead });
  const seenPartners = new Set<string>();
  for (const [index, number] of partnerMunicipalities.entries()) {
    const path = `partnerMunicipalities.${index}`;
    if (!findMunicipality(round.division, number)) add(path, 'MUNICIPALITY_UNKNOWN', { number });
    if (number === lead) add(path, 'LEAD_MUNICIPALITY_AMONG_PARTNERS', { number });
    else if (seenPartners.has(number)) add(path, 'PARTNER_MUNICIPALITY_DUPLICATE', { number });
    seenPartners.add(number);
  }
  const distinct = new Set([...(lead === undefined ? [] : [lead]), ...partnerMunicipalities]);
  if (distinct.size < MIN_MUNICIPALITIES)
    add('partnerMunicipalities', 'MUNICIPALITIES_TOO_FEW', { min: MIN_MUNICIPALITIES });

  // Partners (samarbeidsparter): optional, but each one named, typed, and with a valid org number if given.
  for (const [index, partner] of (d.partners ?? []).entries()) {
    if (!filled(partner.name)) add(`partners.${index}.name`, 'PARTNER_NAME_REQUIRED');
    if (filled(partner.organisationNumber) && !isValidOrganisationNumber(partner.organisationNumber)) {
      // One message per rule: nine digits with a wrong check digit is a typo, not a wrong length.
      const nineDigits = /^\d{9}$/.test(normaliseOrganisationNumber(partner.organisationNumber));
      add(
        `partners.${index}.organisationNumber`,
        nineDigits ? 'ORGANISATION_NUMBER_CHECK_DIGIT' : 'ORGANISATION_NUMBER_INVALID',
      );
    }
  }

  // School years: one or two of the round's.
  const schoolYears = d.schoolYears ?? [];
  const roundSchoolYears = new Set(round.schoolYears.map((year) => year.id));
  if (schoolYears.length === 0) add('schoolYears', 'SCHOOL_YEARS_REQUIRED');
  if (schoolYears.length > L.schoolYears) add('schoolYears', 'SCHOOL_YEARS_TOO_MANY', { max: L.schoolYears });
  for (const [index, schoolYear] of schoolYears.entries()) {
    if (!roundSchoolYears.has(schoolYear)) add(`schoolYears.${index}`, 'SCHOOL_YEAR_UNKNOWN', { schoolYear });
    else if (schoolYears.indexOf(schoolYear) !== index) {
      add(`schoolYears.${index}`, 'SCHOOL_YEAR_DUPLICATE', { schoolYear });
    }
  }

  // Activity areas: at least one, each from the round's catalogue, once, with its measure described.
  const areas = d.activityAreas ?? [];
  const catalogue = new Set(round.activityAreas.map((area) => area.code));
  if (areas.length === 0) add('activityAreas', 'ACTIVITY_AREAS_REQUIRED');
  const seenCodes = new Set<string>();
  for (const [index, area] of areas.entries()) {
    const code = area.code;
    if (!catalogue.has(code)) add(`activityAreas.${index}.code`, 'ACTIVITY_AREA_UNKNOWN', { code });
    else if (seenCodes.has(code)) add(`activityAreas.${index}.code`, 'ACTIVITY_AREA_DUPLICATE', { code });
    seenCodes.add(code);
    if (!filled(area.measure))
      add(`activityAreas.${index}.measure`, 'ACTIVITY_AREA_MEASURE_REQUIRED', { code });
  }

  // Art subjects: at least one of the round's, or the 'other' text.
  const subjects = d.artSubjects?.subjects ?? [];
  if (subjects.length === 0 && !filled(d.artSubjects?.other)) add('artSubjects', 'ART_SUBJECTS_REQUIRED');
  for (const [index, subject] of subjects.entries()) {
    if (!round.artSubjects.includes(subject)) {
      add(`artSubjects.subjects.${index}`, 'ART_SUBJECT_NOT_IN_ROUND', { subject });
    }
  }

  // Target group and pupils.
  if (!filled(d.targetGroup)) add('targetGroup', 'TARGET_GROUP_REQUIRED');
  if (d.expectedPupils === undefined) add('expectedPupils', 'EXPECTED_PUPILS_REQUIRED');
  else if (d.expectedPupils < 1) add('expectedPupils', 'EXPECTED_PUPILS_TOO_FEW', { min: 1 });

  // Anchoring needs both the text and at least one letter of intent attached.
  if (!filled(d.anchoring)) add('anchoring', 'ANCHORING_REQUIRED');
  // A round may ask for a letter tied to each municipality and/or partner (ADR 098): each party
  // without one is named; otherwise (and always when there is no party yet) one letter at least.
  const rule = round.anchoring;
  let missingParty = false;
  if (rule && (rule.letterPerMunicipality || rule.letterPerPartner)) {
    for (const party of commitmentOf(d, ctx.letters ?? [])) {
      if (party.documented) continue;
      if ('municipality' in party.party) {
        if (!rule.letterPerMunicipality) continue;
        const number = party.party.municipality;
        const name = findMunicipality(round.division, number)?.name;
        if (!name) continue; // an unknown number has its own issue above
        add('attachments', 'LETTER_OF_INTENT_MUNICIPALITY_MISSING', { municipality: name, number });
      } else {
        if (!rule.letterPerPartner) continue;
        add('attachments', 'LETTER_OF_INTENT_PARTNER_MISSING', { partner: party.party.partner });
      }
      missingParty = true;
    }
  }
  if (!missingParty && !(ctx.letterOfIntentCount >= 1)) add('attachments', 'LETTER_OF_INTENT_REQUIRED');
  if ((ctx.pendingAttachmentCount ?? 0) > 0) {
    add('attachments', 'ATTACHMENTS_PENDING', { count: ctx.pendingAttachmentCount! });
  }
  if (!filled(d.sustainability)) add('sustainability', 'SUSTAINABILITY_REQUIRED');

  // Budget: exactly one entry per chosen school year, each with costs and a positive request.
  const budget = d.budget ?? [];
  if (budget.length === 0) add('budget', 'BUDGET_REQUIRED');
  const chosen = new Set(schoolYears);
  const budgeted = new Set<string>();
  const summary = budgetSummary(budget);
  for (const [index, entry] of budget.entries()) {
    const path = `budget.${index}`;
    const schoolYear = entry.schoolYear;
    if (!chosen.has(schoolYear)) add(`${path}.schoolYear`, 'BUDGET_SCHOOL_YEAR_NOT_CHOSEN', { schoolYear });
    else if (budgeted.has(schoolYear))
      add(`${path}.schoolYear`, 'BUDGET_SCHOOL_YEAR_DUPLICATE', { schoolYear });
    budgeted.add(schoolYear);

    const lines = entry.costLines;
    if (lines.length === 0) add(`${path}.costLines`, 'BUDGET_COST_LINES_REQUIRED');
    for (const [lineIndex, line] of lines.entries()) {
      if (!filled(line.description)) {
        add(`${path}.costLines.${lineIndex}.description`, 'BUDGET_COST_DESCRIPTION_REQUIRED');
      }
      if (!(line.amount > 0)) {
        add(`${path}.costLines.${lineIndex}.amount`, 'BUDGET_COST_AMOUNT_NOT_POSITIVE');
      }
    }
    const figures = summary.perSchoolYear[index];
    if (figures && lines.length > 0) {
      if (figures.ownContribution + figures.otherFunding > figures.costs) {
        add(path, 'BUDGET_FUNDING_EXCEEDS_COSTS', { schoolYear, costs: figures.costs });
      } else if (figures.requested <= 0) {
        add(path, 'BUDGET_REQUESTED_NOT_POSITIVE', { schoolYear });
      }
    }
  }
  for (const schoolYear of chosen) {
    if (roundSchoolYears.has(schoolYear) && !budgeted.has(schoolYear)) {
      add('budget', 'BUDGET_SCHOOL_YEAR_MISSING', { schoolYear });
    }
  }
  // The round's co-funding rule (ADR 100): own contribution and other funding together cover at
  // least its share of the costs, over the whole application.
  const minimumPercent = round.coFunding?.minimumPercent;
  const { costs, ownContribution, otherFunding } = summary.total;
  if (
    minimumPercent !== undefined &&
    costs > 0 &&
    (ownContribution + otherFunding) * 100 < minimumPercent * costs
  ) {
    add('budget', 'BUDGET_CO_FUNDING_TOO_LOW', {
      percent: minimumPercent,
      required: Math.ceil((costs * minimumPercent) / 100),
      share: Math.floor(((ownContribution + otherFunding) * 100) / costs),
    });
  }

  // Contact person.
  const contact = d.contact ?? {};
  if (!filled(contact.name)) add('contact.name', 'CONTACT_NAME_REQUIRED');
  if (!filled(contact.email)) add('contact.email', 'CONTACT_EMAIL_REQUIRED');
  else if (!isValidEmail(contact.email.trim())) add('contact.email', 'CONTACT_EMAIL_INVALID');
  if (!filled(contact.phone)) add('contact.phone', 'CONTACT_PHONE_REQUIRED');
  else if (!isValidNorwegianPhone(contact.phone)) add('contact.phone', 'CONTACT_PHONE_INVALID');

  if (issues.length > 0) return { ok: false, issues };

  // Every rule passed: the fields are present. Build the complete application, trimmed.
  const trim = (value: string | undefined) => (value ?? '').trim();
  const other = trim(d.artSubjects?.other);
  const application: Application = {
    title: trim(d.title),
    leadMunicipality: lead as string,
    partnerMunicipalities: [...partnerMunicipalities],
    partners: (d.partners ?? []).map((partner) => {
      const organisationNumber = filled(partner.organisationNumber)
        ? normaliseOrganisationNumber(partner.organisationNumber)
        : undefined;
      return {
        type: partner.type,
        name: trim(partner.name),
        ...(organisationNumber ? { organisationNumber } : {}),
      };
    }),
    schoolYears: [...schoolYears],
    activityAreas: areas.map((area) => ({ code: area.code, measure: trim(area.measure) })),
    artSubjects: { subjects: [...subjects], ...(other ? { other } : {}) },
    targetGroup: trim(d.targetGroup),
    expectedPupils: d.expectedPupils as number,
    anchoring: trim(d.anchoring),
    sustainability: trim(d.sustainability),
    budget: budget.map((entry) => ({
      schoolYear: entry.schoolYear,
      costLines: entry.costLines.map((line) => ({
        description: trim(line.description),
        amount: line.amount,
      })),
      ownContribution: entry.ownContribution,
      otherFunding: entry.otherFunding,
    })),
    contact: { name: trim(contact.name), email: trim(contact.email), phone: trim(contact.phone) },
  };
  return { ok: true, application };
}
