/**
 * The table's items, as zod schemas: what each item type holds (its keys are built in keys.ts,
 * its writes are in the repository beside it). Every read goes through `parseItem`, so an item
 * that is malformed or from an older shape fails loudly — naming the item and what is wrong —
 * instead of being cast into a type it does not have (docs/decisions/072-stored-items-parsed-on-read.md).
 *
 * The schemas check shapes, not the API's input rules: a stored item passed those when it was
 * written, and a rule tightened later must not make it unreadable. The one exception is the
 * draft, whose schema is structural already and shared with the API and the web form. Objects
 * strip what they do not name (the keys, `type`, index attributes). The schemas use only the
 * functional forms (`z.optional(…)`, no method chains), so they read the same under `zod/mini`.
 * Types are inferred from them; those the domain declares itself are checked to be the same.
 */
import * as z from 'zod/mini';
import { applicationDraftSchema, attachmentPartySchema } from '../domain/application.ts';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_STATUSES,
  type AttachmentKind,
  type AttachmentStatus,
} from '../domain/attachments.ts';
import { COMMITTEES } from '../domain/committees.ts';
import { APPLICATION_OUTCOMES, APPLICATION_STATUSES, STAGES } from '../domain/stages.ts';
import type {
  Decision,
  ExpertAssessment,
  ExpertDecision,
  FinalDecision,
  GeographicDecision,
  Proposal,
} from '../domain/review.ts';

export type Item = Record<string, unknown>;

/** A stored item that does not have the shape its type says: the read fails with this. */
export class StoredItemInvalid extends Error {
  override name = 'StoredItemInvalid';
  constructor(
    readonly what: string,
    readonly key: { pk?: unknown; sk?: unknown },
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    // Paths and expectations only: the message never carries a stored value (personal data).
    super(
      `Stored ${what} ${String(key.pk)} / ${String(key.sk)} does not match its schema: ${issues
        .map((issue) => `${issue.path.join('.') || '(item)'}: ${describeIssue(issue)}`)
        .join('; ')}`,
    );
  }
}

/**
 * An issue in words without its value: zod/mini carries no locale, so its own message is only
 * "Invalid input" — the code and what was expected say which way the item is wrong.
 */
function describeIssue(issue: z.core.$ZodIssue): string {
  const expected =
    'expected' in issue && typeof issue.expected === 'string' ? ` (expected ${issue.expected})` : '';
  return `${issue.code}${expected}`;
}

/**
 * Parses a stored item with its schema — or one attribute of it, for the items whose attribute
 * names carry an id (`conflicts#<memberId>`, `declaration#<memberId>` …) — and throws
 * StoredItemInvalid when it does not fit.
 */
export function parseItem<S extends z.ZodMiniType>(
  schema: S,
  item: Item,
  what: string,
  attribute?: string,
): z.output<S> {
  const result = schema.safeParse(attribute === undefined ? item : item[attribute]);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) =>
    attribute === undefined ? issue : { ...issue, path: [attribute, ...issue.path] },
  );
  throw new StoredItemInvalid(what, { pk: item.pk, sk: item.sk }, issues);
}

const text = /* @__PURE__ */ (() => z.string())();
const optionalText = /* @__PURE__ */ (() => z.optional(z.string()))();
const count = /* @__PURE__ */ (() => z.number())();
const committee = /* @__PURE__ */ (() => z.enum(COMMITTEES))();

// ── applications (pk APP#<id>, sk APP) ─────────────────────────────────────────────────

// The lists live in the domain (shared/domain/stages.ts, attachments.ts), which the web reads too.
export {
  APPLICATION_OUTCOMES,
  APPLICATION_STATUSES,
  STAGES,
  type ApplicationOutcome,
  type ApplicationStatus,
  type Stage,
} from '../domain/stages.ts';
export { ATTACHMENT_KINDS, ATTACHMENT_STATUSES, type AttachmentKind, type AttachmentStatus };

export const receiptSchema = /* @__PURE__ */ (() => z.object({ number: text, submittedAt: text }))();

/**
 * One entry of a submission's manifest (ADR 060): written onto the application item in the
 * same conditional write that submits it, and from then on the truth of what was submitted —
 * the applicant's and the committees' views list exactly these, and serve exactly these bytes.
 */
