/**
 * The committees' items: a round's date overrides, each committee's stage, review links and
 * the members' reviews of each application (declarations + assessments or comments, and the
 * finalisation's seal). Every change is one conditional single-item write (dynalite has no
 * transactions); see keys.ts for the access patterns and ADR 065 for the seal.
 */
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Committee } from '../domain/committees.ts';
import type { Decision, ExpertAssessment, Proposal } from '../domain/review.ts';
import { recordAudit } from './audit.ts';
import { conditionalWrite, documentClient, queryAll, tableName } from './dynamo.ts';
import {
  applicationReviewsItem,
  conflictsAttribute,
  declarationSchema,
  discussionSchema,
  memberReviewAttribute,
  parseItem,
  reviewLinkItem,
  scheduleItem,
  stageConflicts,
  stageItem,
  storedAssessmentSchema,
  storedCommentSchema,
  versionOnly,
  type AuditActor,
  type Declaration,
  type DiscussionEntry,
  type Item,
  type ReviewLinkRecord,
  type ScheduleOverrides,
  type StageRecord,
  type StoredAssessment,
  type StoredComment,
} from './items.ts';
import * as keys from './table-keys.ts';

// The shapes live in items.ts (one schema per item type); these names are the repository's API.
export type {
  Declaration,
  DiscussionEntry,
  ReviewLinkRecord,
  ScheduleOverrides,
  StageRecord,
} from './items.ts';

// ── the round's date overrides ─────────────────────────────────────────────────────────

export async function getScheduleOverrides(roundId: string): Promise<ScheduleOverrides> {
  const { Item } = await documentClient.send(
    new GetCommand({ TableName: tableName(), Key: keys.roundSchedule(roundId), ConsistentRead: true }),
  );
  return Item ? parseItem(scheduleItem, Item, 'round schedule') : {};
}

export async function putScheduleOverrides(roundId: string, overrides: ScheduleOverrides) {
  await documentClient.send(
    new PutCommand({
      TableName: tableName(),
      Item: { ...keys.roundSchedule(roundId), type: 'schedule', ...overrides },
    }),
  );
}

/**
 * Moves dates of a round (ADR 047, 113): the overrides `move` makes of the current ones, stamped
 * with when and by whom, replace them; the move is audited as `schedule.moved` with the changes
 * asked for and what `previous` picks of the current overrides (all of them unless it says).
 * Returns the new overrides.
 */
export async function moveScheduleOverrides(
  roundId: string,
  {
    actor,
    updatedBy,
    now,
    changes,
    move,
    previous = (current) => current,
  }: {
    actor: AuditActor;
    updatedBy: string;
    now: Date;
    changes: object;
    move: (current: ScheduleOverrides) => Partial<ScheduleOverrides>;
    previous?: (current: ScheduleOverrides) => object;
  },
): Promise<ScheduleOverrides> {
  const current = await getScheduleOverrides(roundId);
  const next: ScheduleOverrides = {
    ...current,
    ...move(current),
    updatedAt: now.toISOString(),
    updatedBy,
  };
  await putScheduleOverrides(roundId, next);
  await recordAudit({
    roundId,
    at: now.toISOString(),
    actor,
    action: 'schedule.moved',
    details: { changes, previous: previous(current) },
  });
  return next;
}

// ── a committee's stage ────────────────────────────────────────────────────────────────

function toStage(item: Item): StageRecord {
  const stage = parseItem(stageItem, item, 'stage');
  return { ...stage, proposals: stage.proposals ?? {}, conflicts: stageConflicts(item) };
}

export async function getStage(roundId: string, committee: Committee): Promise<StageRecord | undefined> {
  const { Item } = await documentClient.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.roundStage(roundId, committee),
      ConsistentRead: true,
    }),
  );
  return Item ? toStage(Item) : undefined;
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
  const stage = toStage(Attributes ?? {});
  return { stage, opened: stage.openedAt === now };
}

/**
 * Claims one member's invitation, so that the executions entering a stage together — and an
 * execution entering again while its first entry is still sending — e-mail each member once.
 * `claim` is unique to this call: when the write's answer is lost but the claim took effect,
 * reading it back tells that it is ours — otherwise nobody would ever send it (ADR 064).
 */
