/**
 * The committees' items: a round's date overrides, each committee's stage, review links and
 * the members' reviews (declaration + assessment or comment). Every change is one conditional
 * single-item write (dynalite has no transactions); see keys.ts for the access patterns.
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Committee } from '../domain/committees.ts';
import type { Decision, ExpertAssessment, Proposal } from '../domain/review.ts';
import { documentClient, isConditionFailed, queryAll, tableName } from './dynamo.ts';
import { keys } from './keys.ts';

type Item = Record<string, unknown>;

function strip<T>(item: Item): T {
  const { pk: _pk, sk: _sk, type: _type, ...rest } = item;
  return rest as T;
}

// ── the round's date overrides ─────────────────────────────────────────────────────────

/** Instants that replace the configured ones (an administrator moved a date, or opened early). */
export interface ScheduleOverrides {
  applicationCloses?: string;
  expert?: string;
  geographic?: string;
  final?: string;
  announcement?: string;
  updatedAt?: string;
  updatedBy?: string;
}

export async function getScheduleOverrides(roundId: string): Promise<ScheduleOverrides> {
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName(), Key: keys.roundSchedule(roundId), ConsistentRead: true }),
  );
  return Item ? strip<ScheduleOverrides>(Item) : {};
}

export async function putScheduleOverrides(roundId: string, overrides: ScheduleOverrides) {
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.roundSchedule(roundId), type: 'schedule', ...overrides },
    }),
  );
}

// ── a committee's stage ────────────────────────────────────────────────────────────────

export interface StageRecord {
  roundId: string;
  committee: Committee;
  openedAt?: string;
  /** Bumped by every proposal or order change; finalisation names the version it saw. */
  version: number;
  /** Application id → what the chair (or deputy) has set. */
  proposals: Record<string, Proposal>;
  /** Geographic: the national priority order (application ids) and the committee's comments. */
  order?: string[];
  comments?: Record<string, string>;
  /** Member id → when their invitation was claimed (sent, or being sent). */
  invited?: Record<string, string>;
  invitationsSentAt?: string;
  finalisedAt?: string;
  finalisedBy?: string;
  /** Application id → its share of the one decision (also written to each application item). */
  decision?: Record<string, Decision>;
  lastReminderAt?: string;
  reminderCount?: number;
}

export async function getStage(roundId: string, committee: Committee): Promise<StageRecord | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.roundStage(roundId, committee),
      ConsistentRead: true,
    }),
  );
  return Item ? strip<StageRecord>(Item) : undefined;
}

/** Opens the stage if it is not open yet; `opened` tells whether this call opened it. */
export async function openStage(
  roundId: string,
  committee: Committee,
  now: string,
): Promise<{ stage: StageRecord; opened: boolean }> {
  const { Attributes } = await documentClient.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.roundStage(roundId, committee),
      UpdateExpression:
        'SET #type = :type, roundId = :round, committee = :committee, openedAt = if_not_exists(openedAt, :now), ' +
        'version = if_not_exists(version, :zero), proposals = if_not_exists(proposals, :empty), ' +
        'invited = if_not_exists(invited, :empty)',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: {
        ':type': 'stage',
        ':round': roundId,
        ':committee': committee,
        ':now': now,
        ':zero': 0,
        ':empty': {},
      },
      ReturnValues: 'ALL_NEW',
    }),
  );
  const stage = strip<StageRecord>(Attributes!);
  return { stage, opened: stage.openedAt === now };
}

/**
 * Claims one member's invitation, so that the executions entering a stage together — and an
 * execution entering again while its first entry is still sending — e-mail each member once.
 */
export async function claimMemberInvitation(
  roundId: string,
  committee: Committee,
  memberId: string,
  now: string,
): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.roundStage(roundId, committee),
        UpdateExpression: 'SET invited.#member = :now',
        ConditionExpression: 'attribute_exists(openedAt) AND attribute_not_exists(invited.#member)',
        ExpressionAttributeNames: { '#member': memberId },
        ExpressionAttributeValues: { ':now': now },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/** Gives a claimed invitation back when sending it failed, so a retry sends it. */