export const submittedAttachmentSchema = /* @__PURE__ */ (() =>
  z.object({
    attachmentId: text,
    kind: z.enum(ATTACHMENT_KINDS),
    /** Whose commitment a letter of intent documents (ADR 098). */
    party: z.optional(attachmentPartySchema),
    fileName: text,
    contentType: text,
    size: count,
    sha256: text,
    key: text,
    versionId: optionalText,
    createdAt: text,
  }))();

const decisionBase = {
  decidedAt: text,
  /** The member who finalised the stage. */
  finalisedBy: text,
  /** Who set this application's outcome (chair, or deputy when the chair stood aside). */
  setBy: optionalText,
  /** Members who declared a conflict of interest and took no part. */
  standAside: z.array(text),
};
const amounts = /* @__PURE__ */ (() => z.record(z.string(), z.number()))();
const expertDecisionSchema = /* @__PURE__ */ (() =>
  z.object({ ...decisionBase, qualified: z.boolean(), reason: text }))();
const geographicDecisionSchema = /* @__PURE__ */ (() =>
  z.object({ ...decisionBase, rank: count, comment: optionalText }))();
const finalDecisionSchema = /* @__PURE__ */ (() =>
  z.union([
    z.object({ ...decisionBase, awarded: z.literal(true), amounts, total: count, reason: optionalText }),
    z.object({ ...decisionBase, awarded: z.literal(false), reason: text }),
  ]))();
const decisionSchema = /* @__PURE__ */ (() =>
  z.union([expertDecisionSchema, geographicDecisionSchema, finalDecisionSchema]))();

/**
 * One draft write in an application's change log (ADR 096): when, who (the owner, or a
 * co-editor's invitation id, with the name as it was then) and which sections changed.
 */
export const changeEntrySchema = /* @__PURE__ */ (() =>
  z.object({
    at: text,
    by: text,
    name: text,
    sections: z.array(text),
  }))();
export type ChangeEntry = z.output<typeof changeEntrySchema>;

/** The municipality's answer to an award, or its lapse (ADR 102). */
export const grantAnswerSchema = /* @__PURE__ */ (() =>
  z.object({
    status: z.enum(['ACCEPTED', 'DECLINED', 'LAPSED']),
    at: text,
    /** Who answered, as their session gave it (owner, or co-editor with slot); the workflow for a lapse. */
    by: z.object({
      role: z.enum(['owner', 'coeditor', 'workflow']),
      slot: z.optional(count),
      coeditorId: optionalText,
    }),
  }))();

/** An application as stored: one item, every state change a conditional write on it. */
export const applicationItem = /* @__PURE__ */ (() =>
  z.object({
    applicationId: text,
    roundId: text,
    ownerEmail: text,
    status: z.enum(APPLICATION_STATUSES),
    /** Bumped by every draft change; concurrent edits are detected with it. */
    version: count,
    draft: applicationDraftSchema,
    locale: text,
    createdAt: text,
    updatedAt: text,
    attachmentCount: count,
    /** Bumped by every attachment change while a draft; the submission conditions on it (ADR 060). */
    attachmentsRevision: z.optional(count),
    /** Written by the submission: what was submitted, and from then on the only attachments (ADR 060). */
    submittedAttachments: z.optional(z.array(submittedAttachmentSchema)),
    receipt: z.optional(receiptSchema),
    /** When every recipient had the receipt mail (the submission then leaves the outbox, ADR 063). */
    receiptMailedAt: optionalText,
    /** The recipients SES has accepted the receipt mail for so far. */
    receiptMailedTo: z.optional(z.array(text)),
    /** The workflow's stage, mirrored for queries; the state machine owns it. */
    stage: z.optional(z.enum([...STAGES, 'WITHDRAWN'])),
    executionArn: optionalText,
    withdrawnAt: optionalText,
    /** When SES accepted the owner's withdrawal confirmation (it then leaves the outbox). */
    withdrawalMailedAt: optionalText,
    /** The callback token of the committee stage the execution waits in (and which stage). */
    taskToken: optionalText,
    taskStage: z.optional(committee),
    /** Each stage's share of its committee's one decision. */
    expertDecision: z.optional(expertDecisionSchema),
    geographicDecision: z.optional(geographicDecisionSchema),
    finalDecision: z.optional(finalDecisionSchema),
    /** NOT_QUALIFIED | AWARDED | DECLINED, once decided; shown to the applicant after the announcement. */
    outcome: z.optional(z.enum(APPLICATION_OUTCOMES)),
    announcedAt: optionalText,
    outcomeMailedAt: optionalText,
    /** After an award (ADR 102): accepted or declined by the municipality, or lapsed; who and when. */
    grant: z.optional(grantAnswerSchema),
    /** The callback token the workflow waits with after the announcement (acceptance, reports). */
    grantToken: optionalText,
    /** The award's latest continued execution (ADR 114): its number, name, and when it was started. */
    grantExecution: z.optional(z.object({ n: count, name: text, startedAt: text })),
    /** The last draft writes, newest last (ADR 096: who changed what when). */
    changeLog: z.optional(z.array(changeEntrySchema)),
  }))();

