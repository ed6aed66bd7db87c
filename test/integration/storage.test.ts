/**
 * The storage helpers against dynalite (in-process, memory): the one conditional write, the one
 * paging loop, and stored items parsed on read (ADR 072). The table is the local stack's (`createTable`,
 * local/table.ts, from `tableShape`); no handler runs.
 */
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../shared/config/env.ts';
import * as applications from '../../shared/storage/applications.ts';
import * as attachments from '../../shared/storage/attachments.ts';
import * as storage from '../../shared/storage/dynamo.ts';
import * as items from '../../shared/storage/items.ts';
import * as keys from '../../shared/storage/table-keys.ts';
import * as outbox from '../../shared/storage/outbox.ts';
import * as review from '../../shared/storage/review.ts';
import * as sessions from '../../shared/storage/sessions.ts';
import { createTable } from '../../local/table.ts';
import { completeDraft } from '../support/applications.ts';

// The SDK reads its endpoint, region and credentials at the first call, after beforeAll set them.
const server = dynalite({ createTableMs: 0 });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  Object.assign(process.env, {
    AWS_REGION: 'eu-north-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    [ENV.tableName]: 'storage-test',
  });
  const client = new DynamoDBClient({ endpoint });
  await createTable(client, 'storage-test');
  client.destroy();
});

afterAll(async () => {
  storage.documentClient.destroy();
  await new Promise((resolve) => server.close(resolve));
});

/** Every Query from here on reads pages of at most `size` items; counts the pages read. */
function smallPages(size: number) {
  const name = `small-pages-${size}`;
  const pages = { count: 0 };
  const middleware =
    (
      next: (args: { input: Record<string, unknown> }) => Promise<unknown>,
      context: { commandName?: string },
    ) =>
    (args: { input: Record<string, unknown> }) => {
      if (context.commandName === 'QueryCommand') {
        pages.count++;
        args.input.Limit = Math.min(Number(args.input.Limit ?? size), size);
      }
      return next(args);
    };
  // The SDK's middleware types do not narrow per step; this one only sets Limit and passes on.
  storage.documentClient.middlewareStack.add(middleware as never, { step: 'initialize', name });
  undo.push(() => storage.documentClient.middlewareStack.remove(name));
  return pages;
}

/** Makes every call of one command fail with an error of this name (not a condition failure). */
function failing(commandName: string, errorName: string) {
  const name = `failing-${commandName}`;
  const middleware =
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) =>
      context.commandName === commandName
        ? Promise.reject(Object.assign(new Error(`${errorName} (injected)`), { name: errorName }))
        : next(args);
  storage.documentClient.middlewareStack.add(middleware as never, { step: 'initialize', name });
  undo.push(() => storage.documentClient.middlewareStack.remove(name));
}

const undo: (() => void)[] = [];
afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
});

let sequence = 0;
const newId = (prefix: string) => `${prefix}${++sequence}`;

async function putApplication(overrides: Record<string, unknown> = {}, ownerHash?: string) {
  const applicationId = newId('app');
  const record = {
    applicationId,
    roundId: 'demo',
    ownerEmail: 'leder@kulturskole.example.no',
    status: 'DRAFT' as const,
    version: 1,
    draft: completeDraft(['2026-2027']),
    locale: 'nb',
    createdAt: '2026-03-02T08:00:00.000Z',
    updatedAt: '2026-03-02T08:00:00.000Z',
    attachmentCount: 0,
  };
  await applications.createApplication(record, ownerHash ?? `hash-${applicationId}`, '0301');
  if (Object.keys(overrides).length > 0) {
    await storage.documentClient.send(
      new PutCommand({
        TableName: 'storage-test',
        Item: { ...keys.application(applicationId), type: 'application', ...record, ...overrides },
      }),
    );
  }
  return applicationId;
}

