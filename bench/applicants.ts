/**
 * Applicants for the bench, made through the HTTP API as a browser makes them (start, the
 * magic link from the mailbox, a session, a complete draft, the letter of intent). Plain
 * `fetch`, no contract check: the bench times the server, not the tests' oracle
 * (test/support/stack.ts's client checks every answer against the OpenAPI document, which
 * costs more than some of the requests it checks).
 */
import type { LocalStack } from '../local/stack.ts';
import { completeDraft, tokenFromMail } from '../test/support/applications.ts';
import { readMailbox } from '../test/support/stack.ts';
import { minimalPdf, uploadAttachment } from '../test/support/uploads.ts';
import { pool, until } from './report.ts';

export interface Answer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export type Call = (
  method: string,
  path: string,
  options?: { token?: string; body?: unknown },
) => Promise<Answer>;

export function caller(stack: LocalStack): Call {
  return async (method, path, { token, body } = {}) => {
    const response = await fetch(stack.urls.api + path, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
}

export interface Applicant {
  email: string;
  contactEmail: string;
  token: string;
  applicationId: string;
}

let counter = 0;

/**
 * `count` applicants signed in to fresh applications of the demo round: all started first,
 * the mailbox read once, then the sessions (`concurrency` at a time).
 */
export async function signIn(
  stack: LocalStack,
  call: Call,
  count: number,
  { label = 'bench', concurrency = 10 } = {},
): Promise<Applicant[]> {
  const emails = await pool(concurrency, count, async () => {
    const id = `${label}.${++counter}`;
    const email = `leder.${id}@kulturskole.example.no`;
    const started = await call('POST', '/applications', {
      body: { email, roundId: 'demo', leadMunicipality: '0301' },
    });
    if (started.status !== 202) throw new Error(`start ${started.status} ${JSON.stringify(started.body)}`);
    return { email, contactEmail: `kontakt.${id}@kulturskole.example.no` };
  });
  await stack.idle();
  const links = await until(
    'the magic links',
    async () => {
      const mails = await readMailbox(stack.urls.ses);
      const byRecipient = new Map(mails.flatMap((mail) => mail.to.map((to) => [to, mail.text] as const)));
      return emails.every(({ email }) => byRecipient.has(email)) ? byRecipient : undefined;
    },
    60_000,
  );
  return pool(concurrency, count, async (i) => {
    const { email, contactEmail } = emails[i]!;
    const session = await call('POST', '/sessions', { body: { token: tokenFromMail(links.get(email)!) } });
    if (session.status !== 201) throw new Error(`session ${session.status} ${JSON.stringify(session.body)}`);
    return {
      email,
      contactEmail,
      token: session.body.accessToken as string,
      applicationId: session.body.applicationId as string,
    };
  });
}

/** The demo round's first school year (what a complete draft applies for). */
export async function demoSchoolYear(call: Call): Promise<string> {
  const rounds = await call('GET', '/rounds');
  return rounds.body.rounds.find((round: { id: string }) => round.id === 'demo').schoolYears[0].id as string;
}

/**
 * Makes each applicant's application complete: the whole draft (with the applicant's own
 * contact person, the receipt's second recipient) and a letter of intent, then waits until
 * every letter is verified.
 */
export async function completeApplications(
  stack: LocalStack,
  call: Call,
  applicants: Applicant[],
  schoolYear: string,
  concurrency = 10,
): Promise<void> {
  const api = async (method: string, path: string, options?: { token?: string; body?: unknown }) => ({
    ...(await call(method, path, options)),
    headers: {},
  });
  await pool(concurrency, applicants.length, async (i) => {
    const applicant = applicants[i]!;
    const draft = completeDraft([schoolYear], {
      contact: { name: 'Kari Nordmann', email: applicant.contactEmail, phone: '+47 912 34 567' },
    });
    const saved = await call('PUT', `/applications/${applicant.applicationId}/draft`, {
      token: applicant.token,
      body: { version: 1, draft },
    });
    if (saved.status !== 200) throw new Error(`draft ${saved.status} ${JSON.stringify(saved.body)}`);
    await uploadAttachment(api, applicant.token, applicant.applicationId, {
      fileName: 'intensjonsavtale.pdf',
      contentType: 'application/pdf',
      bytes: minimalPdf(),
    });
  });
  await stack.idle();
  await pool(concurrency, applicants.length, async (i) => {
    const applicant = applicants[i]!;
    await until(
      `the letter of intent of ${applicant.applicationId} verified`,
      async () => {
        const listed = await call('GET', `/applications/${applicant.applicationId}/attachments`, {
          token: applicant.token,
        });
        const statuses = (listed.body.attachments as { status: string }[]).map((a) => a.status);
        if (statuses.includes('REJECTED'))
          throw new Error(`letter of intent rejected: ${applicant.applicationId}`);
        return statuses.length === 1 && statuses[0] === 'ACCEPTED' ? true : undefined;
      },
      60_000,
    );
  });
}