/** What the applicant's lookup projects (access pattern 4). */
export const ownedApplicationItem = /* @__PURE__ */ (() =>
  z.object({ applicationId: text, status: z.enum(APPLICATION_STATUSES) }))();

/** What the outbox sweep projects (access pattern 15, ADR 063). */
export const pendingSubmissionItem = /* @__PURE__ */ (() =>
  z.object({
    applicationId: text,
    roundId: text,
    status: z.enum(APPLICATION_STATUSES),
    receipt: receiptSchema,
    /** Set by the workflow's first task: the execution exists and has recorded itself. */
    executionArn: optionalText,
  }))();

/** The version an update answers (`ReturnValues: UPDATED_NEW` on a write that bumps it). */
export const versionOnly = /* @__PURE__ */ (() => z.object({ version: count }))();

// ── attachments (pk APP#<id>, sk ATT#<attachmentId>) ───────────────────────────────────

/**
 * An attachment as stored (ADR 060). PENDING until the verification judges the bytes posted
 * through its upload form; ACCEPTED with the frozen copy of exactly those bytes (key, SHA-256,
 * size and, in a versioned bucket, the version); REJECTED with the reason.
 */
export const attachmentItem = /* @__PURE__ */ (() =>
  z.object({
    applicationId: text,
    attachmentId: text,
    kind: z.enum(ATTACHMENT_KINDS),
    /** Whose commitment a letter of intent documents (ADR 098); changeable while a draft. */
    party: z.optional(attachmentPartySchema),
    fileName: text,
    contentType: text,
    declaredSize: count,
    /** Where the upload form posts (`attachmentUploadKey`); the object there is deleted once judged. */
    uploadKey: text,
    status: z.enum(ATTACHMENT_STATUSES),
    /** An i18n code the applicant sees, e.g. ATTACHMENT_CONTENT_MISMATCH. */
    rejectionReason: optionalText,
    size: z.optional(count),
    /** The verified copy (bytes passed; ACCEPTED once its malware scan is clean), which is what is served (`frozenAttachmentKey`). */
    frozenKey: optionalText,
    /** ACCEPTED: hex SHA-256 of the verified bytes. */
    sha256: optionalText,
    /** ACCEPTED, in a versioned bucket (AWS): the copy's version; downloads name it. */
    versionId: optionalText,
    createdAt: text,
    verifiedAt: optionalText,
    /** When the malware scan of the frozen copy reported (ADR 089); PENDING with a frozen copy until then. */
    scannedAt: optionalText,
    /** A report's attachment (ADR 112): the school year of the report it belongs to; none for the application's. */
    schoolYear: optionalText,
  }))();

// ── a round's date overrides (pk ROUND#<r>, sk SCHEDULE) ───────────────────────────────

/** Instants that replace the configured ones (an administrator moved a date, or opened early). */
export const scheduleItem = /* @__PURE__ */ (() =>
  z.object({
    applicationCloses: optionalText,
    expert: optionalText,
    geographic: optionalText,
    final: optionalText,
    announcement: optionalText,
    /** After the award (ADR 102, 103): the acceptance deadline, report due dates by school year. */
    acceptBy: optionalText,
    reportsDue: z.optional(z.record(z.string(), z.string())),
    updatedAt: optionalText,
    updatedBy: optionalText,
  }))();

