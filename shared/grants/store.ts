/**
 * The storage of what follows an award (ADR 102, 103): the municipality's answer and the
 * workflow's callback token on the application item, each reminder claimed on it once, and one
 * item per report (pk APP#<id>, sk REPORT#<schoolYear>; the round's reports on gsi2). Every state
 * change is one conditional write; keys from shared/storage/keys.ts.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { conditionalWrite, documentClient, queryAll, tableName } from '../storage/dynamo.ts';
import { applicationItem, parseItem, type ApplicationRecord, type Item } from '../storage/items.ts';
import { TABLE_INDEXES } from '../storage/keys.ts';
import * as keys from '../storage/table-keys.ts';
import { REPORT_STATUSES, reportDraftSchema, type ReportDraft } from './report.ts';

export type GrantAnswer = NonNullable<ApplicationRecord['grant']>;
export type GrantActor = GrantAnswer['by'];

const text = z.string();
const optionalText = z.optional(z.string());

/** A report as stored: its content (a draft's shape), its state, and the secretariat's reviews. */
export const reportItem = z.object({
  applicationId: text,
  roundId: text,
  schoolYear: text,
  status: z.enum(REPORT_STATUSES),
  version: z.number(),
  report: reportDraftSchema,
  updatedAt: text,
  updatedBy: z.optional(z.object({ role: text, slot: z.optional(z.number()), coeditorId: optionalText })),
  submittedAt: optionalText,
  /** Its attachments' slots in use (ADR 112; a counter, like the application's). */
  attachmentCount: z.optional(z.number()),
  /** Bumped by every change to its attachments; the submission conditions on it (ADR 112). */
  attachmentsRevision: z.optional(z.number()),
  /** Every review, oldest first: approved, or returned with the secretariat's message. */
  reviews: z.optional(
    z.array(
      z.object({ decision: z.enum(['APPROVED', 'RETURNED']), message: optionalText, by: text, at: text }),
    ),
  ),
});
export type ReportRecord = z.output<typeof reportItem>;

/** The application item as it is, with the reminders claimed on it (`reminder#…` attributes). */
export async function getGrantApplication(
  applicationId: string,
): Promise<{ application: ApplicationRecord; claims: Set<string> } | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName(), Key: keys.application(applicationId), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  return {
    application: parseItem(applicationItem, Item, 'application'),
    claims: new Set(Object.keys(Item).filter((key) => key.startsWith('reminder#'))),
  };
}

const AWARDED_AND_ANNOUNCED = '#status = :submitted AND stage = :announced AND outcome = :awarded';
const awardedValues = { ':submitted': 'SUBMITTED', ':announced': 'ANNOUNCED', ':awarded': 'AWARDED' };

/** The municipality's answer (or the lapse): once, on an announced award. */
export async function recordGrantAnswer(applicationId: string, answer: GrantAnswer): Promise<boolean> {
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'SET #grant = :answer, updatedAt = :now',
      ConditionExpression: `${AWARDED_AND_ANNOUNCED} AND attribute_not_exists(#grant)`,
      ExpressionAttributeNames: { '#status': 'status', '#grant': 'grant' },
      ExpressionAttributeValues: { ...awardedValues, ':answer': answer, ':now': answer.at },
    }),
  );
  return written.ok;
}

/** The workflow's newest callback token for this award (the one every change resumes). */
export async function storeGrantToken(applicationId: string, taskToken: string): Promise<boolean> {
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'SET grantToken = :token',
      ConditionExpression: AWARDED_AND_ANNOUNCED,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ...awardedValues, ':token': taskToken },
    }),
  );
  return written.ok;
}

/**
 * Records the award's next continued execution (ADR 114) once: only over an earlier one (or
 * none); a retry of the same continuation changes nothing.
 */
export async function recordGrantExecution(
  applicationId: string,
  execution: { n: number; name: string; startedAt: string },
): Promise<void> {
  await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'SET grantExecution = :execution',
      ConditionExpression:
        'attribute_exists(pk) AND (attribute_not_exists(grantExecution) OR grantExecution.n < :n)',
      ExpressionAttributeValues: { ':execution': execution, ':n': execution.n },
    }),
  );
}

/** Claims a reminder once per application; false if another run claimed it. */
export async function claimGrantReminder(
  applicationId: string,
  claim: string,
  now: string,
): Promise<boolean> {
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'SET #claim = :now',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#claim)',
      ExpressionAttributeNames: { '#claim': claim },
      ExpressionAttributeValues: { ':now': now },
    }),
  );
  return written.ok;
}

