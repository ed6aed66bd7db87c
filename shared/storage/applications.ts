import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ApplicationDraft } from '../domain/application.ts';
import type { Committee } from '../domain/committees.ts';
import type { Decision } from '../domain/review.ts';
import { conditionalWrite, documentClient, queryAll, tableName } from './dynamo.ts';
import {
  applicationItem,
  attachmentItem,
  ownedApplicationItem,
  parseItem,
  versionOnly,
  type ApplicationOutcome,
  type ApplicationRecord,
  type AttachmentRecord,
  type ChangeEntry,
  type Item,
  type Receipt,
  type Stage,
  type SubmittedAttachment,
} from './items.ts';
import { TABLE_INDEXES } from './keys.ts';
import * as keys from './table-keys.ts';

// The shapes live in items.ts (one schema per item type); these names are the repository's API.
export {
  APPLICATION_OUTCOMES,
  STAGES,
  type ApplicationOutcome,
  type ApplicationRecord,
  type ApplicationStatus,
  type Receipt,
  type Stage,
} from './items.ts';

export const REVIEW_STAGE: Record<Committee, Stage> = {
  expert: 'EXPERT_REVIEW',
  geographic: 'GEOGRAPHIC_REVIEW',
  final: 'FINAL_REVIEW',
};

export const decisionField = (committee: Committee) => `${committee}Decision` as const;

const toRecord = (item: Item): ApplicationRecord => parseItem(applicationItem, item, 'application');

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
  const items = await queryAll({ partition: keys.applicationPartition(applicationId) });
  const application = items.find((item) => item.sk === keys.application(applicationId).sk);
  if (!application) return undefined;
  const attachments = items
    .filter((item) => typeof item.sk === 'string' && item.sk.startsWith(keys.attachmentPrefix))
    .map((item) => parseItem(attachmentItem, item, 'attachment'));
  return { application: toRecord(application), attachments };
}

/** Access pattern 4: an applicant's application in a round, for a lead municipality. */
export async function findOwnedApplication(
  emailHash: string,
  roundId: string,
  leadMunicipality: string,
): Promise<string | undefined> {
  const items = await queryAll({
    partition: keys.owner(emailHash, roundId).gsi1pk,
    index: TABLE_INDEXES.byOwner,
    sortKey: { equals: keys.ownerLead(leadMunicipality) },
    attributes: ['applicationId', 'status'],
  });
  return items
    .map((item) => parseItem(ownedApplicationItem, item, 'application'))
    .find((owned) => owned.status !== 'WITHDRAWN')?.applicationId;
}

/** Access pattern 4 by round alone: every application of an owner in a round (any lead, any state). */
export async function listOwnedApplications(
  emailHash: string,
  roundId: string,
): Promise<ApplicationRecord[]> {
  const items = await queryAll({
    partition: keys.owner(emailHash, roundId).gsi1pk,
    index: TABLE_INDEXES.byOwner,
  });
  return items.map(toRecord);
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
        ...(record.status === 'DRAFT'
          ? keys.draftInRound(record.roundId, record.createdAt, record.applicationId)
          : {}),
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
  /** The change log as it is to be with this write (ADR 096), written with it. */
  changeLog: ChangeEntry[] = [],
): Promise<WriteOutcome<{ version: number; updatedAt: string }>> {
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'SET draft = :draft, version = version + :one, updatedAt = :now, changeLog = :log',
      ConditionExpression: 'version = :expected AND #status = :draft_status',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':draft': draft,
        ':one': 1,
        ':now': now,
        ':log': changeLog,
        ':expected': expectedVersion,
        ':draft_status': 'DRAFT',
      },
      ReturnValues: 'UPDATED_NEW',
    }),
    () => getApplication(applicationId),
  );
  if (!written.ok) return written;
  const { version } = parseItem(versionOnly, written.attributes ?? {}, 'application version');
  return { ok: true, value: { version, updatedAt: now } };
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
  const written = await conditionalWrite(
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
        ...(expected.attachmentsRevision === undefined ? {} : { ':revision': expected.attachmentsRevision }),
        ':draft_status': 'DRAFT',
        ...prefixed(keys.submittedInRound(roundId, receipt.submittedAt, applicationId)),
        // The outbox entry (ADR 063): the sweep finds it until the receipt mail is out.
        ...prefixed(keys.submissionOutbox(receipt.submittedAt, applicationId)),
      },
    }),
    () => getApplication(applicationId),
  );
  return written.ok ? { ok: true, value: receipt } : written;
}

