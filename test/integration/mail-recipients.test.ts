import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { getApplication } from '../../shared/storage/applications.ts';
import { Applicant } from '../support/applicant.ts';
import { completeDraft } from '../support/applications.ts';
import { startTestStack, type Mail, type TestStack } from '../support/stack.ts';

/**
 * Mail only to verified addresses (ADR 085): the receipt, with what the applicant wrote, goes
 * to the owner — the address that signed in — and the contact person the applicant typed gets
 * at most a neutral notice with none of the applicant's text. Otherwise the portal would mail
 * any address a text of an anonymous applicant's choosing in the council's name.
 */
let test: TestStack;
beforeAll(async () => {
  test = await startTestStack();
});
afterAll(async () => test?.stop());

const TITLE = 'Kjøp billige klokker på example.com';

async function submitWithContact(ownerEmail: string, contactEmail: string) {
  const applicant = await Applicant.signIn(test, ownerEmail);
  const round = findRound('demo')!;
  const draft = completeDraft([round.schoolYears[0]!.id], {
    title: TITLE,
    contact: { name: 'Hvem som helst', email: contactEmail, phone: '+47 912 34 567' },
  });
  const saved = await applicant.call('PUT', '/draft', { body: { version: 1, draft } });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  await applicant.submitWithLetter();
  const number = (await getApplication(applicant.applicationId))!.receipt!.number;
  const mails = (await test.mails()).filter((mail) => mail.subject.includes(number));
  return { number, mails, to: (address: string) => mails.filter((mail: Mail) => mail.to.includes(address)) };
}

describe('who is mailed about a submission', () => {
  it('sends the receipt to the signed-in owner and the typed contact only a neutral notice', async () => {
    const { number, mails, to } = await submitWithContact(
      'Eier.Leder@kulturskole.example.no',
      'offer@example.org',
    );
    expect(mails).toHaveLength(2);
    const [receipt] = to('Eier.Leder@kulturskole.example.no');
    expect(receipt!.subject).toMatch(/^Kvittering for søknad/);
    expect(receipt!.text).toContain(TITLE);

    const [notice] = to('offer@example.org');
    expect(notice!.subject).toContain(number);
    expect(notice!.subject).not.toMatch(/Kvittering/);
    for (const part of [notice!.subject, notice!.text, notice!.html]) {
      expect(part).not.toContain(TITLE);
      expect(part).not.toContain('Hvem som helst');
      expect(part).not.toContain('Elektronisk musikkproduksjon');
    }
  });

  it('sends no notice when the contact is the owner’s own mailbox, however spelt', async () => {
    const { mails } = await submitWithContact(
      'samme@kulturskole.example.no',
      'Samme+kontakt@Kulturskole.example.no',
    );
    expect(mails.map((mail) => mail.to)).toEqual([['samme@kulturskole.example.no']]);
  });
});
