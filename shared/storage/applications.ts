import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ApplicationDraft } from '../domain/application.ts';
import type { Committee } from '../domain/committees.ts';
import type { Decision, ExpertDecision, FinalDecision, GeographicDecision } from '../domain/review.ts';
import { documentClient, isConditionFailed, queryAll, tableName } from './dynamo.ts';
import { keys, TABLE_INDEXES } from './keys.ts';
import type { AttachmentRecord, SubmittedAttachment } from './attachments.ts';

export type ApplicationStatus = 'DRAFT' | 'SUBMITTED' | 'WITHDRAWN';

export interface Receipt {
  number: string;
  submittedAt: string;
}

/** An application as stored: one item, every state change a conditional write on it. */
export interface ApplicationRecord {
  applicationId: string;
  roundId: string;
  ownerEmail: string;
  status: ApplicationStatus;
  /** Bumped by every draft change; concurrent edits are detected with it. */
  version: number;
  draft: ApplicationDraft;
  locale: string;
  createdAt: string;
  updatedAt: string;
  attachmentCount: number;
  /** Bumped by every attachment change while a draft; the submission conditions on it (ADR 060). */
  attachmentsRevision?: number;
  /** Written by the submission: what was submitted, and from then on the only attachments (ADR 060). */
  submittedAttachments?: SubmittedAttachment[];
  receipt?: Receipt;
  /** When every recipient had the receipt mail (the submission then leaves the outbox, ADR 063). */
  receiptMailedAt?: string;
  /** The recipients SES has accepted the receipt mail for so far. */
  receiptMailedTo?: string[];
  /** The workflow's stage, mirrored for queries; the state machine owns it. */
  stage?: string;
  executionArn?: string;
  withdrawnAt?: string;
  /** The callback token of the committee stage the execution waits in (and which stage). */
  taskToken?: string;
  taskStage?: Committee;
  /** Each stage's share of its committee's one decision. */
  expertDecision?: ExpertDecision;
  geographicDecision?: GeographicDecision;
  finalDecision?: FinalDecision;
  /** NOT_QUALIFIED | AWARDED | DECLINED, once decided; shown to the applicant after the announcement. */
  outcome?: ApplicationOutcome;
  announcedAt?: string;
  outcomeMailedAt?: string;
}

export type ApplicationOutcome = 'NOT_QUALIFIED' | 'AWARDED' | 'DECLINED';

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

export const REVIEW_STAGE: Record<Committee, Stage> = {
  expert: 'EXPERT_REVIEW',
  geographic: 'GEOGRAPHIC_REVIEW',
  final: 'FINAL_REVIEW',
};

export const decisionField = (committee: Committee) => `${committee}Decision` as const;

const APPLICATION_FIELDS = [
  'applicationId',
  'roundId',
  'ownerEmail',
  'status',
  'version',
  'draft',
  'locale',
  'createdAt',
  'updatedAt',
  'attachmentCount',
  'attachmentsRevision',
  'submittedAttachments',
  'receipt',
  'receiptMailedAt',
  'receiptMailedTo',
  'stage',
  'executionArn',
  'withdrawnAt',
  'taskToken',
  'taskStage',
  'expertDecision',
  'geographicDecision',
  'finalDecision',
  'outcome',
  'announcedAt',
  'outcomeMailedAt',
] as const;

function toRecord(item: Record<string, unknown>): ApplicationRecord {
  const record: Record<string, unknown> = {};
  for (const field of APPLICATION_FIELDS) if (item[field] !== undefined) record[field] = item[field];
  return record as unknown as ApplicationRecord;
}

export async function getApplication(applicationId: string): Promise<ApplicationRecord | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName(), Key: keys.application(applicationId), ConsistentRead: true }),
  );
  return Item ? toRecord(Item) : undefined;
}

/** Access pattern 2: the application and its attachments in one Query. */
export async function getApplicationWithAttachments(
  applicationId: string,
): Promise<{ application: ApplicationRecord; attachments: AttachmentRecord[] } | undefined> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await documentClient.send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.applicationPartition(applicationId) },
        ConsistentRead: true,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  const applicationItem = items.find((item) => item.sk === 'APP');
  if (!applicationItem) return undefined;
  const attachments = items
    .filter((item) => typeof item.sk === 'string' && item.sk.startsWith(keys.attachmentPrefix))
    .map((item) => {
      const { pk: _pk, sk: _sk, ...rest } = item;
      return rest as unknown as AttachmentRecord;
    });
  return { application: toRecord(applicationItem), attachments };
}