async function putAttachments(applicationId: string, count: number) {
  for (let i = 0; i < count; i++) {
    await attachments.createAttachment(
      {
        applicationId,
        attachmentId: `att${i}`,
        kind: 'other',
        fileName: `vedlegg-${i}.pdf`,
        contentType: 'application/pdf',
        declaredSize: 1000 + i,
      },
      `2026-03-02T08:0${i}:00.000Z`,
    );
  }
}

/** Counts the commands sent from here on, by name. */
function counting() {
  const sent: string[] = [];
  const name = `counting-${sent.length}-${++sequence}`;
  const middleware =
    (next: (args: unknown) => Promise<unknown>, context: { commandName?: string }) => (args: unknown) => {
      sent.push(context.commandName ?? '?');
      return next(args);
    };
  storage.documentClient.middlewareStack.add(middleware as never, { step: 'initialize', name });
  undo.push(() => storage.documentClient.middlewareStack.remove(name));
  return sent;
}

describe('an applicant session read with its application (ADR 121)', () => {
  const session = (applicationId: string) => ({ sessionId: newId('session'), applicationId });

  it('reads the session and the application in one BatchGetItem, each parsed', async () => {
    const applicationId = await putApplication();
    const { sessionId } = session(applicationId);
    await sessions.createSession({ sessionId, applicationId }, new Date('2026-03-02T20:00:00Z'));
    const sent = counting();
    const read = await sessions.getSessionWithApplication(sessionId, applicationId);
    expect(sent).toEqual(['BatchGetItemCommand']);
    expect(read.session).toEqual({ sessionId, applicationId, expiresAt: expect.any(Number) });
    expect(read.application).toEqual(await applications.getApplication(applicationId));
    expect(read.application).not.toHaveProperty('pk');
  });

  it('reads again with GetItem what DynamoDB left unprocessed', async () => {
    const applicationId = await putApplication();
    const { sessionId } = session(applicationId);
    await sessions.createSession({ sessionId, applicationId }, new Date('2026-03-02T20:00:00Z'));
    // DynamoDB answers the session and leaves the application unprocessed (as under throttling).
    type Key = { pk: string; sk: string };
    type Output = {
      output: { Responses?: Record<string, Key[]>; UnprocessedKeys?: Record<string, { Keys: Key[] }> };
    };
    const middleware =
      (next: (args: unknown) => Promise<Output>, context: { commandName?: string }) =>
      async (args: unknown) => {
        const result = await next(args);
        if (context.commandName !== 'BatchGetItemCommand') return result;
        const items = result.output.Responses!['storage-test']!;
        result.output.Responses!['storage-test'] = items.filter((item) => item.sk !== 'APP');
        result.output.UnprocessedKeys = {
          'storage-test': {
            Keys: items.filter((item) => item.sk === 'APP').map(({ pk, sk }) => ({ pk, sk })),
          },
        };
        return result;
      };
    storage.documentClient.middlewareStack.add(middleware as never, {
      step: 'initialize',
      name: 'unprocessed',
    });
    undo.push(() => storage.documentClient.middlewareStack.remove('unprocessed'));
    const sent = counting();
    const read = await sessions.getSessionWithApplication(sessionId, applicationId);
    expect(sent).toEqual(['BatchGetItemCommand', 'GetItemCommand']);
    expect(read.session?.sessionId).toBe(sessionId);
    expect(read.application?.applicationId).toBe(applicationId);
  });

  it('answers undefined for whichever is not there', async () => {
    const applicationId = await putApplication();
    const { sessionId } = session(applicationId);
    expect(await sessions.getSessionWithApplication(sessionId, applicationId)).toEqual({
      session: undefined,
      application: expect.objectContaining({ applicationId }),
    });
    await sessions.createSession({ sessionId, applicationId: 'gone' }, new Date('2026-03-02T20:00:00Z'));
    expect(await sessions.getSessionWithApplication(sessionId, 'gone')).toEqual({
      session: expect.objectContaining({ sessionId }),
      application: undefined,
    });
  });
});