/** Gives a claim back (its mail failed: the next run sends it). */
export async function releaseGrantReminder(applicationId: string, claim: string): Promise<void> {
  await documentClient.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'REMOVE #claim',
      ExpressionAttributeNames: { '#claim': claim },
    }),
  );
}

// ── reports ─────────────────────────────────────────────────────────────────────────────

const toReport = (item: Item) => parseItem(reportItem, item, 'report');

export async function getReport(
  applicationId: string,
  schoolYear: string,
): Promise<ReportRecord | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.report(applicationId, schoolYear),
      ConsistentRead: true,
    }),
  );
  return Item ? toReport(Item) : undefined;
}

/** An award's reports (access pattern 23). */
export async function listReports(applicationId: string): Promise<ReportRecord[]> {
  const items = await queryAll({
    partition: keys.applicationPartition(applicationId),
    sortKey: { beginsWith: keys.reportPrefix },
  });
  return items.map(toReport);
}

/** A round's reports (gsi2), for the secretariat. */
export async function listRoundReports(roundId: string): Promise<ReportRecord[]> {
  const items = await queryAll({
    partition: keys.reportInRound(roundId, '', '').gsi2pk,
    index: TABLE_INDEXES.byRoundStatus,
  });
  return items.map(toReport);
}

type Saved = { ok: true; report: ReportRecord } | { ok: false; current: ReportRecord | undefined };

const EDITABLE = '#status IN (:draft, :returned)';
const editableValues = { ':draft': 'DRAFT', ':returned': 'RETURNED' };

/** What a report item holds from its creation (kept as they are on an existing item). */
const reportDefaults = [
  '#type = :reportType',
  'applicationId = :applicationId',
  'roundId = :roundId',
  'schoolYear = :schoolYear',
  'gsi2pk = :gsi2pk',
  'gsi2sk = :gsi2sk',
  '#status = if_not_exists(#status, :draft)',
].join(', ');
const reportDefaultValues = (roundId: string, applicationId: string, schoolYear: string) => {
  const inRound = keys.reportInRound(roundId, schoolYear, applicationId);
  return {
    ':reportType': 'report',
    ':applicationId': applicationId,
    ':roundId': roundId,
    ':schoolYear': schoolYear,
    ':gsi2pk': inRound.gsi2pk,
    ':gsi2sk': inRound.gsi2sk,
    ':draft': 'DRAFT',
  };
};

// ── a report's attachments (ADR 112): slots and revision on the report item ───────────────

/**
 * Reserves one of a report's attachment slots while it is a draft or returned (creating the
 * report at version 0 when nothing was saved yet). False when the cap is reached or the report
 * is submitted or approved. Bumps `attachmentsRevision`, as every attachment change does.
 */
export async function reserveReportAttachmentSlot(input: {
  applicationId: string;
  roundId: string;
  schoolYear: string;
  max: number;
  now: string;
}): Promise<boolean> {
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.report(input.applicationId, input.schoolYear),
      UpdateExpression: `SET ${reportDefaults}, version = if_not_exists(version, :zero), report = if_not_exists(report, :empty), updatedAt = if_not_exists(updatedAt, :created) ADD attachmentCount :one, attachmentsRevision :one`,
      ConditionExpression: `(attribute_not_exists(pk) OR ${EDITABLE}) AND (attribute_not_exists(attachmentCount) OR attachmentCount < :max)`,
      ExpressionAttributeNames: { '#status': 'status', '#type': 'type' },
      ExpressionAttributeValues: {
        ...reportDefaultValues(input.roundId, input.applicationId, input.schoolYear),
        ':created': input.now,
        ':zero': 0,
        ':empty': {},
        ':one': 1,
        ':max': input.max,
        ':returned': 'RETURNED',
      },
    }),
  );
  return ok;
}

/** Gives a report's slot back (an attachment deleted or rejected). Never goes below zero. */
export async function releaseReportAttachmentSlot(applicationId: string, schoolYear: string): Promise<void> {
  await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.report(applicationId, schoolYear),
      UpdateExpression: 'ADD attachmentCount :minus',
      ConditionExpression: 'attachmentCount > :zero',
      ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
    }),
  );
}

