import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../local/lambda.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { eraseApplication } from '../../shared/privacy/erase.ts';
import { erasureDates } from '../../shared/privacy/retention.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { listAttachments } from '../../shared/storage/attachments.ts';
import { listAudit } from '../../shared/storage/audit.ts';
import { documentClient, tableName } from '../../shared/storage/dynamo.ts';
import * as keys from '../../shared/storage/table-keys.ts';
import { Applicant, fixture, PDF } from '../support/applicant.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Personal data (ADR 089) on the emulators: the applicant's own-data download, the erase (the
 * service and the admin CLI that uses it: every item and file version gone, a tombstone
 * without personal data left), and the retention's scheduled erasure on the stack's clock —
 * drafts never submitted after the close plus N days, withdrawn and unsuccessful applications
 * N months after the announcement, awarded ones kept.
 */
let test: TestStack;
let counter = 0;
const round = () => findRound('demo')!;
const admin = { kind: 'admin' as const, id: 'test-admin' };
const letter = { fileName: 'intensjonsavtale.pdf', contentType: PDF, bytes: fixture('minimal.pdf') };

beforeAll(async () => {
  test = await startTestStack({ outboxSweepSeconds: 0 });
});
afterAll(async () => test?.stop());

const newApplicant = () => Applicant.signIn(test, `personvern${++counter}@kulturskole.example.no`);

async function withLetter() {
  const applicant = await newApplicant();
  await applicant.saveCompleteDraft();
  await applicant.upload(letter);
  await test.stack.idle();
  return applicant;
}

async function objectsOf(applicationId: string) {
  const listed = await Promise.all(
    ['uploads', 'frozen'].map((kind) =>
      test.s3.send(
        new ListObjectsV2Command({
          Bucket: test.stack.env.ATTACHMENT_BUCKET,
          Prefix: `applications/${kind}/${applicationId}/`,
        }),
      ),
    ),
  );
  return listed.flatMap((page) => (page.Contents ?? []).map((entry) => entry.Key!));
}

/** What the announcement leaves on an application (the committees' whole round is another test's). */
async function announce(
  applicationId: string,
  outcome: 'AWARDED' | 'DECLINED' | 'NOT_QUALIFIED',
  at: string,
) {
  const submitted = keys.submittedInRound(round().id, at, applicationId);
  await documentClient.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.application(applicationId),
      UpdateExpression:
        'SET #status = :submitted, outcome = :outcome, announcedAt = :at, gsi2pk = :pk, gsi2sk = :sk',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':submitted': 'SUBMITTED',
        ':outcome': outcome,
        ':at': at,
        ':pk': submitted.gsi2pk,
        ':sk': submitted.gsi2sk,
      },
    }),
  );
}

describe("the applicant's own data", () => {
  it('answers everything stored about the application, and nothing of the committees or of others', async () => {
    const applicant = await withLetter();
    const other = await newApplicant();

    const answer = await applicant.call('GET', '/data');

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      application: {
        applicationId: applicant.applicationId,
        roundId: 'demo',
        ownerEmail: applicant.email,
        status: 'DRAFT',
        draft: expect.objectContaining({ title: expect.any(String) }),
      },
      attachments: [
        expect.objectContaining({
          fileName: 'intensjonsavtale.pdf',
          status: 'ACCEPTED',
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      ],
      retention: { draftDaysAfterClose: 30, unsuccessfulMonthsAfterAnnouncement: 6 },
    });
    const text = JSON.stringify(answer.body);
    expect(text).not.toContain(other.email);
    expect(text).not.toMatch(/taskToken|executionArn|frozenKey|uploadKey|gsi\dpk|Decision|versionId/);

    // Only the application's own session
    const foreign = await test.api('GET', `/applications/${applicant.applicationId}/data`, {
      token: other.token,
    });
    expect(foreign.status).toBe(403);
    const anonymous = await test.api('GET', `/applications/${applicant.applicationId}/data`);
    expect(anonymous.status).toBe(401);
  });
  it('carries the outcome once announced, as the application shows it, and none before', async () => {
    const applicant = await withLetter();
    expect((await applicant.submit()).status).toBe(200);
    const before = await applicant.call('GET', '/data');
    expect(before.status).toBe(200);
    expect(before.body).not.toHaveProperty('outcome');

    await test.stack.idle(); // the submission's workflow first: the announcement comes after it
    await announce(applicant.applicationId, 'NOT_QUALIFIED', test.clock.now().toISOString());
    await documentClient.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.application(applicant.applicationId),
        UpdateExpression: 'SET stage = :announced',
        ExpressionAttributeValues: { ':announced': 'ANNOUNCED' },
      }),
    );

    const [data, view] = await Promise.all([applicant.call('GET', '/data'), applicant.view()]);
    expect(data.status).toBe(200);
    expect(view.body).toMatchObject({ stage: 'ANNOUNCED', outcome: { result: 'NOT_QUALIFIED' } });
    expect((data.body as { outcome: unknown }).outcome).toEqual((view.body as { outcome: unknown }).outcome);
  });
});

