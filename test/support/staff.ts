/**
 * A secretariat staff member through the HTTP API, for integration tests (ADR 093): ask for a
 * sign-in link, read it from the mailbox, exchange it for a session.
 */
import { expect } from 'vitest';
import { LOCAL_STAFF_EMAILS } from '../../local/stack.ts';
import type { Mail, TestStack } from './stack.ts';

/** The address `npm start` (and the test stack) has on its staff list. */
export const STAFF_EMAIL = LOCAL_STAFF_EMAILS[0]!;

/** The token of the latest staff sign-in link mailed to `email`, if any. */
export function staffLinkTokenFrom(mails: readonly Mail[], email: string): string | undefined {
  for (const mail of [...mails].reverse()) {
    if (!mail.to.some((to) => to.toLowerCase() === email.toLowerCase())) continue;
    const match = /\/sekretariat\/logg-inn#token=([^\s"<&]+)/.exec(mail.text);
    if (match) return decodeURIComponent(match[1]!);
  }
  return undefined;
}

/** Asks for a link to `email` and answers its token (the test fails if none arrives). */
export async function requestStaffLink(test: TestStack, email = STAFF_EMAIL): Promise<string> {
  const asked = await test.api('POST', '/staff/sign-in', { body: { email } });
  expect(asked.status, JSON.stringify(asked.body)).toBe(202);
  const token = staffLinkTokenFrom(await test.mails(), email);
  expect(token, `a staff sign-in link to ${email}`).toBeDefined();
  return token!;
}

/** Signs in as a staff member: the session's bearer token. */
export async function signInAsStaff(test: TestStack, email = STAFF_EMAIL): Promise<string> {
  const session = await test.api('POST', '/staff/sessions', {
    body: { token: await requestStaffLink(test, email) },
  });
  expect(session.status, JSON.stringify(session.body)).toBe(201);
  return session.body.accessToken as string;
}
