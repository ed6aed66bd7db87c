import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getApplication } from '../../shared/storage/applications.ts';
import { Applicant, fixture, PDF, sendForm } from '../support/applicant.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Submitting and deleting the letter of intent at the same moment (ADR 060): exactly one of
 * them wins, every time, whichever request leaves first. Either the application is submitted
 * with its letter (and the delete answers 409 READ_ONLY, deleting nothing), or the letter is
 * deleted and the submission refused for want of it — never SUBMITTED without a letter.
 */
let test: TestStack;
let counter = 0;

beforeAll(async () => {
  test = await startTestStack();
});
afterAll(async () => test?.stop());

const TRIES = 10;
const letter = { fileName: 'intensjonsavtale.pdf', contentType: PDF, bytes: fixture('minimal.pdf') };

async function race(order: 'submit first' | 'delete first') {
  // Prepare: a complete draft with one letter of intent
  const applicant = await Applicant.signIn(test, `kapplop${++counter}@kulturskole.example.no`);
  await applicant.saveCompleteDraft();
  const { attachmentId } = await applicant.upload(letter);

  // Act: both requests at once
  const [submit, remove] =
    order === 'submit first'
      ? await Promise.all([applicant.submit(), applicant.deleteAttachment(attachmentId)])
      : await Promise.all([applicant.deleteAttachment(attachmentId), applicant.submit()]).then(
          ([d, s]) => [s, d] as const,
        );
  await test.stack.idle();
  return { applicant, attachmentId, submit, remove };
}

describe('submit racing the delete of the letter of intent', () => {
  it.each(['submit first', 'delete first'] as const)(
    `exactly one wins (${TRIES} tries, %s)`,
    async (order) => {
      const outcomes = { submitted: 0, deleted: 0 };
      for (let i = 0; i < TRIES; i++) {
        const { applicant, attachmentId, submit, remove } = await race(order);
        const stored = await getApplication(applicant.applicationId);
        const statuses = `submit ${submit.status} ${submit.body?.code ?? ''}, delete ${remove.status} ${remove.body?.code ?? ''}`;

        if (submit.status === 200) {
          // Submitted with the letter: the delete changed nothing
          outcomes.submitted++;
          expect(remove.status, statuses).toBe(409);
          expect(remove.body.code, statuses).toBe('READ_ONLY');
          expect(stored?.status).toBe('SUBMITTED');
          const view = await applicant.view();
          expect(view.body.unmetRules).toEqual([]);
          expect(view.body.attachments).toEqual([
            expect.objectContaining({ attachmentId, kind: 'letterOfIntent', status: 'ACCEPTED' }),
          ]);
          expect((await applicant.download(attachmentId)).bytes).toEqual(letter.bytes);
        } else {
          // Deleted: the submission was refused for want of the letter, the draft stays a draft
          outcomes.deleted++;
          expect(remove.status, statuses).toBe(204);
          expect(submit.status, statuses).toBe(400);
          expect(submit.body.fields, statuses).toEqual([
            expect.objectContaining({ path: 'attachments', code: 'LETTER_OF_INTENT_REQUIRED' }),
          ]);
          expect(stored?.status).toBe('DRAFT');
          expect(await applicant.attachments()).toEqual([]);
        }
      }
      expect(outcomes.submitted + outcomes.deleted).toBe(TRIES);
    },
  );
});

describe('a submission while an attachment is still being checked', () => {
  it('is refused with the attachment named as unmet until the check is done, then goes through', async () => {
    // Prepare: a complete draft with its letter, and a second file whose upload has not arrived
    const applicant = await Applicant.signIn(test, `venter${++counter}@kulturskole.example.no`);
    await applicant.saveCompleteDraft();
    await applicant.upload(letter);
    const other = { ...letter, fileName: 'budsjett.pdf', kind: 'other' as const };
    const pending = await applicant.requestUpload(other);
    expect(pending.status).toBe(201);

    // Act
    const refused = await applicant.call('POST', '/submit', { headers: { 'accept-language': 'en' } });

    // Assess: not submitted, and the page says why
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([
      expect.objectContaining({
        path: 'attachments',
        code: 'ATTACHMENTS_PENDING',
        message: expect.stringMatching(/still being checked/),
      }),
    ]);
    expect((await applicant.view()).body.unmetRules).toEqual([
      expect.objectContaining({ code: 'ATTACHMENTS_PENDING' }),
    ]);

    // Act: the file arrives and is checked; then submit
    await sendForm(pending.body.upload, other);
    await test.stack.idle();
    const submitted = await applicant.submit();

    // Assess: both files are part of the submission
    expect(submitted.status).toBe(200);
    expect((await applicant.view()).body.attachments).toEqual([
      expect.objectContaining({ kind: 'letterOfIntent', status: 'ACCEPTED' }),
      expect.objectContaining({ attachmentId: pending.body.attachment.attachmentId, status: 'ACCEPTED' }),
    ]);
  });
});