describe('erasing an application', () => {
  it('removes every item and every file, leaves a tombstone without personal data, and finds nothing the second time', async () => {
    const applicant = await withLetter();
    const { applicationId } = applicant;
    expect(await objectsOf(applicationId)).toHaveLength(1);

    const erased = await eraseApplication(applicationId, { reason: 'request', actor: admin });

    expect(erased).toMatchObject({ outcome: 'erased', items: 2, objectVersions: 1 });
    expect(await getApplication(applicationId)).toBeUndefined();
    expect(await listAttachments(applicationId)).toEqual([]);
    expect(await objectsOf(applicationId)).toEqual([]);
    const trail = await listAudit('demo', applicationId);
    const tombstone = trail.find((entry) => entry.action === 'application.erased');
    expect(tombstone).toMatchObject({
      actor: admin,
      details: { reason: 'request', status: 'DRAFT', attachmentItems: 1, objectVersions: 1 },
    });
    expect(JSON.stringify(trail)).not.toContain(applicant.email);
    // The session names an application that is gone
    expect((await applicant.view()).status).toBeGreaterThanOrEqual(400);
    expect((await applicant.view()).status).toBeLessThan(500);

    expect(await eraseApplication(applicationId, { reason: 'request', actor: admin })).toEqual({
      outcome: 'nothing',
      applicationId,
    });
  });

  it('keeps an awarded application unless forced, and refuses one still with the committees', async () => {
    const awarded = await withLetter();
    await announce(awarded.applicationId, 'AWARDED', test.clock.now().toISOString());
    expect(await eraseApplication(awarded.applicationId, { reason: 'request', actor: admin })).toMatchObject({
      outcome: 'refused',
      reason: 'AWARDED',
    });
    expect(await getApplication(awarded.applicationId)).toBeDefined();
    expect(
      await eraseApplication(awarded.applicationId, { reason: 'request', actor: admin, evenIfAwarded: true }),
    ).toMatchObject({ outcome: 'erased' });

    const inReview = await withLetter();
    expect((await inReview.submit()).status).toBe(200);
    expect(await eraseApplication(inReview.applicationId, { reason: 'request', actor: admin })).toMatchObject(
      {
        outcome: 'refused',
        reason: 'IN_REVIEW',
      },
    );
    expect(await getApplication(inReview.applicationId)).toMatchObject({ status: 'SUBMITTED' });
    await test.stack.idle();
  });

  it('npm run admin -- erase <applicationId> erases through the same service', async () => {
    const applicant = await withLetter();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(repoRoot, 'scripts', 'admin.ts'), 'erase', applicant.applicationId],
      { env: { ...process.env, LOCAL_DATA_DIR: test.dataDir, ADMIN_ID: 'cli-admin' }, cwd: repoRoot },
    );
    expect(stdout).toMatch(/Erased .*2 item\(s\), 1 file version/);
    expect(await getApplication(applicant.applicationId)).toBeUndefined();
    expect(await objectsOf(applicant.applicationId)).toEqual([]);
    const tombstone = (await listAudit('demo', applicant.applicationId)).find(
      (entry) => entry.action === 'application.erased',
    );
    expect(tombstone?.actor).toEqual({ kind: 'admin', id: 'cli-admin' });
  });
});

describe('retention', () => {
  it('erases drafts after the close + N days, withdrawn and unsuccessful ones N months after the announcement, keeps the awarded', async () => {
    // Prepare (while the period is open): a draft, a withdrawn one, a declined and an awarded one
    const draft = await withLetter();
    const withdrawn = await withLetter();
    expect((await withdrawn.call('POST', '/withdraw')).status).toBe(200);
    const declined = await withLetter();
    const awarded = await withLetter();
    const due = await erasureDates(round());
    const announcedAt = new Date(due.drafts.getTime() - 1000).toISOString();
    await announce(declined.applicationId, 'DECLINED', announcedAt);
    await announce(awarded.applicationId, 'AWARDED', announcedAt);
    const exists = async (applicant: Applicant) =>
      (await getApplication(applicant.applicationId)) !== undefined;

    // Before anything is due: nothing goes
    await test.stack.runSchedule('ApplyRetention');
    expect(await Promise.all([draft, withdrawn, declined, awarded].map(exists))).toEqual([
      true,
      true,
      true,
      true,
    ]);

    // The close + N days: the draft goes, with its files
    test.clock.set(due.drafts.getTime() + 60_000);
    await test.stack.runSchedule('ApplyRetention');
    expect(await Promise.all([draft, withdrawn, declined, awarded].map(exists))).toEqual([
      false,
      true,
      true,
      true,
    ]);
    expect(await objectsOf(draft.applicationId)).toEqual([]);

    // The announcement + N months: the withdrawn and the declined go; the awarded stays
    test.clock.set(due.unsuccessful.getTime() + 60_000);
    const run = await test.stack.runSchedule('ApplyRetention');
    expect(await Promise.all([draft, withdrawn, declined, awarded].map(exists))).toEqual([
      false,
      false,
      false,
      true,
    ]);
    expect(run).toEqual({
      erased: expect.arrayContaining([
        { applicationId: withdrawn.applicationId, reason: 'withdrawn' },
        { applicationId: declined.applicationId, reason: 'unsuccessful' },
      ]),
    });
    const reasons = (await listAudit('demo'))
      .filter((entry) => entry.action === 'application.erased')
      .map((entry) => [entry.applicationId, (entry.details as { reason: string }).reason]);
    expect(reasons).toEqual(
      expect.arrayContaining([
        [draft.applicationId, 'draft-never-submitted'],
        [withdrawn.applicationId, 'withdrawn'],
        [declined.applicationId, 'unsuccessful'],
      ]),
    );

    // Idempotent: another run erases nothing more
    expect(await test.stack.runSchedule('ApplyRetention')).toEqual({ erased: [] });
  });
});