/**
 * Commits a change to a report's attachments (a verdict, a scan's result, a delete) on
 * condition that the report is still a draft or returned: the submission conditions on the
 * revision it read, so the two exclude each other (ADR 060's rule, on the report item).
 */
export async function bumpReportAttachments(applicationId: string, schoolYear: string): Promise<boolean> {
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.report(applicationId, schoolYear),
      UpdateExpression: 'ADD attachmentsRevision :one',
      ConditionExpression: EDITABLE,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':one': 1, ...editableValues },
    }),
  );
  return ok;
}

/**
 * Saves a report's draft whole on its version: the first save creates it (version 0 → 1),
 * later ones replace it while it is a draft or returned (a returned report stays returned
 * until it is submitted again). A lost race or a locked report answers the current one.
 */
export async function saveReportDraft(input: {
  applicationId: string;
  roundId: string;
  schoolYear: string;
  version: number;
  report: ReportDraft;
  by: GrantActor;
  now: string;
}): Promise<Saved> {
  const { applicationId, schoolYear } = input;
  const reread = () => getReport(applicationId, schoolYear);
  // The first save creates the report — or adopts the one an attachment's upload created
  // (version 0, ADR 112); later ones replace it while it is a draft or returned.
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.report(applicationId, schoolYear),
      UpdateExpression: `SET ${reportDefaults}, report = :report, version = :next, updatedAt = :now, updatedBy = :by`,
      ConditionExpression:
        input.version === 0
          ? `attribute_not_exists(pk) OR (version = :version AND ${EDITABLE})`
          : `version = :version AND ${EDITABLE}`,
      ExpressionAttributeNames: { '#status': 'status', '#type': 'type' },
      ExpressionAttributeValues: {
        ...reportDefaultValues(input.roundId, applicationId, schoolYear),
        ':report': input.report,
        ':now': input.now,
        ':next': input.version + 1,
        ':by': input.by,
        ':version': input.version,
        ...editableValues,
      },
    }),
    reread,
  );
  if (!written.ok) return { ok: false, current: written.current };
  return { ok: true, report: (await reread())! };
}

/** Submits the report at the version the applicant saw (a draft or a returned one). */
export async function markReportSubmitted(input: {
  applicationId: string;
  schoolYear: string;
  version: number;
  /** The attachments' revision the submission checked (ADR 112); undefined: none ever. */
  attachmentsRevision: number | undefined;
  by: GrantActor;
  now: string;
}): Promise<Saved> {
  const reread = () => getReport(input.applicationId, input.schoolYear);
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.report(input.applicationId, input.schoolYear),
      UpdateExpression:
        'SET #status = :submitted, submittedAt = :now, version = version + :one, updatedAt = :now, updatedBy = :by',
      ConditionExpression: `version = :version AND ${EDITABLE} AND ${
        input.attachmentsRevision === undefined
          ? 'attribute_not_exists(attachmentsRevision)'
          : 'attachmentsRevision = :revision'
      }`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ...(input.attachmentsRevision === undefined ? {} : { ':revision': input.attachmentsRevision }),
        ':submitted': 'SUBMITTED',
        ':now': input.now,
        ':one': 1,
        ':by': input.by,
        ':version': input.version,
        ':draft': 'DRAFT',
        ':returned': 'RETURNED',
      },
    }),
    reread,
  );
  if (!written.ok) return { ok: false, current: written.current };
  return { ok: true, report: (await reread())! };
}

/** The secretariat's review of a submitted report: approved, or returned with a message. */
export async function recordReview(input: {
  applicationId: string;
  schoolYear: string;
  decision: 'APPROVED' | 'RETURNED';
  message?: string;
  by: string;
  at: string;
}): Promise<Saved> {
  const reread = () => getReport(input.applicationId, input.schoolYear);
  const review = {
    decision: input.decision,
    ...(input.message ? { message: input.message } : {}),
    by: input.by,
    at: input.at,
  };
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.report(input.applicationId, input.schoolYear),
      UpdateExpression:
        'SET #status = :decision, reviews = list_append(if_not_exists(reviews, :empty), :review), version = version + :one, updatedAt = :at',
      ConditionExpression: '#status = :submitted',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':decision': input.decision,
        ':empty': [],
        ':review': [review],
        ':one': 1,
        ':at': input.at,
        ':submitted': 'SUBMITTED',
      },
    }),
    reread,
  );
  if (!written.ok) return { ok: false, current: written.current };
  return { ok: true, report: (await reread())! };
}
