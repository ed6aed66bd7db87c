import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getApplication } from '../../shared/storage/applications.ts';
import { bumpAttachmentsRevision, getAttachment } from '../../shared/storage/attachments.ts';
import { documentClient } from '../../shared/storage/dynamo.ts';
import { Applicant, fixture, objectExists, PDF, sendForm } from '../support/applicant.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Submitting and deleting the letter of intent at the same moment (ADR 060): exactly one of
 * them wins, every time, whichever request leaves first. Either the application is submitted
 * with its letter (and the delete answers 409 READ_ONLY, deleting nothing), or the letter is
 * deleted and the submission refused for want of it — never SUBMITTED without a letter.
 * Races left to chance mostly end one way, so the interleavings that matter are also staged:
 * one request is held at a chosen DynamoDB call (SDK middleware on the handlers' own client)
 * while the other runs to its end.
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

/**
 * Holds the first DynamoDB call `match` accepts until `release()`: the handlers run in this
 * process and share the client, so a request can be stopped at an exact step.
 */
function holdDynamoDB(match: (operation: string, input: Record<string, unknown>) => boolean) {
  const name = `hold-${Math.random().toString(36).slice(2)}`;
  const stack = documentClient.middlewareStack as unknown as {
    add(middleware: unknown, options: { step: string; name: string; priority: string }): void;
    remove(name: string): boolean;
  };
  let reached!: () => void;
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (reached = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  stack.add(
    (next: (args: { input: object }) => Promise<unknown>, context: { commandName?: string }) =>
      async (args: { input: object }) => {
        const operation = (context.commandName ?? '').replace(/Command$/, '');
        if (!held && match(operation, args.input as Record<string, unknown>)) {
          held = true;
          reached();
          await released;
        }
        return next(args);
      },
    { step: 'initialize', name, priority: 'high' },
  );
  return {
    arrived,
    release: () => {
      release();
      stack.remove(name);
    },
  };
}

const onApplication = (applicationId: string, input: Record<string, unknown>) =>
  (input.Key as { pk?: string } | undefined)?.pk === `APP#${applicationId}`;
const expression = (input: Record<string, unknown>) => String(input.UpdateExpression ?? '');

describe('submit and delete, the interleavings staged', () => {
  async function prepared() {
    const applicant = await Applicant.signIn(test, `trinn${++counter}@kulturskole.example.no`);
    await applicant.saveCompleteDraft();
    const { attachmentId } = await applicant.upload(letter);
    const { frozenKey } = (await getAttachment(applicant.applicationId, attachmentId))!;
    return { applicant, attachmentId, frozenKey: frozenKey! };
  }

  it('the delete checked the draft, then the submission went through: the record is put back, 409, nothing deleted', async () => {
    // Prepare: the delete held just before it removes the record
    const { applicant, attachmentId, frozenKey } = await prepared();
    const hold = holdDynamoDB(
      (operation, input) => operation === 'DeleteItem' && onApplication(applicant.applicationId, input),
    );

    // Act
    const remove = applicant.deleteAttachment(attachmentId);
    await hold.arrived;
    const submit = await applicant.submit();
    hold.release();
    const removed = await remove;

    // Assess
    expect(submit.status).toBe(200);
    expect(removed.status).toBe(409);
    expect(removed.body).toMatchObject({ code: 'READ_ONLY', status: 'SUBMITTED' });
    expect(await getAttachment(applicant.applicationId, attachmentId)).toMatchObject({ status: 'ACCEPTED' });
    expect(await objectExists(test, frozenKey)).toBe(true);
    expect((await applicant.view()).body).toMatchObject({
      status: 'SUBMITTED',
      unmetRules: [],
      attachments: [expect.objectContaining({ attachmentId })],
    });
    expect((await applicant.download(attachmentId)).bytes).toEqual(letter.bytes);
  });

  it('the submission read the letter, then the delete went through: the submission checks again and is refused', async () => {
    // Prepare: the submission held at its conditional write
    const { applicant, attachmentId, frozenKey } = await prepared();
    const hold = holdDynamoDB(
      (operation, input) =>
        operation === 'UpdateItem' &&
        onApplication(applicant.applicationId, input) &&
        expression(input).includes('submittedAttachments'),
    );

    // Act
    const submit = applicant.submit();
    await hold.arrived;
    const removed = await applicant.deleteAttachment(attachmentId);
    hold.release();
    const submitted = await submit;

    // Assess
    expect(removed.status).toBe(204);
    expect(submitted.status).toBe(400);
    expect(submitted.body.fields).toEqual([
      expect.objectContaining({ path: 'attachments', code: 'LETTER_OF_INTENT_REQUIRED' }),
    ]);
    expect((await getApplication(applicant.applicationId))?.status).toBe('DRAFT');
    expect(await applicant.attachments()).toEqual([]);
    expect(await objectExists(test, frozenKey)).toBe(false);
  });

  it('an attachment change after the session read the application: the write refused, the next attempt on the item as it is now submits', async () => {
    // Prepare: the submission held at its attachments' Query — the application's item was read
    // with the session (ADR 121, 123) — while an attachment change commits (its revision bump)
    const { applicant, attachmentId } = await prepared();
    const hold = holdDynamoDB(
      (operation, input) =>
        operation === 'Query' &&
        (input.ExpressionAttributeValues as Record<string, unknown> | undefined)?.[':pk'] ===
          `APP#${applicant.applicationId}`,
    );
    const submit = applicant.submit();
    await hold.arrived;
    expect(await bumpAttachmentsRevision(applicant.applicationId)).toBe(true);
    const read = (await getApplication(applicant.applicationId))!;

    // Act
    hold.release();
    const submitted = await submit;

    // Assess: submitted on the revision as it is now, the letter in the manifest
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const stored = (await getApplication(applicant.applicationId))!;
    expect(stored).toMatchObject({ status: 'SUBMITTED', attachmentsRevision: read.attachmentsRevision });
    expect(stored.submittedAttachments).toEqual([expect.objectContaining({ attachmentId })]);
  });

  it('the delete removed the record but had not committed: the submission finds no letter', async () => {
    // Prepare: the delete held at its commit (the revision bump)
    const { applicant, attachmentId } = await prepared();
    const hold = holdDynamoDB(
      (operation, input) =>
        operation === 'UpdateItem' &&
        onApplication(applicant.applicationId, input) &&
        expression(input) === 'ADD attachmentsRevision :one',
    );

    // Act
    const remove = applicant.deleteAttachment(attachmentId);
    await hold.arrived;
    const submitted = await applicant.submit();
    hold.release();
    const removed = await remove;

    // Assess
    expect(submitted.status).toBe(400);
    expect(removed.status).toBe(204);
    expect((await getApplication(applicant.applicationId))?.status).toBe('DRAFT');
  });
});