describe('conditionalWrite', () => {
  const bumpIfVersion = (applicationId: string, version: number) =>
    new UpdateCommand({
      TableName: 'storage-test',
      Key: keys.application(applicationId),
      UpdateExpression: 'SET version = version + :one',
      ConditionExpression: 'version = :expected',
      ExpressionAttributeValues: { ':one': 1, ':expected': version },
      ReturnValues: 'UPDATED_NEW',
    });

  it('answers what the write returned, or a typed refusal when its condition fails', async () => {
    // Prepare
    const applicationId = await putApplication();
    // Act
    const done = await storage.conditionalWrite(bumpIfVersion(applicationId, 1));
    const refused = await storage.conditionalWrite(bumpIfVersion(applicationId, 1));
    // Assess
    expect(done).toEqual({ ok: true, attributes: { version: 2 } });
    expect(refused).toEqual({ ok: false });
    // The repositories answer through it: a refused slot is false, a stale draft the current one
    const slots = [
      await attachments.reserveAttachmentSlot(applicationId, 1),
      await attachments.reserveAttachmentSlot(applicationId, 1),
    ];
    expect(slots).toEqual([true, false]);
    const at = '2026-03-02T09:00:00.000Z';
    expect(await applications.updateDraft(applicationId, 1, { title: 'Ny' }, at)).toMatchObject({
      ok: false,
      current: { version: 2 },
    });
    expect(await applications.updateDraft(applicationId, 2, { title: 'Ny' }, at)).toEqual({
      ok: true,
      value: { version: 3, updatedAt: at },
    });
  });

  it('re-reads the item after a refusal when asked to', async () => {
    // Prepare
    const applicationId = await putApplication();
    // Act
    const refused = await storage.conditionalWrite(bumpIfVersion(applicationId, 7), () =>
      applications.getApplication(applicationId),
    );
    // Assess: the current item, parsed, to answer the conflict with
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.current).toMatchObject({ applicationId, version: 1, status: 'DRAFT' });
  });

  it('rethrows any other error, from DynamoDB or the SDK, and does not re-read', async () => {
    // Prepare
    const applicationId = await putApplication();
    let reread = 0;
    const rereading = async () => reread++;
    // Act + Assess: DynamoDB refuses the expression itself (an unknown placeholder)
    const invalid = new UpdateCommand({
      TableName: 'storage-test',
      Key: keys.application(applicationId),
      UpdateExpression: 'SET version = :missing',
      ConditionExpression: 'version = :expected',
      ExpressionAttributeValues: { ':expected': 1 },
    });
    await expect(storage.conditionalWrite(invalid, rereading)).rejects.toMatchObject({
      name: 'ValidationException',
    });
    // … and a throttled call
    failing('UpdateItemCommand', 'ProvisionedThroughputExceededException');
    await expect(storage.conditionalWrite(bumpIfVersion(applicationId, 1), rereading)).rejects.toMatchObject({
      name: 'ProvisionedThroughputExceededException',
    });
    expect(reread).toBe(0);
    // Nothing was written by either
    expect((await applications.getApplication(applicationId))?.version).toBe(1);
  });
});