// ── a committee's stage (pk ROUND#<r>, sk STAGE#<committee>) ───────────────────────────

const proposalBy = { setBy: text, setAt: text };
const proposalSchema = /* @__PURE__ */ (() =>
  z.union([
    z.object({ qualified: z.boolean(), reason: text, ...proposalBy }),
    z.object({ awarded: z.literal(true), amounts, total: count, reason: optionalText, ...proposalBy }),
    z.object({ awarded: z.literal(false), reason: text, ...proposalBy }),
  ]))();

/**
 * A committee's working state. Besides these attributes the item holds one string set per
 * member who declared a conflict (`conflicts#<memberId>`, application ids): `stageConflicts`.
 */
export const stageItem = /* @__PURE__ */ (() =>
  z.object({
    roundId: text,
    committee,
    openedAt: optionalText,
    /** Bumped by every proposal, order or conflict change; finalisation names the version it saw. */
    version: count,
    /** Application id → what the chair (or deputy) has set. */
    proposals: z.optional(z.record(z.string(), proposalSchema)),
    /** Geographic: the national priority order (application ids) and the committee's comments. */
    order: z.optional(z.array(text)),
    comments: z.optional(z.record(z.string(), text)),
    /** Who set the order (and its comments), and when. */
    orderSetBy: optionalText,
    orderSetAt: optionalText,
    /** Member id → when their invitation was claimed (sent, or being sent). */
    invited: z.optional(z.record(z.string(), text)),
    invitationsSentAt: optionalText,
    finalisedAt: optionalText,
    finalisedBy: optionalText,
    /** Application id → its share of the one decision (also written to each application item). */
    decision: z.optional(z.record(z.string(), decisionSchema)),
    lastReminderAt: optionalText,
    reminderCount: z.optional(count),
  }))();

/** The stage item's attribute holding one member's conflicts (a string set of application ids). */
export const conflictsAttribute = (memberId: string) => `conflicts#${memberId}`;
const CONFLICTS_PREFIX = conflictsAttribute('');

/**
 * Member id → the applications they declared a conflict of interest on: a mirror of their
 * declarations, written after each one, so that the stage's own writes can refuse a proposal
 * or an order from a member standing aside (the declarations themselves are the record).
 */
export function stageConflicts(item: Item): Record<string, string[]> {
  const conflicts: Record<string, string[]> = {};
  for (const name of Object.keys(item)) {
    if (name.startsWith(CONFLICTS_PREFIX))
      conflicts[name.slice(CONFLICTS_PREFIX.length)] = [...parseItem(z.set(text), item, 'stage', name)];
  }
  return conflicts;
}

// ── review links (pk ROUND#<r>, sk LINK#<linkId>) ──────────────────────────────────────

export const reviewLinkItem = /* @__PURE__ */ (() =>
  z.object({
    linkId: text,
    roundId: text,
    committee,
    memberId: text,
    issuedAt: text,
    issuedBy: text,
    expiresAt: text,
    revokedAt: optionalText,
    revokedBy: optionalText,
  }))();

// ── an application's reviews in a stage (pk ROUND#<r>#REVIEW#<c>, sk APP#<applicationId>) ─

/**
 * One item per application and stage: every member's declaration, assessment (expert) or
 * comment (geographic) as attributes named per member (`declaration#<memberId>` …), and the
 * finalisation's seals (ADR 065).
 */
export const applicationReviewsItem = /* @__PURE__ */ (() =>
  z.object({
    roundId: text,
    committee,
    applicationId: text,
    /** One per finalisation attempt that sealed the reviews: `<ISO instant>#<attempt id>`. */
    seals: z.optional(z.set(text)),
  }))();

export const declarationSchema = /* @__PURE__ */ (() =>
  z.object({
    conflicted: z.boolean(),
    reason: optionalText,
    declaredAt: text,
  }))();
const criterion = /* @__PURE__ */ (() => z.object({ score: count, comment: text }))();
export const storedAssessmentSchema = /* @__PURE__ */ (() =>
  z.object({
    activityAreaFit: criterion,
    anchoring: criterion,
    sustainability: criterion,
    recommendation: z.enum(['qualified', 'notQualified']),
    updatedAt: text,
  }))();
