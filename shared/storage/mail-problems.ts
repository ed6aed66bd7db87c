/**
 * Bounces and complaints, recorded on what they concern (ADR 083): an application's mails on
 * the application item (`mailProblems`), a committee member's on the committee's stage item
 * (`mailProblems#<memberId>`, like the stage's other per-member attributes). Each write is one
 * conditional UpdateItem: SES's feedback id goes into the item's `mailEventIds` set with the
 * problem, so the same event delivered twice is recorded once; `mailNoticesSent` holds the ids
 * the secretariat has been told of, so a retried invocation tells them exactly when it has not.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MailProblem } from '../mail/events.ts';
import { conditionalWrite, documentClient, tableName } from './dynamo.ts';
import * as keys from './table-keys.ts';

/** Where a problem is recorded: an application, or a member of a committee in a round. */
export type MailProblemTarget =
  | { readonly kind: 'application'; readonly applicationId: string }
  | {
      readonly kind: 'member';
      readonly roundId: string;
      readonly committee: string;
      readonly memberId: string;
    };

const keyOf = (target: MailProblemTarget) =>
  target.kind === 'application'
    ? keys.application(target.applicationId)
    : keys.roundStage(target.roundId, target.committee);

const listAttribute = (target: MailProblemTarget) =>
  target.kind === 'application' ? 'mailProblems' : `mailProblems#${target.memberId}`;

export interface RecordedProblem {
  /** The item it concerns exists (an application, an opened stage). */
  readonly found: boolean;
  /** This call wrote it (false: an earlier delivery of the same event did). */
  readonly recorded: boolean;
  /** The secretariat has been told of it. */
  readonly noticeSent: boolean;
}

/** Appends the problem to its item unless that event is there already. */
export async function recordMailProblem(
  target: MailProblemTarget,
  problem: MailProblem,
): Promise<RecordedProblem> {
  const written = await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keyOf(target),
      UpdateExpression: 'SET #list = list_append(if_not_exists(#list, :empty), :one) ADD mailEventIds :ids',
      ConditionExpression: 'attribute_exists(pk) AND NOT contains(mailEventIds, :id)',
      ExpressionAttributeNames: { '#list': listAttribute(target) },
      ExpressionAttributeValues: {
        ':empty': [],
        ':one': [problem],
        ':ids': new Set([problem.feedbackId]),
        ':id': problem.feedbackId,
      },
    }),
  );
  if (written.ok) return { found: true, recorded: true, noticeSent: false };
  const { Item } = await documentClient.send(
    new GetCommand({
      TableName: tableName(),
      Key: keyOf(target),
      ConsistentRead: true,
      ProjectionExpression: 'mailEventIds, mailNoticesSent',
    }),
  );
  if (!Item) return { found: false, recorded: false, noticeSent: false };
  const sent = Item.mailNoticesSent as Set<string> | undefined;
  return { found: true, recorded: false, noticeSent: sent?.has(problem.feedbackId) ?? false };
}

/** Notes that the secretariat has been told of the problem. */
export async function markMailProblemNoticeSent(
  target: MailProblemTarget,
  feedbackId: string,
): Promise<void> {
  await conditionalWrite(
    new UpdateCommand({
      TableName: tableName(),
      Key: keyOf(target),
      UpdateExpression: 'ADD mailNoticesSent :ids',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':ids': new Set([feedbackId]) },
    }),
  );
}

/** The problems recorded on an application, oldest first (the admin CLI, the tests). */
export async function listMailProblems(target: MailProblemTarget): Promise<MailProblem[]> {
  const attribute = listAttribute(target);
  const { Item } = await documentClient.send(
    new GetCommand({
      TableName: tableName(),
      Key: keyOf(target),
      ConsistentRead: true,
      ProjectionExpression: '#list',
      ExpressionAttributeNames: { '#list': attribute },
    }),
  );
  return (Item?.[attribute] as MailProblem[] | undefined) ?? [];
}