export async function claimMemberInvitation(
  roundId: string,
  committee: Committee,
  memberId: string,
  claim: string,
): Promise<boolean> {
  try {
    const { ok } = await conditionalWrite(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.roundStage(roundId, committee),
        UpdateExpression: 'SET invited.#member = :claim',
        ConditionExpression: 'attribute_exists(openedAt) AND attribute_not_exists(invited.#member)',
        ExpressionAttributeNames: { '#member': memberId },
        ExpressionAttributeValues: { ':claim': claim },
      }),
    );
    return ok;
  } catch (error) {
    // The answer was lost: the claim is ours if the stage holds it.
    const stage = await getStage(roundId, committee).catch(() => undefined);
    if (stage?.invited?.[memberId] === claim) return true;
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

/**
 * Sets one application's proposal while the stage is open and not finalised — and only while
 * the member setting it has not declared a conflict on the application (the mirror on the
 * stage item: a declaration that lands first refuses this write, one that lands later clears it).
 */
export async function setProposal(
  roundId: string,
  committee: Committee,
  applicationId: string,
  proposal: Proposal,
): Promise<StageWrite> {
  return stageUpdate(roundId, committee, 'SET proposals.#app = :proposal ADD version :one', {
    names: { '#app': applicationId, '#conflicts': conflictsAttribute(proposal.setBy) },
    values: { ':proposal': proposal, ':appId': applicationId },
    also: 'NOT contains(#conflicts, :appId)',
  });
}

/**
 * Sets the geographic committee's whole order (and comments) while the stage is open — and
 * only while the member setting it has declared no conflict on any application.
 */
export async function setOrder(
  roundId: string,
  order: string[],
  comments: Record<string, string>,
  setBy: string,
  setAt: string,
): Promise<StageWrite> {
  return stageUpdate(
    roundId,
    'geographic',
    'SET #order = :order, comments = :comments, orderSetBy = :by, orderSetAt = :at ADD version :one',
    {
      names: { '#order': 'order', '#conflicts': conflictsAttribute(setBy) },
      values: { ':order': order, ':comments': comments, ':by': setBy, ':at': setAt },
      also: 'attribute_not_exists(#conflicts)',
    },
  );
}

/** What a member's conflict took out of the stage. */
export interface VoidedByConflict {
  /** The proposal (outcome or award) the member had set for the application. */
  proposal?: Proposal;
  /** The application's place (1-based) in the order the member had set. */
  rank?: number;
  version: number;
}

/**
 * A member declared a conflict of interest on an application: whatever they set for it on the
 * stage is void — their proposal is removed, the application taken out of an order they set
 * (with its comment) — the conflict is mirrored for the stage's write conditions, and the
 * version moves on, so a finalisation prepared on the stage as it was is refused. A read, then
 * one write conditional on the version read (tried again if another change came between);
 * undefined when the stage is finalised (or not open): nothing can change any more.
 */
export async function voidForConflict(
  roundId: string,
  committee: Committee,
  applicationId: string,
  memberId: string,
): Promise<VoidedByConflict | undefined> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const stage = await getStage(roundId, committee);
    if (!stage?.openedAt || stage.finalisedAt) return undefined;
    const set: string[] = [];
    const remove: string[] = [];
    const names: Record<string, string> = { '#conflicts': conflictsAttribute(memberId) };
    const values: Record<string, unknown> = {
      ':apps': new Set([applicationId]),
      ':one': 1,
      ':seen': stage.version,
    };
    const voided: Omit<VoidedByConflict, 'version'> = {};
    const proposal = stage.proposals[applicationId];
    if (proposal?.setBy === memberId) {
      names['#app'] = applicationId;
      remove.push('proposals.#app');
      voided.proposal = proposal;
    }
    const rank = (stage.order ?? []).indexOf(applicationId);
    if (stage.orderSetBy === memberId && rank >= 0) {
      names['#order'] = 'order';
      values[':order'] = stage.order!.filter((id) => id !== applicationId);
      set.push('#order = :order');
      if (stage.comments?.[applicationId] !== undefined) {
        names['#app'] = applicationId;
        remove.push('comments.#app');
      }
      voided.rank = rank + 1;
    }
    const written = await conditionalWrite(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.roundStage(roundId, committee),
        UpdateExpression: [
          set.length > 0 ? `SET ${set.join(', ')}` : '',
          'ADD #conflicts :apps, version :one',
          remove.length > 0 ? `REMOVE ${remove.join(', ')}` : '',
        ]
          .filter(Boolean)
          .join(' '),
        ConditionExpression: 'version = :seen AND attribute_not_exists(finalisedAt)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    if (written.ok)
      return { ...voided, ...parseItem(versionOnly, written.attributes ?? {}, 'stage version') };
  }
  throw new Error(`The ${committee} stage kept changing while a conflict was being recorded`);
}

