import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { getAttachment } from '../../shared/storage/attachments.ts';
import { openEarly, waitForLinks, waitForStage } from '../support/review.ts';
import {
  Applicant,
  closeApplicationPeriod,
  fixture,
  objectExists,
  PDF,
  reopenApplicationPeriod,
  sendForm,
  type FileToUpload,
} from '../support/applicant.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Attachments are frozen once verified (ADR 060): the verification copies exactly the bytes
 * it judged to a key no upload form is ever issued for, and serves that copy from then on. An
 * upload form is bound to one PENDING attachment of a draft in an open period: whatever is
 * posted through it afterwards — after submission, after the deadline, or once its attachment
 * was judged — is deleted, changes nothing, and is audited.
 */
let test: TestStack;
let counter = 0;

beforeAll(async () => {
  test = await startTestStack();
});
afterEach(async () => {
  test.clock.reset();
  await reopenApplicationPeriod();
});
afterAll(async () => test?.stop());

const signIn = () => Applicant.signIn(test, `frossen${++counter}@kulturskole.example.no`);

const letter: FileToUpload = {
  fileName: 'intensjonsavtale.pdf',
  contentType: PDF,
  bytes: fixture('minimal.pdf'),
};
/** Another valid PDF, larger than the letter. */
const otherPdf: FileToUpload = {
  ...letter,
  bytes: new Uint8Array([...fixture('minimal.pdf'), ...new TextEncoder().encode('%'.repeat(500) + '\n')]),
};
/** A Windows program posing as the letter. */
const program: FileToUpload = { ...letter, bytes: fixture('program.exe') };

const refusals = async (applicant: Applicant) =>
  (await applicant.audit()).filter((entry) => entry.action === 'attachment.upload-refused');

describe('a verified attachment is a frozen copy', () => {
  it('serves the bytes it judged, from a key no upload form names, and removes the upload', async () => {
    // Prepare
    const applicant = await signIn();

    // Act
    const { attachmentId, form } = await applicant.upload(letter);

    // Assess
    const record = await getAttachment(applicant.applicationId, attachmentId);
    expect(record).toMatchObject({
      status: 'ACCEPTED',
      size: letter.bytes.length,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      frozenKey: expect.any(String),
    });
    expect(record!.frozenKey).not.toBe(form.fields.key);
    expect(await objectExists(test, record!.frozenKey!)).toBe(true);
    expect(await objectExists(test, form.fields.key!)).toBe(false);
    expect((await applicant.download(attachmentId)).bytes).toEqual(letter.bytes);
    // The applicant sees neither key (nor could post to the frozen one: no form names it).
    const seen = JSON.stringify([await applicant.attachments(), (await applicant.view()).body]);
    expect(seen).not.toContain(record!.frozenKey!);
    expect(seen).not.toMatch(/frozenKey|uploadKey|sha256/);
  });
});

