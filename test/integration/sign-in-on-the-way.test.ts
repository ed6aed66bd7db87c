import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Applicant, closeApplicationPeriod, reopenApplicationPeriod } from '../support/applicant.ts';
import { tokenFromMail } from '../support/applications.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';

/**
 * Signing in to an application one already has (issue 9 point 6): after the application period
 * closed (only new drafts are refused), and from a mail's link in a browser without a session
 * (a link to the application's owner address, the same answer whether or not it exists).
 */
let test: TestStack;
let counter = 0;

beforeAll(async () => {
  test = await startTestStack();
});
afterAll(async () => test?.stop());

const signInWith = async (email: string) => {
  const link = (await test.mailsTo(email)).at(-1);
  expect(link, `a link to ${email}`).toBeDefined();
  return test.api('POST', '/sessions', { body: { token: tokenFromMail(link!.text) } });
};

describe('signing in to an existing application', () => {
  it('after the period closed: the owner reaches their application, a new draft is still refused', async () => {
    // Prepare
    const owner = await Applicant.signIn(test, `etter-frist${++counter}@kulturskole.example.no`);
    await closeApplicationPeriod();
    try {
      // Act
      const again = await test.api('POST', '/applications', {
        body: { email: owner.email, roundId: 'demo', leadMunicipality: '0301' },
      });
      const session = await signInWith(owner.email);
      const stranger = await test.api('POST', '/applications', {
        body: { email: `ny${counter}@kulturskole.example.no`, roundId: 'demo', leadMunicipality: '0301' },
      });
      const otherLead = await test.api('POST', '/applications', {
        body: { email: owner.email, roundId: 'demo', leadMunicipality: '4601' },
      });

      // Assess
      expect(again.status, JSON.stringify(again.body)).toBe(202);
      expect(session.status).toBe(201);
      expect(session.body.applicationId).toBe(owner.applicationId);
      const view = await test.api('GET', `/applications/${owner.applicationId}`, {
        token: session.body.accessToken,
      });
      expect(view.status).toBe(200);
      expect(stranger.status).toBe(409);
      expect(stranger.body.code).toBe('APPLICATION_PERIOD_CLOSED');
      expect(otherLead.status).toBe(409); // no application of theirs for that municipality
    } finally {
      await reopenApplicationPeriod();
    }
  });

  it("mails a link for one application to its owner's address only, the same answer for an unknown id", async () => {
    // Prepare: the owner's session is gone (a new browser); a stranger asks too
    const owner = await Applicant.signIn(test, `lenke${++counter}@kulturskole.example.no`);
    const before = (await test.mails()).length;

    // Act
    const asked = await test.api('POST', `/applications/${owner.applicationId}/sign-in-link`);
    const session = await signInWith(owner.email);
    const unknown = await test.api('POST', '/applications/01HZZZZZZZZZZZZZZZZZZZZZZZ/sign-in-link');
    await closeApplicationPeriod();
    const afterClose = await test.api('POST', `/applications/${owner.applicationId}/sign-in-link`);
    await reopenApplicationPeriod();

    // Assess
    expect(asked.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(asked.body); // tells nothing
    expect(JSON.stringify(asked.body)).not.toContain(owner.email);
    expect(session.status).toBe(201);
    expect(session.body.applicationId).toBe(owner.applicationId);
    expect(afterClose.status).toBe(202);
    const sent = (await test.mails()).slice(before);
    expect(sent.map((mail) => mail.to)).toEqual(
      [[owner.email], [owner.email]].map((to) => expect.arrayContaining(to)),
    );
  });
});
