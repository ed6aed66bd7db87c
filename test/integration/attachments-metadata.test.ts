import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getApplication } from '../../shared/storage/applications.ts';
import { getAttachment } from '../../shared/storage/attachments.ts';
import {
  Applicant,
  closeApplicationPeriod,
  fixture,
  PDF,
  reopenApplicationPeriod,
} from '../support/applicant.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * A letter of intent's party and an attachment's kind change after upload, while a draft
 * (ADR 098): PUT /applications/{id}/attachments/{attachmentId}. The file, its check and its
 * frozen copy never change; after submission the manifest is the truth and the change is refused.
 */
let test: TestStack;
let counter = 0;

beforeAll(async () => {
  test = await startTestStack();
});
afterAll(async () => test?.stop());

const letter = { fileName: 'intensjonsavtale.pdf', contentType: PDF, bytes: fixture('minimal.pdf') };
const signIn = () => Applicant.signIn(test, `forankring${++counter}@kulturskole.example.no`);

describe('changing an attachment’s kind and party (ADR 098)', () => {
  it('ties a letter to a party at upload and changes kind and party after, the file untouched', async () => {
    // Prepare
    const applicant = await signIn();
    await applicant.saveCompleteDraft();
    const created = await applicant.call('POST', '/attachments', {
      body: {
        fileName: letter.fileName,
        contentType: PDF,
        size: letter.bytes.length,
        kind: 'letterOfIntent',
        party: { municipality: '0301' },
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.attachment.party).toEqual({ municipality: '0301' });
    const { attachmentId } = await applicant.upload({ ...letter, kind: 'other' });
    const frozen = await getAttachment(applicant.applicationId, attachmentId);
    expect(frozen?.status).toBe('ACCEPTED');

    // Act: the 'other' file was the partner municipality's letter
    const changed = await applicant.call('PUT', `/attachments/${attachmentId}`, {
      body: { kind: 'letterOfIntent', party: { municipality: '3201' } },
    });
    const toOther = await applicant.call('PUT', `/attachments/${attachmentId}`, {
      body: { kind: 'other', party: { partner: 'Bærum kulturhus' } },
    });
    const back = await applicant.call('PUT', `/attachments/${attachmentId}`, {
      body: { kind: 'letterOfIntent', party: { partner: '  Bærum kulturhus ' } },
    });

    // Assess
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const listed = changed.body.attachments.find(
      (a: { attachmentId: string }) => a.attachmentId === attachmentId,
    );
    expect(listed).toMatchObject({
      kind: 'letterOfIntent',
      party: { municipality: '3201' },
      status: 'ACCEPTED',
    });
    // A party belongs to a letter of intent only
    expect(toOther.status).toBe(200);
    expect(
      toOther.body.attachments.find((a: { attachmentId: string }) => a.attachmentId === attachmentId),
    ).not.toHaveProperty('party');
    expect(back.status).toBe(200);
    const after = await getAttachment(applicant.applicationId, attachmentId);
    expect(after).toMatchObject({ kind: 'letterOfIntent', party: { partner: 'Bærum kulturhus' } });
    // The file, its verdict and its frozen copy are as they were
    expect(after).toMatchObject({
      status: frozen!.status,
      frozenKey: frozen!.frozenKey,
      sha256: frozen!.sha256,
      size: frozen!.size,
      fileName: frozen!.fileName,
    });
  });

  it('puts the party in the submitted manifest, and refuses any change after submission', async () => {
    // Prepare
    const applicant = await signIn();
    await applicant.saveCompleteDraft();
    const { attachmentId } = await applicant.upload(letter);
    const tied = await applicant.call('PUT', `/attachments/${attachmentId}`, {
      body: { kind: 'letterOfIntent', party: { municipality: '0301' } },
    });
    expect(tied.status).toBe(200);
    const submitted = await applicant.submit();
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

    // Act
    const refused = await applicant.call('PUT', `/attachments/${attachmentId}`, {
      body: { kind: 'other' },
    });

    // Assess
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('READ_ONLY');
    const application = await getApplication(applicant.applicationId);
    expect(application?.submittedAttachments).toEqual([
      expect.objectContaining({ attachmentId, kind: 'letterOfIntent', party: { municipality: '0301' } }),
    ]);
    expect(await getAttachment(applicant.applicationId, attachmentId)).toMatchObject({
      kind: 'letterOfIntent',
      party: { municipality: '0301' },
    });
    const view = await applicant.view();
    expect(view.body.attachments).toEqual([
      expect.objectContaining({ attachmentId, kind: 'letterOfIntent', party: { municipality: '0301' } }),
    ]);
  });

  it('refuses an unknown attachment, a malformed party, another applicant and a closed period', async () => {
    // Prepare
    const applicant = await signIn();
    const stranger = await signIn();
    const { attachmentId } = await applicant.upload(letter);

    // Act
    const unknown = await applicant.call('PUT', '/attachments/01HZZZZZZZZZZZZZZZZZZZZZZZ', {
      body: { kind: 'other' },
    });
    const malformed = await applicant.call('PUT', `/attachments/${attachmentId}`, {
      body: { kind: 'letterOfIntent', party: { municipality: 'Oslo' } },
    });
    const both = await applicant.call('PUT', `/attachments/${attachmentId}`, {
      body: { kind: 'letterOfIntent', party: { municipality: '0301', partner: 'x' } },
    });
    const foreign = await test.api('PUT', `${applicant.path}/attachments/${attachmentId}`, {
      token: stranger.token,
      body: { kind: 'other' },
    });
    await closeApplicationPeriod();
    const closed = await applicant.call('PUT', `/attachments/${attachmentId}`, { body: { kind: 'other' } });
    await reopenApplicationPeriod();

    // Assess
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ATTACHMENT_NOT_FOUND');
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields[0].path).toMatch(/^party/);
    expect(both.status).toBe(400);
    expect(foreign.status).toBe(403);
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('APPLICATION_PERIOD_CLOSED');
    expect(await getAttachment(applicant.applicationId, attachmentId)).toMatchObject({
      kind: 'letterOfIntent',
    });
    expect((await getAttachment(applicant.applicationId, attachmentId))?.party).toBeUndefined();
  });
});
