import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SweepResult } from '../../shared/submission/outbox.ts';
import { getApplication, markWithdrawn } from '../../shared/storage/applications.ts';
import {
  listPendingWithdrawals,
  markReceiptMailed,
  markReceiptMailedTo,
} from '../../shared/storage/outbox.ts';
import { Applicant } from '../support/applicant.ts';
import { tokenFromMail } from '../support/applications.ts';
import { installFaults, mailRecipients, type Faults } from '../support/faults.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * The owner's withdrawal confirmation (issue 9 point 6): in their language, in the mailbox
 * after the withdrawal; when SES fails at the request, the outbox sweep sends it (ADR 063) —
 * once.
 */
let test: TestStack;
let faults: Faults;
let counter = 0;

beforeAll(async () => {
  test = await startTestStack({ outboxSweepSeconds: 0 }); // the sweep runs when a test says so
  faults = installFaults();
});
afterAll(async () => {
  faults?.remove();
  await test?.stop();
});

const sweep = () => test.stack.sweepOutbox(0) as Promise<SweepResult>;

/** Starts in a language and signs in, as the web app does. */
async function signIn(locale: 'nb' | 'nn' | 'en') {
  const email = `trekk${++counter}.${locale}@kulturskole.example.no`;
  const started = await test.api('POST', '/applications', {
    body: { email, roundId: 'demo', leadMunicipality: '0301', locale },
  });
  expect(started.status).toBe(202);
  const link = (await test.mailsTo(email)).at(-1)!;
  const session = await test.api('POST', '/sessions', { body: { token: tokenFromMail(link.text) } });
  expect(session.status).toBe(201);
  return {
    email,
    token: session.body.accessToken as string,
    applicationId: session.body.applicationId as string,
  };
}

describe('the withdrawal confirmation mail', () => {
  it('tells the owner in their language, with the link to the application', async () => {
    for (const [locale, subject] of [
      ['nb', 'Søknaden er trukket'],
      ['nn', 'Søknaden er trekt'],
      ['en', 'Your application has been withdrawn'],
    ] as const) {
      // Prepare
      const owner = await signIn(locale);

      // Act
      const withdrawn = await test.api('POST', `/applications/${owner.applicationId}/withdraw`, {
        token: owner.token,
      });
      await test.stack.idle();

      // Assess
      expect(withdrawn.status).toBe(200);
      const mails = (await test.mailsTo(owner.email)).filter((mail) => mail.subject.startsWith(subject));
      expect(mails, `${locale}: one confirmation`).toHaveLength(1);
      expect(mails[0]!.text).toContain(`/application/${owner.applicationId}`);
      expect((await getApplication(owner.applicationId))?.withdrawalMailedAt).toBeDefined();
      // Withdrawing again answers the same and mails nothing more
      await test.api('POST', `/applications/${owner.applicationId}/withdraw`, { token: owner.token });
      expect(
        (await test.mailsTo(owner.email)).filter((mail) => mail.subject.startsWith(subject)),
      ).toHaveLength(1);
    }
  });

  it('is not lost when SES fails at the withdrawal: the sweep sends it, once', async () => {
    // Prepare: a submitted application; SES refuses the confirmation at the request
    const applicant = await Applicant.signIn(test, `trekk${++counter}.sendt@kulturskole.example.no`);
    await applicant.saveCompleteDraft();
    await applicant.submitWithLetter();
    const fault = faults.arm({
      service: 'ses',
      operations: ['SendEmail'],
      match: (call) => mailRecipients(call).includes(applicant.email),
      nth: 1,
      kind: 'error',
    });

    // Act
    const withdrawn = await applicant.call('POST', '/withdraw');
    await test.stack.idle();
    const before = (await test.mailsTo(applicant.email)).filter((mail) =>
      mail.subject.startsWith('Søknaden er trukket'),
    );
    const first = await sweep();
    const second = await sweep();

    // Assess
    expect(withdrawn.status).toBe(200); // the withdrawal stands
    expect(fault.fired).toBe(true);
    expect(before).toEqual([]);
    expect(first.withdrawalsMailed).toBe(1);
    expect(second.withdrawalsMailed).toBe(0);
    const confirmations = (await test.mailsTo(applicant.email)).filter((mail) =>
      mail.subject.startsWith('Søknaden er trukket'),
    );
    expect(confirmations).toHaveLength(1);
    const receiptNumber = (await getApplication(applicant.applicationId))!.receipt!.number;
    expect(confirmations[0]!.text).toContain(receiptNumber);
  });

  it.each(['the last recipient', 'the receipt'] as const)(
    'stays in the outbox when %s is marked mailed after the withdrawal',
    async (mark) => {
      // Prepare: withdrawn while its receipt was being mailed, the confirmation not yet out
      const owner = await signIn('nb');
      const withdrawn = await markWithdrawn(owner.applicationId, '2026-01-10T10:00:00.000Z', 'demo');
      expect(withdrawn.ok).toBe(true);

      // Act: the receipt's mailing ends
      const at = '2026-01-10T10:00:01.000Z';
      if (mark === 'the last recipient') {
        if (!(await markReceiptMailedTo(owner.applicationId, owner.email, at))) {
          await markReceiptMailed(owner.applicationId, at);
        }
      } else {
        await markReceiptMailed(owner.applicationId, at);
      }

      // Assess: the receipt's time recorded, the withdrawal still waits for its confirmation
      expect((await getApplication(owner.applicationId))?.receiptMailedAt).toBe(at);
      expect(await listPendingWithdrawals('2026-01-11T00:00:00.000Z', 1000)).toContain(owner.applicationId);
    },
  );
});