/** Access pattern 4: an applicant's application in a round, for a lead municipality. */
export async function findOwnedApplication(
  emailHash: string,
  roundId: string,
  leadMunicipality: string,
): Promise<string | undefined> {
  const { Items } = await documentClient.send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: TABLE_INDEXES.byOwner,
      KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk = :sk',
      ExpressionAttributeValues: {
        ':pk': keys.owner(emailHash, roundId).gsi1pk,
        ':sk': keys.ownerLead(leadMunicipality),
      },
      ProjectionExpression: 'applicationId, #status',
      ExpressionAttributeNames: { '#status': 'status' },
    }),
  );
  const live = (Items ?? []).find((item) => item.status !== 'WITHDRAWN');
  return live?.applicationId as string | undefined;
}

export async function createApplication(
  record: ApplicationRecord,
  emailHash: string,
  leadMunicipality: string,
) {
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: {
        ...keys.application(record.applicationId),
        ...keys.owner(emailHash, record.roundId),
        gsi1sk: keys.ownerLead(leadMunicipality),
        type: 'application',
        ...record,
      },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export type WriteOutcome<T> = { ok: true; value: T } | { ok: false; current: ApplicationRecord | undefined };

/** Replace the draft if nobody changed it since `expectedVersion` and it is still a draft. */
export async function updateDraft(
  applicationId: string,
  expectedVersion: number,
  draft: ApplicationDraft,
  now: string,
): Promise<WriteOutcome<{ version: number; updatedAt: string }>> {
  try {
    const { Attributes } = await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.application(applicationId),
        UpdateExpression: 'SET draft = :draft, version = version + :one, updatedAt = :now',
        ConditionExpression: 'version = :expected AND #status = :draft_status',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':draft': draft,
          ':one': 1,
          ':now': now,
          ':expected': expectedVersion,
          ':draft_status': 'DRAFT',
        },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return { ok: true, value: { version: Attributes?.version as number, updatedAt: now } };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    return { ok: false, current: await getApplication(applicationId) };
  }
}

/**
 * The submission itself: DRAFT → SUBMITTED in one conditional write, on the draft `version`
 * and the `attachmentsRevision` the rules were checked on (ADR 060: no attachment was added,
 * judged or deleted since), writing the manifest of the submitted attachments with it.
 */
export async function markSubmitted(
  applicationId: string,
  roundId: string,
  expected: { version: number; attachmentsRevision: number | undefined },
  receipt: Receipt,
  submittedAttachments: SubmittedAttachment[],
): Promise<WriteOutcome<Receipt>> {
  const revision =
    expected.attachmentsRevision === undefined
      ? 'attribute_not_exists(attachmentsRevision)'
      : 'attachmentsRevision = :revision';
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.application(applicationId),
        UpdateExpression:
          'SET #status = :submitted, receipt = :receipt, submittedAttachments = :manifest, stage = :submitted, updatedAt = :now, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk, gsi3pk = :gsi3pk, gsi3sk = :gsi3sk',
        ConditionExpression: `version = :expected AND ${revision} AND #status = :draft_status`,
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':submitted': 'SUBMITTED',
          ':receipt': receipt,
          ':manifest': submittedAttachments,
          ':now': receipt.submittedAt,
          ':expected': expected.version,
          ...(expected.attachmentsRevision === undefined
            ? {}
            : { ':revision': expected.attachmentsRevision }),
          ':draft_status': 'DRAFT',
          ...prefixed(keys.submittedInRound(roundId, receipt.submittedAt, applicationId)),
          // The outbox entry (ADR 063): the sweep finds it until the receipt mail is out.
          ...prefixed(keys.submissionOutbox(receipt.submittedAt, applicationId)),
        },
      }),
    );
    return { ok: true, value: receipt };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    return { ok: false, current: await getApplication(applicationId) };
  }
}

/** Called by the workflow: the execution has recorded the receipt; mirror its stage. */
export async function recordWorkflowStage(
  applicationId: string,
  stage: string,
  executionArn: string,
  now: string,
) {
  await documentClient.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      // if_not_exists: an execution started again (local restart) must not move the stage back.
      UpdateExpression: 'SET stage = if_not_exists(stage, :stage), executionArn = :arn, updatedAt = :now',
      ConditionExpression: 'attribute_exists(pk) AND #status = :submitted',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':stage': stage,
        ':arn': executionArn,
        ':now': now,
        ':submitted': 'SUBMITTED',
      },
    }),
  );
}