describe('queryAll', () => {
  it('follows LastEvaluatedKey across pages: the application with every attachment, every list', async () => {
    // Prepare
    const applicationId = await putApplication();
    await putAttachments(applicationId, 5);
    const pages = smallPages(2);
    // Act
    const whole = await applications.getApplicationWithAttachments(applicationId);
    const readWhole = pages.count;
    const listed = await attachments.listAttachments(applicationId);
    // Assess: six items in pages of two (and the empty last page DynamoDB may answer)
    expect(readWhole).toBeGreaterThanOrEqual(3);
    expect(whole?.application.applicationId).toBe(applicationId);
    expect(whole?.attachments.map((a) => a.attachmentId)).toEqual(['att0', 'att1', 'att2', 'att3', 'att4']);
    expect(listed.map((a) => a.attachmentId)).toEqual(['att0', 'att1', 'att2', 'att3', 'att4']);
    expect(pages.count - readWhole).toBeGreaterThanOrEqual(3);
  });

  it('reads an index across pages, with a sort key condition, a projection and a limit', async () => {
    // Prepare: five submissions in the outbox, a minute apart
    const submitted: string[] = [];
    for (let i = 0; i < 5; i++) {
      const applicationId = await putApplication();
      const receipt = { number: `IK-${i}`, submittedAt: `2026-04-0${i + 1}T10:00:00.000Z` };
      const result = await applications.markSubmitted(
        applicationId,
        'outbox-round',
        { version: 1, attachmentsRevision: undefined },
        receipt,
        [],
      );
      expect(result.ok).toBe(true);
      submitted.push(applicationId);
    }
    // … and one applicant's applications for a lead municipality: two withdrawn, one live
    const owned = [await putApplication({}, 'owner'), await putApplication({}, 'owner')];
    const live = await putApplication({}, 'owner');
    for (const withdrawn of owned)
      await applications.markWithdrawn(withdrawn, '2026-04-10T10:00:00.000Z', 'demo');
    smallPages(1);
    // Act
    const found = await applications.findOwnedApplication('owner', 'demo', '0301');
    const beforeFourth = await outbox.listPendingSubmissions('2026-04-04T00:00:00.000Z', 100);
    const firstTwo = await outbox.listPendingSubmissions('2026-05-01T00:00:00.000Z', 2);
    const round = await applications.listSubmittedApplications('outbox-round');
    // Assess
    expect(found).toBe(live);
    expect(beforeFourth.map((entry) => entry.applicationId)).toEqual(submitted.slice(0, 3));
    expect(beforeFourth[0]).toEqual({
      applicationId: submitted[0],
      roundId: 'demo',
      status: 'SUBMITTED',
      receipt: { number: 'IK-0', submittedAt: '2026-04-01T10:00:00.000Z' },
    });
    expect(firstTwo.map((entry) => entry.applicationId)).toEqual(submitted.slice(0, 2));
    expect(round.map((application) => application.applicationId)).toEqual(submitted);
  });
});