describe('an upload form used again', () => {
  it('after submission: another file changes neither the record, the size nor the download; audited', async () => {
    // Prepare: a submitted application whose letter's form is still in hand
    const applicant = await signIn();
    await applicant.saveCompleteDraft();
    const { attachmentId, form } = await applicant.upload(letter);
    expect((await applicant.submit()).status).toBe(200);

    // Act: the same form again, with another (valid, larger) PDF
    await sendForm(form, otherPdf);
    await test.stack.idle();

    // Assess
    expect(await applicant.attachments()).toEqual([
      expect.objectContaining({ attachmentId, status: 'ACCEPTED', size: letter.bytes.length }),
    ]);
    expect((await applicant.download(attachmentId)).bytes).toEqual(letter.bytes);
    expect(await objectExists(test, form.fields.key!)).toBe(false);
    expect(await refusals(applicant)).toEqual([
      expect.objectContaining({
        applicationId: applicant.applicationId,
        details: expect.objectContaining({ attachmentId, reason: 'APPLICATION_NOT_DRAFT' }),
      }),
    ]);
  });

  it('after submission: a renamed program leaves the letter in place and ACCEPTED; audited', async () => {
    // Prepare
    const applicant = await signIn();
    await applicant.saveCompleteDraft();
    const { attachmentId, form } = await applicant.upload(letter);
    expect((await applicant.submit()).status).toBe(200);

    // Act
    await sendForm(form, program);
    await test.stack.idle();

    // Assess: the letter is still there, the application still meets every rule
    expect(await applicant.attachments()).toEqual([
      expect.objectContaining({ attachmentId, status: 'ACCEPTED', size: letter.bytes.length }),
    ]);
    const view = await applicant.view();
    expect(view.body).toMatchObject({ status: 'SUBMITTED', unmetRules: [] });
    expect((await applicant.download(attachmentId)).bytes).toEqual(letter.bytes);
    expect(await refusals(applicant)).toHaveLength(1);
  });

  it('in a draft, once its attachment was judged: nothing changes; audited', async () => {
    // Prepare
    const applicant = await signIn();
    const { attachmentId, form } = await applicant.upload(letter);

    // Act
    await sendForm(form, program);
    await test.stack.idle();

    // Assess
    expect(await applicant.attachments()).toEqual([
      expect.objectContaining({ attachmentId, status: 'ACCEPTED', size: letter.bytes.length }),
    ]);
    expect((await applicant.download(attachmentId)).bytes).toEqual(letter.bytes);
    expect(await refusals(applicant)).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ reason: 'ATTACHMENT_NOT_PENDING' }) }),
    ]);
  });

  it('after the deadline, with forms issued before it: nothing changes; audited', async () => {
    // Prepare: a draft with its letter, and a second form not used yet
    const applicant = await signIn();
    await applicant.saveCompleteDraft();
    const first = await applicant.upload(letter);
    const second = await applicant.requestUpload({ ...otherPdf, kind: 'other' });
    expect(second.status).toBe(201);
    await closeApplicationPeriod();

    // Act: a program through the letter's form, a PDF through the unused one
    await sendForm(first.form, program);
    await sendForm(second.body.upload, otherPdf);
    await test.stack.idle();

    // Assess: the letter as it was, the second attachment still unverified, nothing stored
    expect(await applicant.attachments()).toEqual([
      expect.objectContaining({
        attachmentId: first.attachmentId,
        status: 'ACCEPTED',
        size: letter.bytes.length,
      }),
      expect.objectContaining({ attachmentId: second.body.attachment.attachmentId, status: 'PENDING' }),
    ]);
    expect((await applicant.download(first.attachmentId)).bytes).toEqual(letter.bytes);
    expect(await objectExists(test, second.body.upload.fields.key)).toBe(false);
    expect((await refusals(applicant)).map((entry) => entry.details?.reason)).toEqual([
      'APPLICATION_PERIOD_CLOSED',
      'APPLICATION_PERIOD_CLOSED',
    ]);
  });
});

describe('the deadline as S3 sees it', () => {
  it('refuses a file stored after the period ended by the clock, through a form issued before', async () => {
    // Prepare: a form issued while the period is open
    const applicant = await signIn();
    await applicant.saveCompleteDraft();
    const form = await applicant.requestUpload(letter);
    expect(form.status).toBe(201);
    const { attachmentId } = form.body.attachment;

    // Act: the file lands one second after the configured end of the period (ADR 075: S3's
    // event carries the stack's time, which the verification judges)
    test.clock.set(Date.parse(findRound('demo')!.applicationPeriod.closes) + 1_000);
    await sendForm(form.body.upload, letter);
    await test.stack.idle();

    // Assess: not accepted, nothing stored, the refusal audited
    expect(await getAttachment(applicant.applicationId, attachmentId)).toMatchObject({ status: 'PENDING' });
    expect(await objectExists(test, form.body.upload.fields.key)).toBe(false);
    expect((await refusals(applicant)).map((entry) => entry.details?.reason)).toEqual([
      'APPLICATION_PERIOD_CLOSED',
    ]);
  });
});

describe('what the committees open', () => {
  it('is the letter as submitted, after its form was used again with a program', async () => {
    // Prepare: submitted; the form used again; the expert committee's stage opened
    const applicant = await signIn();
    await applicant.saveCompleteDraft();
    const { attachmentId, form } = await applicant.upload(letter);
    expect((await applicant.submit()).status).toBe(200);
    await sendForm(form, program);
    await test.stack.idle();
    await openEarly();
    await waitForStage([applicant.applicationId], 'EXPERT_REVIEW');
    const chair = 'ekspert.leder@example.no';
    const token = (await waitForLinks(test, 'expert', [chair])).get(chair)!;

    // Act
    const opened = await test.api('GET', `/review/applications/${applicant.applicationId}?committee=expert`, {
      token,
    });

    // Assess
    expect(opened.status).toBe(200);
    expect(opened.body.attachments).toEqual([
      expect.objectContaining({ attachmentId, kind: 'letterOfIntent', size: letter.bytes.length }),
    ]);
    const fetched = await fetch(opened.body.attachments[0].url);
    expect(new Uint8Array(await fetched.arrayBuffer())).toEqual(letter.bytes);
  });
});