export const storedCommentSchema = /* @__PURE__ */ (() => z.object({ text, updatedAt: text }))();
/**
 * The committee's discussion of the application (attribute `discussion`, ADR 090): posts in
 * the order written, sealed with the members' reviews; a final committee member's post may
 * carry a suggested outcome.
 */
export const discussionSchema = /* @__PURE__ */ (() =>
  z.array(
    z.object({
      id: text,
      memberId: text,
      text,
      at: text,
      suggestion: z.optional(
        z.union([z.object({ awarded: z.literal(true), amounts }), z.object({ awarded: z.literal(false) })]),
      ),
    }),
  ))();

/** A member's attribute on an application's reviews item: `<field>#<memberId>`. */
export const memberReviewAttribute = (field: 'declaration' | 'assessment' | 'comment', memberId: string) =>
  `${field}#${memberId}`;

// ── audit entries (pk AUDIT#<r>, sk <ISO instant>#<id>) ────────────────────────────────

/**
 * Who did it: a committee member (through a review link), an administrator (CLI), a staff
 * member of the secretariat (the console; `id` their allow-listed address, ADR 093), the workflow.
 */
const auditActorSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('member'), id: text, committee: text }),
    z.object({ kind: z.literal('admin'), id: text }),
    z.object({ kind: z.literal('staff'), id: text }),
    z.object({ kind: z.literal('workflow') }),
    z.object({ kind: z.literal('applicant'), applicationId: text }),
  ]))();

export const auditItem = /* @__PURE__ */ (() =>
  z.object({
    roundId: text,
    at: text,
    actor: auditActorSchema,
    /** e.g. `link.issued`, `declaration`, `outcome.proposed`, `stage.finalised`, `decision.applied`. */
    action: text,
    applicationId: optionalText,
    committee: optionalText,
    details: z.optional(z.record(z.string(), z.unknown())),
  }))();

// ── the records' types ─────────────────────────────────────────────────────────────────

export type ApplicationRecord = z.output<typeof applicationItem>;
export type Receipt = z.output<typeof receiptSchema>;
export type SubmittedAttachment = z.output<typeof submittedAttachmentSchema>;
export type AttachmentRecord = z.output<typeof attachmentItem>;
export type ScheduleOverrides = z.output<typeof scheduleItem>;
export type ReviewLinkRecord = z.output<typeof reviewLinkItem>;
/** A committee's stage (`stageItem`), its proposals always there and its conflicts gathered (`stageConflicts`). */
export type StageRecord = Omit<z.output<typeof stageItem>, 'proposals'> & {
  proposals: Record<string, Proposal>;
  conflicts: Record<string, string[]>;
};
export type Declaration = z.output<typeof declarationSchema>;
export type StoredAssessment = z.output<typeof storedAssessmentSchema>;
export type StoredComment = z.output<typeof storedCommentSchema>;
export type DiscussionEntry = z.output<typeof discussionSchema>[number];
export type AuditEntry = z.output<typeof auditItem>;
export type AuditActor = AuditEntry['actor'];
export type PendingSubmission = z.output<typeof pendingSubmissionItem>;

/** The domain's own types are these shapes: a change to either side fails the type check. */
export type StoredShapesAreTheDomains = [
  Same<z.output<typeof expertDecisionSchema>, ExpertDecision>,
  Same<z.output<typeof geographicDecisionSchema>, GeographicDecision>,
  Same<z.output<typeof finalDecisionSchema>, FinalDecision>,
  Same<z.output<typeof decisionSchema>, Decision>,
  Same<z.output<typeof proposalSchema>, Proposal>,
  Same<StoredAssessment, ExpertAssessment & { updatedAt: string }>,
];
/** Compiles only when A and B are the same type (optional properties included). */
type Same<A, B extends (Identical<A, B> extends true ? unknown : never)> = B;
type Identical<A, B> =
  (<T>() => T extends Flat<A> ? 1 : 2) extends <T>() => T extends Flat<B> ? 1 : 2 ? true : false;
/** An object type (each member of a union) with its intersections merged. */
type Flat<T> = T extends unknown ? { [K in keyof T]: T[K] } : never;