/** One change to an open, unfinalised stage (and `also`, if given); bumps its version. */
async function stageUpdate(
  roundId: string,
  committee: Committee,
  update: string,
  expression: { names?: Record<string, string>; values: Record<string, unknown>; also?: string },
): Promise<StageWrite> {
  const written = await conditionalWrite(
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
    () => getStage(roundId, committee),
  );
  if (!written.ok) return written;
  return { ok: true, ...parseItem(versionOnly, written.attributes ?? {}, 'stage version') };
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

/**
 * Claims a member's reminder before the stage deadline (ADR 091): once per member and stage,
 * only while the stage is open and not finalised. One conditional write on the stage item.
 */
export async function claimMemberReminder(
  roundId: string,
  committee: Committee,
  memberId: string,
  now: string,
): Promise<boolean> {
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.roundStage(roundId, committee),
      UpdateExpression: 'SET #reminder = :now',
      ConditionExpression:
        'attribute_exists(openedAt) AND attribute_not_exists(finalisedAt) AND attribute_not_exists(#reminder)',
      ExpressionAttributeNames: { '#reminder': `reminder#${memberId}` },
      ExpressionAttributeValues: { ':now': now },
    }),
  );
  return ok;
}

/** Gives a member's claimed reminder back when sending it failed. */
export async function releaseMemberReminder(roundId: string, committee: Committee, memberId: string) {
  await documentClient.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.roundStage(roundId, committee),
      UpdateExpression: 'REMOVE #reminder',
      ExpressionAttributeNames: { '#reminder': `reminder#${memberId}` },
    }),
  );
}

/** Claims one overdue reminder per stage and interval (many executions time out together). */
export async function claimReminder(
  roundId: string,
  committee: Committee,
  now: Date,
  intervalMs: number,
): Promise<boolean> {
  const { ok } = await conditionalWrite(
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
  return ok;
}

// ── review links ───────────────────────────────────────────────────────────────────────

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
  return Item ? parseItem(reviewLinkItem, Item, 'review link') : undefined;
}

/** Revokes a link; false if there is no such link or it was revoked before. */
export async function revokeLink(roundId: string, linkId: string, by: string, now: string): Promise<boolean> {
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.reviewLink(roundId, linkId),
      UpdateExpression: 'SET revokedAt = :now, revokedBy = :by',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(revokedAt)',
      ExpressionAttributeValues: { ':now': now, ':by': by },
    }),
  );
  return ok;
}

export async function listLinks(roundId: string): Promise<ReviewLinkRecord[]> {
  const items = await queryAll({
    partition: keys.roundPartition(roundId),
    sortKey: { beginsWith: keys.reviewLinkPrefix },
  });
  return items.map((item) => parseItem(reviewLinkItem, item, 'review link'));
}

// ── members' reviews ───────────────────────────────────────────────────────────────────
//
// One item per application and stage holds every member's declaration and assessment (or
// comment) for it, as attributes named per member, and the finalisation's seal. Every write a
// member makes is conditional on the item carrying no seal: the finalisation seals every
// application of its stage before it reads the reviews it decides on (ADR 065).

/** One member's review of one application (a view of the application's reviews item). */
export interface MemberReviewRecord {
  roundId: string;
  committee: Committee;
  applicationId: string;
  memberId: string;
  declaration?: Declaration;
  /** Expert committee. */
  assessment?: StoredAssessment;
  /** Geographic committee: a county adviser's comment. */
  comment?: StoredComment;
}

/** The members' reviews on one application's item, the committee's discussion and the seals on it. */
function toReviews(item: Item): {
  reviews: MemberReviewRecord[];
  discussion: DiscussionEntry[];
  seals: string[];
} {
  const what = 'application reviews';
  const { roundId, committee, applicationId, seals } = parseItem(applicationReviewsItem, item, what);
  const byMember = new Map<string, MemberReviewRecord>();
  const of = (memberId: string) => {
    const review = byMember.get(memberId) ?? { roundId, committee, applicationId, memberId };
    byMember.set(memberId, review);
    return review;
  };
  for (const name of Object.keys(item)) {
    const memberId = name.slice(name.indexOf('#') + 1);
    if (name === memberReviewAttribute('declaration', memberId))
      of(memberId).declaration = parseItem(declarationSchema, item, what, name);
    else if (name === memberReviewAttribute('assessment', memberId))
      of(memberId).assessment = parseItem(storedAssessmentSchema, item, what, name);
    else if (name === memberReviewAttribute('comment', memberId))
      of(memberId).comment = parseItem(storedCommentSchema, item, what, name);
  }
  const discussion =
    item.discussion === undefined ? [] : parseItem(discussionSchema, item, what, 'discussion');
  return { reviews: [...byMember.values()], discussion, seals: [...(seals ?? [])] };
}