export async function releaseMemberInvitation(roundId: string, committee: Committee, memberId: string) {
  await documentClient.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.roundStage(roundId, committee),
      UpdateExpression: 'REMOVE invited.#member',
      ExpressionAttributeNames: { '#member': memberId },
    }),
  );
}

export async function markInvitationsSent(roundId: string, committee: Committee, now: string) {
  await documentClient.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.roundStage(roundId, committee),
      UpdateExpression: 'SET invitationsSentAt = if_not_exists(invitationsSentAt, :now)',
      ExpressionAttributeValues: { ':now': now },
    }),
  );
}

export type StageWrite = { ok: true; version: number } | { ok: false; current: StageRecord | undefined };

/** Sets one application's proposal while the stage is open and not finalised. */
export async function setProposal(
  roundId: string,
  committee: Committee,
  applicationId: string,
  proposal: Proposal,
): Promise<StageWrite> {
  return stageUpdate(roundId, committee, 'SET proposals.#app = :proposal ADD version :one', {
    names: { '#app': applicationId },
    values: { ':proposal': proposal },
  });
}

/** Sets the geographic committee's whole order (and comments) while the stage is open. */
export async function setOrder(
  roundId: string,
  order: string[],
  comments: Record<string, string>,
): Promise<StageWrite> {
  return stageUpdate(roundId, 'geographic', 'SET #order = :order, comments = :comments ADD version :one', {
    names: { '#order': 'order' },
    values: { ':order': order, ':comments': comments },
  });
}

/** One change to an open, unfinalised stage (and `also`, if given); bumps its version. */
async function stageUpdate(
  roundId: string,
  committee: Committee,
  update: string,
  expression: { names?: Record<string, string>; values: Record<string, unknown>; also?: string },
): Promise<StageWrite> {
  try {
    const { Attributes } = await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.roundStage(roundId, committee),
        UpdateExpression: update,
        ConditionExpression: `attribute_exists(openedAt) AND attribute_not_exists(finalisedAt)${
          expression.also ? ` AND ${expression.also}` : ''
        }`,
        ExpressionAttributeNames: expression.names,
        ExpressionAttributeValues: { ...expression.values, ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return { ok: true, version: Attributes?.version as number };
  } catch (error) {
    if (!isConditionFailed(error)) throw error;
    return { ok: false, current: await getStage(roundId, committee) };
  }
}

/**
 * The one decision of a stage: a conditional write that succeeds once — only on the version
 * the chair saw and only if nobody finalised before. A second finalisation (another tab,
 * a double click, the deputy at the same moment) finds it finalised and changes nothing.
 */
export async function finaliseStage(
  roundId: string,
  committee: Committee,
  expectedVersion: number,
  decision: Record<string, Decision>,
  finalisedBy: string,
  now: string,
): Promise<StageWrite> {
  return stageUpdate(
    roundId,
    committee,
    'SET finalisedAt = :now, finalisedBy = :by, decision = :decision ADD version :one',
    {
      values: { ':now': now, ':by': finalisedBy, ':decision': decision, ':expected': expectedVersion },
      also: 'version = :expected',
    },
  );
}

/** Claims one overdue reminder per stage and interval (many executions time out together). */
export async function claimReminder(
  roundId: string,
  committee: Committee,
  now: Date,
  intervalMs: number,
): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.roundStage(roundId, committee),
        UpdateExpression: 'SET lastReminderAt = :now ADD reminderCount :one',
        ConditionExpression:
          'attribute_not_exists(finalisedAt) AND (attribute_not_exists(lastReminderAt) OR lastReminderAt < :threshold)',
        ExpressionAttributeValues: {
          ':now': now.toISOString(),
          ':one': 1,
          ':threshold': new Date(now.getTime() - intervalMs / 2).toISOString(),
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

// ── review links ───────────────────────────────────────────────────────────────────────

export interface ReviewLinkRecord {
  linkId: string;
  roundId: string;
  committee: Committee;
  memberId: string;
  issuedAt: string;
  issuedBy: string;
  expiresAt: string;
  revokedAt?: string;
  revokedBy?: string;
}

export async function createLink(record: ReviewLinkRecord) {
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.reviewLink(record.roundId, record.linkId), type: 'reviewLink', ...record },
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
}

export async function getLink(roundId: string, linkId: string): Promise<ReviewLinkRecord | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName(), Key: keys.reviewLink(roundId, linkId), ConsistentRead: true }),
  );
  return Item ? strip<ReviewLinkRecord>(Item) : undefined;
}

