/**
 * The table's side of erasing an application (ADR 089): what its partition holds (access
 * pattern 2) and single-item deletes by key — the review items of each committee (pattern 12's
 * key), each attachment item, the application item last. GetItem/Query/DeleteItem only.
 */
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { COMMITTEES } from '../domain/committees.ts';
import { conditionalWrite, queryAll, tableName } from './dynamo.ts';
import * as keys from './table-keys.ts';

/** The keys of every item in the application's partition (the application and its attachments). */
export async function applicationPartitionKeys(applicationId: string): Promise<{ pk: string; sk: string }[]> {
  const items = await queryAll({
    partition: keys.applicationPartition(applicationId),
    attributes: ['pk', 'sk'],
  });
  return items.map((item) => ({ pk: String(item.pk), sk: String(item.sk) }));
}

/** The application item's key, which an erase deletes last. */
export const isApplicationItem = (key: { pk: string; sk: string }, applicationId: string) =>
  key.pk === keys.application(applicationId).pk && key.sk === keys.application(applicationId).sk;

/** Deletes one item if it is there; true when it was. */
export async function deleteItem(key: { pk: string; sk: string }): Promise<boolean> {
  const { ok } = await conditionalWrite(
    new DeleteCommand({ TableName: tableName(), Key: key, ConditionExpression: 'attribute_exists(pk)' }),
  );
  return ok;
}

/** Deletes the committees' review items of the application (declarations, assessments, comments). */
export async function deleteReviewItems(roundId: string, applicationId: string): Promise<number> {
  let deleted = 0;
  for (const committee of COMMITTEES) {
    if (await deleteItem(keys.applicationReviews(roundId, committee, applicationId))) deleted++;
  }
  return deleted;
}