/** DRAFT or SUBMITTED → WITHDRAWN; drops the application from the round's submitted list. */
export async function markWithdrawn(
  applicationId: string,
  now: string,
): Promise<WriteOutcome<{ withdrawnAt: string }>> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.application(applicationId),
        UpdateExpression:
          'SET #status = :withdrawn, stage = :withdrawn, withdrawnAt = :now, updatedAt = :now REMOVE gsi2pk, gsi2sk, gsi3pk, gsi3sk',
        ConditionExpression: '#status IN (:draft, :submitted)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':withdrawn': 'WITHDRAWN',
          ':now': now,
          ':draft': 'DRAFT',
          ':submitted': 'SUBMITTED',
        },
      }),
    );
    return { ok: true, value: { withdrawnAt: now } };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    return { ok: false, current: await getApplication(applicationId) };
  }
}

/** Access pattern 6: every submitted (not withdrawn) application of a round, oldest first. */
export async function listSubmittedApplications(roundId: string): Promise<ApplicationRecord[]> {
  const items = await queryAll({
    pk: keys.submittedInRound(roundId, '', '').gsi2pk,
    index: { name: TABLE_INDEXES.byRoundStatus, partitionKey: 'gsi2pk' },
  });
  return items.map(toRecord);
}

/**
 * The workflow entered a committee stage: keep its task token on the application (the one a
 * finalisation resumes) and mirror the stage — unless this stage's decision is already there
 * (an execution entering again after a restart or a timeout loop), then only the token.
 */
export async function storeTaskToken(
  applicationId: string,
  committee: Committee,
  taskToken: string,
  now: string,
): Promise<ApplicationRecord | undefined> {
  const update = (withStage: boolean) =>
    documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.application(applicationId),
        UpdateExpression: withStage
          ? 'SET taskToken = :token, taskStage = :committee, stage = :stage, updatedAt = :now'
          : 'SET taskToken = :token, taskStage = :committee, updatedAt = :now',
        ConditionExpression: withStage
          ? '#status = :submitted AND attribute_not_exists(#decision)'
          : '#status = :submitted',
        ExpressionAttributeNames: {
          '#status': 'status',
          ...(withStage ? { '#decision': decisionField(committee) } : {}),
        },
        ExpressionAttributeValues: {
          ':token': taskToken,
          ':committee': committee,
          ':now': now,
          ':submitted': 'SUBMITTED',
          ...(withStage ? { ':stage': REVIEW_STAGE[committee] } : {}),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
  try {
    return toRecord((await update(true)).Attributes!);
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
  }
  try {
    return toRecord((await update(false)).Attributes!);
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    return undefined; // withdrawn (or gone): nothing to review
  }
}

/**
 * Writes an application's share of a finalised stage, once, and moves its mirrored stage on —
 * only after the share of the stage before (`after`), so shares arrive in order and the mirrored
 * stage never moves back. Answers the application as it is now (with the task token to resume),
 * also when the share was written before (a retried finalisation); undefined when it is
 * withdrawn or gone, or still waits for the earlier share.
 */
export async function applyDecision(
  applicationId: string,
  committee: Committee,
  decision: Decision,
  next: { stage: Stage; outcome?: ApplicationOutcome },
  after?: Committee,
): Promise<{ application: ApplicationRecord; applied: boolean } | undefined> {
  try {
    const { Attributes } = await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.application(applicationId),
        UpdateExpression: `SET #decision = :decision, stage = :stage, updatedAt = :now${next.outcome ? ', outcome = :outcome' : ''}`,
        ConditionExpression: `#status = :submitted AND attribute_not_exists(#decision)${
          after ? ' AND attribute_exists(#earlier)' : ''
        }`,
        ExpressionAttributeNames: {
          '#status': 'status',
          '#decision': decisionField(committee),
          ...(after ? { '#earlier': decisionField(after) } : {}),
        },
        ExpressionAttributeValues: {
          ':decision': decision,
          ':stage': next.stage,
          ':now': decision.decidedAt,
          ':submitted': 'SUBMITTED',
          ...(next.outcome ? { ':outcome': next.outcome } : {}),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { application: toRecord(Attributes!), applied: true };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    const current = await getApplication(applicationId);
    if (!current || current.status !== 'SUBMITTED' || !current[decisionField(committee)]) return undefined;
    return { application: current, applied: false };
  }
}

/** Marks the outcome e-mail as sent and the application as announced (after the mail went out). */
export async function markAnnounced(applicationId: string, now: string): Promise<void> {
  await documentClient.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression:
        'SET stage = :announced, announcedAt = if_not_exists(announcedAt, :now), outcomeMailedAt = if_not_exists(outcomeMailedAt, :now), updatedAt = :now',
      ConditionExpression: '#status = :submitted AND attribute_exists(outcome)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':announced': 'ANNOUNCED', ':now': now, ':submitted': 'SUBMITTED' },
    }),
  );
}

function prefixed(values: Record<string, string>) {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [`:${key}`, value]));
}
