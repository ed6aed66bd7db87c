import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_SESSION } from '../../shared/auth/staff.ts';
import { ENV } from '../../shared/config/env.ts';
import { Applicant } from '../support/applicant.ts';
import { startTestStack, type TestStack } from '../support/stack.ts';
import { requestStaffLink, signInAsStaff, STAFF_EMAIL, staffLinkTokenFrom } from '../support/staff.ts';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { issueLink } from '../../shared/review/links.ts';

/**
 * The secretariat's sign-in (ADR 093) on the local stack: a link only to an allow-listed
 * address, the same answer for any other; a link works once; the session is short (idle and
 * longest life), ends at sign-out and when the address leaves the list; staff, applicant and
 * review tokens are each refused on the others' routes.
 */
let test: TestStack;

beforeAll(async () => {
  test = await startTestStack();
  // Many sign-ins from one address: the per-IP limit is not what these tests are about.
  process.env[ENV.ipRequestsPerHour] = '1000';
});

afterAll(async () => {
  await test?.stop();
});

const me = (token: string) => test.api('GET', '/staff/session', { token });

describe('staff sign-in', () => {
  it('mails a link to an allow-listed address (any case), in the asked language, and not to another', async () => {
    const before = (await test.mails()).length;
    const stranger = await test.api('POST', '/staff/sign-in', {
      body: { email: 'ikke.ansatt@kulturskoleradet.no' },
    });
    const listed = await test.api('POST', '/staff/sign-in', {
      body: { email: STAFF_EMAIL.toUpperCase(), locale: 'nn' },
    });
    // The same answer for both: nobody learns who is staff.
    expect(stranger.status).toBe(202);
    expect(listed.status).toBe(202);
    expect(stranger.body).toEqual(listed.body);
    const mails = (await test.mails()).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([STAFF_EMAIL.toUpperCase()]);
    expect(mails[0]!.subject).toMatch(/konsollen for sekretariatet/);
    expect(mails[0]!.text).toMatch(/verkar éin gong, i 1 time/);
    expect(staffLinkTokenFrom(mails, 'ikke.ansatt@kulturskoleradet.no')).toBeUndefined();
  });

  it('exchanges a link once for a session that names the staff member', async () => {
    const link = await requestStaffLink(test);
    const session = await test.api('POST', '/staff/sessions', { body: { token: link } });
    expect(session.status).toBe(201);
    expect(session.body).toMatchObject({ email: STAFF_EMAIL, idleMinutes: STAFF_SESSION.idleMinutes });
    expect(Date.parse(session.body.expiresAt) - test.clock.now().getTime()).toBeGreaterThan(
      (STAFF_SESSION.maxHours - 0.1) * 3_600_000,
    );
    const again = await test.api('POST', '/staff/sessions', { body: { token: link } });
    expect(again.status).toBe(401);
    expect(again.body.code).toBe('UNAUTHORIZED');
    const who = await me(session.body.accessToken);
    expect(who.status).toBe(200);
    expect(who.body.email).toBe(STAFF_EMAIL);
  });

  it('refuses an expired link', async () => {
    const link = await requestStaffLink(test);
    test.clock.advance(STAFF_SESSION.linkHours * 3_600_000 + 1_000);
    const session = await test.api('POST', '/staff/sessions', { body: { token: link } });
    expect(session.status).toBe(401);
  });

  it('ends a session at sign-out', async () => {
    const token = await signInAsStaff(test);
    expect((await test.api('POST', '/staff/sign-out', { token })).status).toBe(204);
    const after = await me(token);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('UNAUTHORIZED');
  });

  it('ends a session left idle, keeps one in use, and ends every session at its longest life', async () => {
    const idle = await signInAsStaff(test);
    const used = await signInAsStaff(test);
    // Used every hour, the one stays; left alone past the idle limit, the other ends.
    for (let hour = 1; hour < STAFF_SESSION.maxHours; hour++) {
      test.clock.advance(60 * 60_000);
      expect((await me(used)).status, `hour ${hour}`).toBe(200);
      if (hour === 2) expect((await me(idle)).status).toBe(401);
    }
    test.clock.advance(60 * 60_000);
    expect((await me(used)).status).toBe(401);
  });

  it('ends a session when its address leaves the staff list', async () => {
    const token = await signInAsStaff(test);
    const listed = process.env[ENV.staffEmails];
    process.env[ENV.staffEmails] = 'someone.else@kulturskoleradet.no';
    try {
      expect((await me(token)).status).toBe(401);
      // …and a link asked for now is not sent.
      const before = (await test.mails()).length;
      expect((await test.api('POST', '/staff/sign-in', { body: { email: STAFF_EMAIL } })).status).toBe(202);
      expect((await test.mails()).length).toBe(before);
    } finally {
      process.env[ENV.staffEmails] = listed;
    }
    expect((await me(token)).status).toBe(200);
  });

  it("refuses applicants' and members' tokens on staff routes, and a staff token on theirs", async () => {
    const staff = await signInAsStaff(test);
    const applicant = await Applicant.signIn(test, 'leder.staff-test@kulturskole.example.no');
    const round = findRound('demo')!;
    const { token: review } = await issueLink({
      round,
      committee: 'expert',
      memberId: round.committees.expert.members[0]!.id,
      actor: { kind: 'admin', id: 'test' },
      webBaseUrl: 'http://localhost',
    });
    for (const token of [applicant.token, review, 'not-a-token']) {
      const answer = await me(token);
      expect(answer.status).toBe(401);
      expect(answer.body.code).toBe('UNAUTHORIZED');
    }
    expect((await test.api('GET', '/staff/session')).status).toBe(401);
    const asApplicant = await test.api('GET', `/applications/${applicant.applicationId}`, { token: staff });
    expect(asApplicant.status).toBe(401);
    const asMember = await test.api('GET', '/review/context?committee=expert', { token: staff });
    expect(asMember.status).toBe(401);
    expect(asMember.body.code).toBe('REVIEW_LINK_INVALID');
  });

  it('limits sign-in requests per mailbox, alike for any address', async () => {
    for (const email of ['flood@kulturskoleradet.no', 'Sekretariat+x@kulturskoleradet.no']) {
      let last = 0;
      for (let i = 0; i < 6; i++) {
        last = (await test.api('POST', '/staff/sign-in', { body: { email } })).status;
      }
      expect(last, email).toBe(429);
    }
  });
});