async function getApplicationReviewsItem(roundId: string, committee: Committee, applicationId: string) {
  const { Item } = await documentClient.send(
    new GetCommand({
      TableName: tableName(),
      Key: keys.applicationReviews(roundId, committee, applicationId),
      ConsistentRead: true,
    }),
  );
  return Item ? toReviews(Item) : { reviews: [], discussion: [], seals: [] };
}

/** The members' reviews of one application and the committee's discussion of it. */
export async function getApplicationReviews(roundId: string, committee: Committee, applicationId: string) {
  const { reviews, discussion } = await getApplicationReviewsItem(roundId, committee, applicationId);
  return { reviews, discussion };
}

/** Every member's review in a stage, or of one application. */
export async function listMemberReviews(
  roundId: string,
  committee: Committee,
  applicationId?: string,
): Promise<MemberReviewRecord[]> {
  if (applicationId) return (await getApplicationReviewsItem(roundId, committee, applicationId)).reviews;
  // Only this item type's sort keys: a member review under the key before ADR 065 is not read.
  const items = await queryAll({
    partition: keys.applicationReviewsPartition(roundId, committee),
    sortKey: { beginsWith: keys.applicationReviewsPrefix },
  });
  return items.flatMap((item) => toReviews(item).reviews);
}

export async function getMemberReview(
  roundId: string,
  committee: Committee,
  applicationId: string,
  memberId: string,
): Promise<MemberReviewRecord | undefined> {
  const { reviews } = await getApplicationReviewsItem(roundId, committee, applicationId);
  return reviews.find((review) => review.memberId === memberId);
}

/** The seals on an application's reviews (finalisations that sealed it; see sealReviews). */
export async function getSeals(roundId: string, committee: Committee, applicationId: string) {
  return (await getApplicationReviewsItem(roundId, committee, applicationId)).seals;
}

const notSealed = 'attribute_not_exists(seals)';

/**
 * Records a declaration. "Not conflicted" may be repeated and may later become "conflicted";
 * a conflict, once declared, stays (the member may have been told nothing, and the record
 * must show who stood aside) and clears the member's assessment or comment: it no longer
 * counts. `final` when a conflict was declared before, `sealed` when the stage's finalisation
 * has sealed the application's reviews.
 */
export async function declare(
  roundId: string,
  committee: Committee,
  applicationId: string,
  memberId: string,
  declaration: Declaration,
): Promise<'saved' | 'final' | 'sealed'> {
  const { ok } = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.applicationReviews(roundId, committee, applicationId),
      UpdateExpression:
        'SET #type = :type, roundId = :round, committee = :committee, applicationId = :app, #declaration = :declaration' +
        (declaration.conflicted ? ' REMOVE #assessment, #comment' : ''),
      ConditionExpression: `${notSealed} AND (attribute_not_exists(#declaration) OR #declaration.conflicted = :no${
        declaration.conflicted ? ' OR #declaration.conflicted = :yes' : ''
      })`,
      ExpressionAttributeNames: {
        '#type': 'type',
        '#declaration': memberReviewAttribute('declaration', memberId),
        ...(declaration.conflicted
          ? {
              '#assessment': memberReviewAttribute('assessment', memberId),
              '#comment': memberReviewAttribute('comment', memberId),
            }
          : {}),
      },
      ExpressionAttributeValues: {
        ':type': 'applicationReviews',
        ':round': roundId,
        ':committee': committee,
        ':app': applicationId,
        ':declaration': declaration,
        ':no': false,
        ...(declaration.conflicted ? { ':yes': true } : {}),
      },
    }),
  );
  if (ok) return 'saved';
  return (await getSeals(roundId, committee, applicationId)).length > 0 ? 'sealed' : 'final';
}

/**
 * Saves a member's assessment (expert) or comment (geographic) — only for a member who has
 * declared no conflict for the application, and only while the reviews are not sealed.
 */
