import type { DynamoDBRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { auditCopies, copyAuditRecords, type AuditCopy } from '../../shared/storage/audit-sink.ts';
import * as keys from '../../shared/storage/table-keys.ts';

/** A stream record as DynamoDB Streams delivers it (new and old images). */
function record(
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE',
  pk: string,
  sk: string,
  sequenceNumber: string,
  images: { NewImage?: object; OldImage?: object } = {},
): DynamoDBRecord {
  return {
    eventID: `event-${sequenceNumber}`,
    eventName,
    eventSource: 'aws:dynamodb',
    dynamodb: {
      ApproximateCreationDateTime: 1_796_000_000,
      Keys: { pk: { S: pk }, sk: { S: sk } },
      SequenceNumber: sequenceNumber,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
      ...images,
    },
  } as DynamoDBRecord;
}

const entry = keys.auditEntry('ik-2027', '2027-03-01T10:00:00.000Z', '01J0000000000000000000000A');
const image = { pk: { S: entry.pk }, sk: { S: entry.sk }, action: { S: 'decision.applied' } };

describe('the audit sink', () => {
  it('copies an audit entry under audit/<round>/<sort key>/, with its image as stored', () => {
    const [copy, ...rest] = auditCopies([record('INSERT', entry.pk, entry.sk, '100', { NewImage: image })]);
    expect(rest).toEqual([]);
    expect(copy!.key).toBe(`audit/ik-2027/${entry.sk}/100-INSERT.json`);
    expect(JSON.parse(copy!.body)).toMatchObject({
      eventName: 'INSERT',
      sequenceNumber: '100',
      keys: { pk: { S: entry.pk }, sk: { S: entry.sk } },
      newImage: image,
    });
  });

  it('copies a modification or deletion too, old image and new: tampering shows', () => {
    const copies = auditCopies([
      record('MODIFY', entry.pk, entry.sk, '101', {
        OldImage: image,
        NewImage: { ...image, action: { S: 'x' } },
      }),
      record('REMOVE', entry.pk, entry.sk, '102', { OldImage: image }),
    ]);
    expect(copies.map((copy) => copy.key)).toEqual([
      `audit/ik-2027/${entry.sk}/101-MODIFY.json`,
      `audit/ik-2027/${entry.sk}/102-REMOVE.json`,
    ]);
    expect(JSON.parse(copies[0]!.body)).toMatchObject({ oldImage: image, newImage: { action: { S: 'x' } } });
    expect(JSON.parse(copies[1]!.body)).toMatchObject({ oldImage: image });
  });

  it('skips anything that is not an audit item', () => {
    const application = keys.application('01J0000000000000000000000B');
    expect(auditCopies([record('INSERT', application.pk, application.sk, '103')])).toEqual([]);
  });

  it('writes in order, counts what is already there, and stops at the first failure', async () => {
    const written: string[] = [];
    const records = ['200', '201', '202', '203'].map((n) =>
      record('INSERT', entry.pk, `${entry.sk}-${n}`, n),
    );
    const put = async (copy: AuditCopy) => {
      if (copy.sequenceNumber === '202') throw Object.assign(new Error('slow down'), { name: 'SlowDown' });
      written.push(copy.sequenceNumber);
      return copy.sequenceNumber !== '201'; // 201: a retried batch found it there
    };
    expect(await copyAuditRecords(records, put)).toEqual({
      copied: 1,
      existing: 1,
      failedAt: '202',
      error: 'SlowDown',
    });
    expect(written).toEqual(['200', '201']);
  });
});