/** Revokes a link; false if there is no such link or it was revoked before. */
export async function revokeLink(roundId: string, linkId: string, by: string, now: string): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.reviewLink(roundId, linkId),
        UpdateExpression: 'SET revokedAt = :now, revokedBy = :by',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
        ExpressionAttributeValues: { ':now': now, ':by': by },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

export async function listLinks(roundId: string): Promise<ReviewLinkRecord[]> {
  const items = await queryAll({ pk: keys.roundPartition(roundId), skPrefix: keys.reviewLinkPrefix });
  return items.map((item) => strip<ReviewLinkRecord>(item));
}

// ── members' reviews ───────────────────────────────────────────────────────────────────

export interface Declaration {
  conflicted: boolean;
  reason?: string;
  declaredAt: string;
}

export interface MemberReviewRecord {
  roundId: string;
  committee: Committee;
  applicationId: string;
  memberId: string;
  declaration?: Declaration;
  /** Expert committee. */
  assessment?: ExpertAssessment & { updatedAt: string };
  /** Geographic committee: a county adviser's comment. */
  comment?: { text: string; updatedAt: string };
}

export async function getMemberReview(
  roundId: string,
  committee: Committee,
  applicationId: string,
  memberId: string,
): Promise<MemberReviewRecord | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.memberReview(roundId, committee, applicationId, memberId),
      ConsistentRead: true,
    }),
  );
  return Item ? strip<MemberReviewRecord>(Item) : undefined;
}

/** Every member's review in a stage, or of one application. */
export async function listMemberReviews(
  roundId: string,
  committee: Committee,
  applicationId?: string,
): Promise<MemberReviewRecord[]> {
  const items = await queryAll({
    pk: keys.memberReviewPartition(roundId, committee),
    ...(applicationId ? { skPrefix: `${applicationId}#` } : {}),
  });
  return items.map((item) => strip<MemberReviewRecord>(item));
}

/**
 * Records a declaration. "Not conflicted" may be repeated and may later become "conflicted";
 * a conflict, once declared, stays (the member may have been told nothing, and the record
 * must show who stood aside). Returns false when a conflict was declared before.
 */
export async function declare(
  roundId: string,
  committee: Committee,
  applicationId: string,
  memberId: string,
  declaration: Declaration,
): Promise<boolean> {
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.memberReview(roundId, committee, applicationId, memberId),
        UpdateExpression:
          'SET #type = :type, roundId = :round, committee = :committee, applicationId = :app, memberId = :member, declaration = :declaration',
        ConditionExpression: declaration.conflicted
          ? 'attribute_not_exists(declaration) OR declaration.conflicted = :no OR declaration.conflicted = :yes'
          : 'attribute_not_exists(declaration) OR declaration.conflicted = :no',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':type': 'memberReview',
          ':round': roundId,
          ':committee': committee,
          ':app': applicationId,
          ':member': memberId,
          ':declaration': declaration,
          ':no': false,
          ...(declaration.conflicted ? { ':yes': true } : {}),
        },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

/**
 * Saves a member's assessment (expert) or comment (geographic) — only for a member who has
 * declared no conflict for the application. Returns false otherwise.
 */
export async function saveMemberInput(
  roundId: string,
  committee: Committee,
  applicationId: string,
  memberId: string,
  input:
    | { assessment: ExpertAssessment & { updatedAt: string } }
    | { comment: { text: string; updatedAt: string } },
): Promise<boolean> {
  const [field, value] =
    'assessment' in input ? ['assessment', input.assessment] : ['comment', input.comment];
  try {
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.memberReview(roundId, committee, applicationId, memberId),
        UpdateExpression: 'SET #field = :value',
        ConditionExpression: 'declaration.conflicted = :no',
        ExpressionAttributeNames: { '#field': field },
        ExpressionAttributeValues: { ':value': value, ':no': false },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}