export async function saveMemberInput(
  roundId: string,
  committee: Committee,
  applicationId: string,
  memberId: string,
  input:
    | { assessment: ExpertAssessment & { updatedAt: string } }
    | { comment: { text: string; updatedAt: string } },
): Promise<'saved' | 'undeclared' | 'conflicted' | 'sealed'> {
  const [field, value] =
    'assessment' in input
      ? (['assessment', input.assessment] as const)
      : (['comment', input.comment] as const);
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.applicationReviews(roundId, committee, applicationId),
      UpdateExpression: 'SET #field = :value',
      ConditionExpression: `${notSealed} AND #declaration.conflicted = :no`,
      ExpressionAttributeNames: {
        '#field': memberReviewAttribute(field, memberId),
        '#declaration': memberReviewAttribute('declaration', memberId),
      },
      ExpressionAttributeValues: { ':value': value, ':no': false },
    }),
  );
  if (written.ok) return 'saved';
  const { reviews, seals } = await getApplicationReviewsItem(roundId, committee, applicationId);
  if (seals.length > 0) return 'sealed';
  const mine = reviews.find((review) => review.memberId === memberId)?.declaration;
  return mine?.conflicted ? 'conflicted' : 'undeclared';
}

/**
 * Adds a post to the committee's discussion of an application (ADR 090) — only by a member who
 * declared no conflict on it (and, `afterAssessment`, has given their own assessment), while
 * the reviews are not sealed and the thread holds fewer than `max` posts. One conditional write.
 */
export async function addDiscussionEntry(
  roundId: string,
  committee: Committee,
  applicationId: string,
  entry: DiscussionEntry,
  options: { max: number; afterAssessment: boolean },
): Promise<'saved' | 'undeclared' | 'conflicted' | 'unassessed' | 'full' | 'sealed'> {
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.applicationReviews(roundId, committee, applicationId),
      UpdateExpression: 'SET discussion = list_append(if_not_exists(discussion, :empty), :entry)',
      ConditionExpression: `${notSealed} AND #declaration.conflicted = :no${
        options.afterAssessment ? ' AND attribute_exists(#assessment)' : ''
      } AND (attribute_not_exists(discussion) OR size(discussion) < :max)`,
      ExpressionAttributeNames: {
        '#declaration': memberReviewAttribute('declaration', entry.memberId),
        ...(options.afterAssessment
          ? { '#assessment': memberReviewAttribute('assessment', entry.memberId) }
          : {}),
      },
      ExpressionAttributeValues: { ':entry': [entry], ':empty': [], ':no': false, ':max': options.max },
    }),
  );
  if (written.ok) return 'saved';
  const { reviews, discussion, seals } = await getApplicationReviewsItem(roundId, committee, applicationId);
  if (seals.length > 0) return 'sealed';
  const mine = reviews.find((review) => review.memberId === entry.memberId);
  if (!mine?.declaration) return 'undeclared';
  if (mine.declaration.conflicted) return 'conflicted';
  if (options.afterAssessment && !mine.assessment) return 'unassessed';
  return discussion.length >= options.max ? 'full' : 'sealed';
}

/** A finalisation's seal: when it was set, and by which attempt (`<ISO instant>#<id>`). */
export const sealOf = (at: string, attemptId: string) => `${at}#${attemptId}`;
export const sealedAt = (seal: string) => seal.slice(0, seal.indexOf('#'));

/**
 * Seals the reviews of each application (creating the item where nobody has reviewed yet):
 * from here on no member's write to them succeeds. Each finalisation attempt adds its own
 * seal, so one attempt giving its seal back never unseals another's.
 */
export async function sealReviews(
  roundId: string,
  committee: Committee,
  applicationIds: readonly string[],
  seal: string,
) {
  await inBatches(applicationIds, (applicationId) =>
    documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.applicationReviews(roundId, committee, applicationId),
        UpdateExpression:
          'SET #type = :type, roundId = :round, committee = :committee, applicationId = :app ADD seals :seal',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':type': 'applicationReviews',
          ':round': roundId,
          ':committee': committee,
          ':app': applicationId,
          ':seal': new Set([seal]),
        },
      }),
    ),
  );
}

/** Takes seals off an application's reviews (a finalisation that did not decide gives its own back). */
export async function unsealReviews(
  roundId: string,
  committee: Committee,
  applicationIds: readonly string[],
  seals: readonly string[],
) {
  if (seals.length === 0) return;
  await inBatches(applicationIds, (applicationId) =>
    conditionalWrite(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.applicationReviews(roundId, committee, applicationId),
        UpdateExpression: 'DELETE seals :seals',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':seals': new Set(seals) },
      }),
    ),
  );
}

/** At most ten writes at a time; every write is attempted, the first failure is thrown after. */
async function inBatches(ids: readonly string[], write: (id: string) => Promise<unknown>) {
  const failures: unknown[] = [];
  for (let i = 0; i < ids.length; i += 10) {
    const results = await Promise.allSettled(ids.slice(i, i + 10).map(write));
    for (const result of results) if (result.status === 'rejected') failures.push(result.reason);
  }
  if (failures.length > 0) throw failures[0];
}
