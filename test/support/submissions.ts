/**
 * Complete applications ready to submit, made through the HTTP API as applicants make them:
 * start, the magic link from the mailbox, a session, a complete draft for the demo round and
 * the letter of intent — verified. For the reliability tests (fault injection, the kill test),
 * which then submit them their own way.
 */
import { expect, vi } from 'vitest';
import type { RoundSchedule } from '../../shared/domain/rounds/schema.ts';
import { completeDraft, tokenFromMail } from './applications.ts';
import type { Api, Mail } from './stack.ts';
import { minimalPdf, uploadAttachment } from './uploads.ts';

export interface ReadyApplication {
  applicationId: string;
  token: string;
  /** The applicant who signed in. */
  email: string;
  /** The application's contact person (the receipt's second recipient). */
  contactEmail: string;
}

let counter = 0;

export async function prepareApplication(
  api: Api,
  mails: () => Promise<Mail[]>,
  round: RoundSchedule,
  label = 'søknad',
): Promise<ReadyApplication> {
  const id = `${label}.${++counter}.${Math.random().toString(36).slice(2, 8)}`;
  const email = `leder.${id}@kulturskole.example.no`;
  const contactEmail = `kontakt.${id}@kulturskole.example.no`;
  const started = await api('POST', '/applications', {
    body: { email, roundId: round.id, leadMunicipality: '0301' },
  });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  let link: Mail | undefined;
  await vi.waitFor(
    async () => {
      link = (await mails()).find((mail) => mail.to.includes(email));
      expect(link, `the magic link to ${email}`).toBeDefined();
    },
    { timeout: 15_000, interval: 50 },
  );
  const session = await api('POST', '/sessions', { body: { token: tokenFromMail(link!.text) } });
  const token = session.body.accessToken as string;
  const applicationId = session.body.applicationId as string;
  const draft = completeDraft([round.schoolYears[0]!.id], {
    contact: { name: `Kontakt ${id}`, email: contactEmail, phone: '+47 912 34 567' },
  });
  const saved = await api('PUT', `/applications/${applicationId}/draft`, {
    token,
    body: { version: 1, draft },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  await uploadAttachment(api, token, applicationId, {
    fileName: 'intensjonsavtale.pdf',
    contentType: 'application/pdf',
    bytes: minimalPdf(),
  });
  await vi.waitFor(
    async () => {
      const listed = await api('GET', `/applications/${applicationId}/attachments`, { token });
      expect(listed.body.attachments.map((a: { status: string }) => a.status)).toEqual(['ACCEPTED']);
    },
    { timeout: 15_000, interval: 50 },
  );
  return { applicationId, token, email, contactEmail };
}