describe('stored items parsed on read', () => {
  it('fails loudly on an item that does not have its shape, naming it and the attribute, not the value', async () => {
    // Prepare: a version stored as text, and a status nobody writes
    const applicationId = await putApplication({ version: 'sju', status: 'ARCHIVED' });
    // Act
    const read = applications.getApplication(applicationId);
    // Assess
    await expect(read).rejects.toBeInstanceOf(items.StoredItemInvalid);
    await expect(read).rejects.toThrow(`Stored application APP#${applicationId} / APP`);
    const error = await read.then(
      () => new Error('read'),
      (caught: Error) => caught,
    );
    expect(error.message).toMatch(/version: .*number/);
    expect(error.message).toMatch(/status: /);
    expect(error.message).not.toContain('sju');
    expect(error.message).not.toContain('ARCHIVED');
  });

  it('refuses an attachment record from before ADR 060 (no upload key) instead of serving it', async () => {
    // Prepare
    const applicationId = await putApplication();
    const { uploadKey: _uploadKey, ...before060 } = await attachments.createAttachment(
      {
        applicationId,
        attachmentId: 'old',
        kind: 'letterOfIntent',
        fileName: 'intensjon.pdf',
        contentType: 'application/pdf',
        declaredSize: 1,
      },
      '2026-03-02T08:00:00.000Z',
    );
    await storage.documentClient.send(
      new PutCommand({
        TableName: 'storage-test',
        Item: { ...keys.attachment(applicationId, 'old'), type: 'attachment', ...before060 },
      }),
    );
    // Act + Assess
    await expect(attachments.listAttachments(applicationId)).rejects.toThrow(/uploadKey/);
    await expect(applications.getApplicationWithAttachments(applicationId)).rejects.toThrow(
      /Stored attachment .*uploadKey/,
    );
  });

  it('strips the keys and index attributes, and reads a stage and its reviews with their per-member attributes', async () => {
    // Prepare
    const applicationId = await putApplication();
    const { stage } = await review.openStage('parse-round', 'expert', '2026-05-01T08:00:00.000Z');
    await review.declare('parse-round', 'expert', applicationId, 'm1', {
      conflicted: false,
      declaredAt: '2026-05-01T09:00:00.000Z',
    });
    await review.saveMemberInput('parse-round', 'expert', applicationId, 'm1', {
      assessment: {
        activityAreaFit: { score: 4, comment: '' },
        anchoring: { score: 3, comment: 'God forankring' },
        sustainability: { score: 5, comment: '' },
        recommendation: 'qualified',
        updatedAt: '2026-05-01T09:05:00.000Z',
      },
    });
    await review.declare('parse-round', 'expert', applicationId, 'm2', {
      conflicted: true,
      reason: 'Nabo',
      declaredAt: '2026-05-01T09:10:00.000Z',
    });
    await review.voidForConflict('parse-round', 'expert', applicationId, 'm2');
    // An item of another shape in the partition (a member review under its key from before
    // ADR 065): not an application's reviews, so not read as one
    await storage.documentClient.send(
      new PutCommand({
        TableName: 'storage-test',
        Item: {
          pk: keys.applicationReviewsPartition('parse-round', 'expert'),
          sk: `${applicationId}#m3`,
          'declaration#m3': { conflicted: true, declaredAt: '2026-04-01T09:00:00.000Z' },
        },
      }),
    );
    // Act
    const application = await applications.getApplication(applicationId);
    const stageNow = await review.getStage('parse-round', 'expert');
    const reviews = await review.listMemberReviews('parse-round', 'expert');
    // Assess
    expect(application).not.toHaveProperty('pk');
    expect(application).not.toHaveProperty('gsi1pk');
    expect(application).not.toHaveProperty('type');
    expect(stage).toMatchObject({ roundId: 'parse-round', committee: 'expert', version: 0, proposals: {} });
    expect(stageNow).toMatchObject({ version: 1, conflicts: { m2: [applicationId] } });
    expect(reviews.toSorted((a, b) => a.memberId.localeCompare(b.memberId))).toEqual([
      {
        roundId: 'parse-round',
        committee: 'expert',
        applicationId,
        memberId: 'm1',
        declaration: { conflicted: false, declaredAt: '2026-05-01T09:00:00.000Z' },
        assessment: {
          activityAreaFit: { score: 4, comment: '' },
          anchoring: { score: 3, comment: 'God forankring' },
          sustainability: { score: 5, comment: '' },
          recommendation: 'qualified',
          updatedAt: '2026-05-01T09:05:00.000Z',
        },
      },
      {
        roundId: 'parse-round',
        committee: 'expert',
        applicationId,
        memberId: 'm2',
        declaration: { conflicted: true, reason: 'Nabo', declaredAt: '2026-05-01T09:10:00.000Z' },
      },
    ]);
  });

  it('fails loudly on a malformed per-member attribute, naming it', async () => {
    // Prepare
    const applicationId = await putApplication();
    await storage.documentClient.send(
      new PutCommand({
        TableName: 'storage-test',
        Item: {
          ...keys.applicationReviews('bad-round', 'expert', applicationId),
          roundId: 'bad-round',
          committee: 'expert',
          applicationId,
          'declaration#m1': { conflicted: 'kanskje', declaredAt: '2026-05-01T09:00:00.000Z' },
        },
      }),
    );
    // Act + Assess
    await expect(review.listMemberReviews('bad-round', 'expert', applicationId)).rejects.toThrow(
      /Stored application reviews .* declaration#m1\.conflicted: /,
    );
    // The raw item is still there, untouched: a read changes nothing
    const { Item } = await storage.documentClient.send(
      new GetCommand({
        TableName: 'storage-test',
        Key: keys.applicationReviews('bad-round', 'expert', applicationId),
      }),
    );
    expect(Item?.['declaration#m1']).toEqual({
      conflicted: 'kanskje',
      declaredAt: '2026-05-01T09:00:00.000Z',
    });
  });
});