/** Called by the workflow: the execution has recorded the receipt; mirror its stage. */
export async function recordWorkflowStage(
  applicationId: string,
  stage: Stage,
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

/**
 * DRAFT or SUBMITTED → WITHDRAWN; moves the application from the round's drafts or submitted
 * list to its withdrawn ones (access pattern 19: the retention erases them, ADR 089).
 */
export async function markWithdrawn(
  applicationId: string,
  now: string,
  roundId: string,
): Promise<WriteOutcome<{ withdrawnAt: string }>> {
  const withdrawn = keys.withdrawnInRound(roundId, now, applicationId);
  // The submission's outbox entry gives way to the withdrawal's: its confirmation mail (ADR 063).
  const outbox = keys.withdrawalOutbox(now, applicationId);
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression:
        'SET #status = :withdrawn, stage = :withdrawn, withdrawnAt = :now, updatedAt = :now, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk, gsi3pk = :gsi3pk, gsi3sk = :gsi3sk',
      ConditionExpression: '#status IN (:draft, :submitted)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':withdrawn': 'WITHDRAWN',
        ':gsi2pk': withdrawn.gsi2pk,
        ':gsi2sk': withdrawn.gsi2sk,
        ':gsi3pk': outbox.gsi3pk,
        ':gsi3sk': outbox.gsi3sk,
        ':now': now,
        ':draft': 'DRAFT',
        ':submitted': 'SUBMITTED',
      },
    }),
    () => getApplication(applicationId),
  );
  return written.ok ? { ok: true, value: { withdrawnAt: now } } : written;
}

/**
 * Access pattern 18: the drafts of a round (not submitted, not withdrawn), oldest first. The
 * index follows the item eventually: a caller that acts on one checks its status in the write.
 */
export async function listDraftApplications(roundId: string): Promise<ApplicationRecord[]> {
  const items = await queryAll({
    partition: keys.draftInRound(roundId, '', '').gsi2pk,
    index: TABLE_INDEXES.byRoundStatus,
  });
  return items.map(toRecord).filter((application) => application.status === 'DRAFT');
}

/**
 * Claims one deadline reminder of a kind for a draft (ADR 091): one conditional write on the
 * application item, which succeeds once per application and kind, and only while it is a
 * draft — a submitted or withdrawn application is never reminded. False when either holds.
 */
export async function claimDraftReminder(applicationId: string, kind: string, now: string) {
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'SET #reminder = :now',
      ConditionExpression: '#status = :draft AND attribute_not_exists(#reminder)',
      ExpressionAttributeNames: { '#status': 'status', '#reminder': `reminder#${kind}` },
      ExpressionAttributeValues: { ':now': now, ':draft': 'DRAFT' },
    }),
  );
  return ok;
}

/** Gives a claimed reminder back when sending it failed, so the next run sends it. */
export async function releaseDraftReminder(applicationId: string, kind: string) {
  await documentClient.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression: 'REMOVE #reminder',
      ExpressionAttributeNames: { '#reminder': `reminder#${kind}` },
    }),
  );
}

/** Access pattern 19: the withdrawn applications of a round (retention, ADR 089). */
export async function listWithdrawnApplications(roundId: string): Promise<ApplicationRecord[]> {
  const items = await queryAll({
    partition: keys.withdrawnInRound(roundId, '', '').gsi2pk,
    index: TABLE_INDEXES.byRoundStatus,
  });
  return items.map(toRecord).filter((application) => application.status === 'WITHDRAWN');
}

/** Access pattern 6: every submitted (not withdrawn) application of a round, oldest first. */
export async function listSubmittedApplications(roundId: string): Promise<ApplicationRecord[]> {
  const items = await queryAll({
    partition: keys.submittedInRound(roundId, '', '').gsi2pk,
    index: TABLE_INDEXES.byRoundStatus,
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
    conditionalWrite(
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
  const entered = await update(true);
  if (entered.ok) return toRecord(entered.attributes ?? {});
  const tokenOnly = await update(false); // the stage's decision is there already
  return tokenOnly.ok ? toRecord(tokenOnly.attributes ?? {}) : undefined; // withdrawn (or gone)
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
  const written = await conditionalWrite(
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
    () => getApplication(applicationId),
  );
  if (written.ok) return { application: toRecord(written.attributes ?? {}), applied: true };
  const { current } = written;
  if (!current || current.status !== 'SUBMITTED' || !current[decisionField(committee)]) return undefined;
  return { application: current, applied: false };
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
