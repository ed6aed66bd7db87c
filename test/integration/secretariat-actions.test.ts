import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { roundDates } from '../../shared/review/schedule.ts';
import { listAudit } from '../../shared/storage/audit.ts';
import { tokenFromMail } from '../support/applications.ts';
import { Applicant, closeApplicationPeriod, reopenApplicationPeriod } from '../support/applicant.ts';
import { submitApplication, type Submitted } from '../support/review.ts';
import { reviewLinksFrom, startTestStack, type TestStack } from '../support/stack.ts';
import { signInAsStaff, STAFF_EMAIL } from '../support/staff.ts';

/**
 * The secretariat's actions (ADR 094) on the local stack, each audited with the staff member
 * as its actor: resend an applicant's sign-in link (to the owner only), withdraw on the
 * applicant's written request (a reason; the applicant's own rules), issue and revoke a
 * committee member's link (mailed), move dates (in order), announce now (once decided) — and
 * their refusals, field by field.
 */
let test: TestStack;
let staff: string;
let submitted: Submitted;
const demo = () => findRound('demo')!;
const asStaff = (body?: unknown) => ({ token: staff, ...(body === undefined ? {} : { body }) });
const staffEntries = async (action: string) =>
  (await listAudit('demo')).filter(
    (entry) => entry.action === action && entry.actor.kind === 'staff' && entry.actor.id === STAFF_EMAIL,
  );

beforeAll(async () => {
  test = await startTestStack();
  staff = await signInAsStaff(test);
  submitted = await submitApplication(test, { lead: '1804', partners: ['1840'], title: 'Bodø for alle' });
}, 60_000);

afterAll(async () => {
  await test?.stop();
});

describe("resending an applicant's sign-in link", () => {
  it("mails a working link to the owner's address, and audits it", async () => {
    const applicant = await Applicant.signIn(test, 'Eier.Utkast@kulturskole.example.no', '0301');
    const answer = await test.api(
      'POST',
      `/staff/applications/${applicant.applicationId}/resend-link`,
      asStaff(),
    );
    expect(answer.status).toBe(202);
    expect(answer.body.sentTo).toBe('Eier.Utkast@kulturskole.example.no');
    const mail = (await test.mails()).filter((m) => m.to.includes(answer.body.sentTo)).at(-1)!;
    const session = await test.api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
    expect(session.status).toBe(201);
    expect(session.body.applicationId).toBe(applicant.applicationId);
    expect(await staffEntries('signin-link.resent')).toEqual([
      expect.objectContaining({ applicationId: applicant.applicationId }),
    ]);
  });

  it('answers 404 for an application that does not exist', async () => {
    const answer = await test.api(
      'POST',
      '/staff/applications/01JAAAAAAAAAAAAAAAAAAAAAAA/resend-link',
      asStaff(),
    );
    expect(answer.status).toBe(404);
  });
});

describe("withdrawing on the applicant's written request", () => {
  it('needs a reason', async () => {
    const applicant = await Applicant.signIn(test, 'uten.grunn@kulturskole.example.no', '0301');
    for (const body of [{}, { reason: '   ' }]) {
      const answer = await test.api(
        'POST',
        `/staff/applications/${applicant.applicationId}/withdraw`,
        asStaff(body),
      );
      expect(answer.status).toBe(400);
      expect(answer.body.fields.map((field: { path: string }) => field.path)).toEqual(['reason']);
    }
    expect((await applicant.view()).body.status).toBe('DRAFT');
  });

  it('withdraws a submitted application, stops its workflow and audits the reason', async () => {
    const answer = await test.api(
      'POST',
      `/staff/applications/${submitted.applicationId}/withdraw`,
      asStaff({ reason: 'Brev fra søker 1. desember: prosjektet er avlyst.' }),
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body.status).toBe('WITHDRAWN');
    const detail = await test.api('GET', `/staff/applications/${submitted.applicationId}`, asStaff());
    expect(detail.body.application.status).toBe('WITHDRAWN');
    expect(detail.body.audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'application.withdrawn',
          actor: { kind: 'staff', id: STAFF_EMAIL },
          details: expect.objectContaining({ reason: 'Brev fra søker 1. desember: prosjektet er avlyst.' }),
        }),
      ]),
    );
  });

  it('is refused after the application period, as the applicant is', async () => {
    const late = await submitApplication(test, {
      lead: '1506',
      partners: ['1505'],
      title: 'Molde etter fristen',
    });
    await closeApplicationPeriod();
    try {
      const answer = await test.api(
        'POST',
        `/staff/applications/${late.applicationId}/withdraw`,
        asStaff({ reason: 'For sent' }),
      );
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('WITHDRAW_NOT_ALLOWED');
    } finally {
      await reopenApplicationPeriod();
    }
  }, 60_000);
});

describe("committee members' links", () => {
  it('issues a member a link by mail (revoking the earlier one), and revokes it', async () => {
    const member = demo().committees.expert.members[0]!;
    const first = await test.api(
      'POST',
      '/staff/rounds/demo/links',
      asStaff({ committee: 'expert', memberId: member.id }),
    );
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).not.toHaveProperty('url');
    expect(reviewLinksFrom(await test.mails()).get(member.email)?.committee).toBe('expert');
    const second = await test.api(
      'POST',
      '/staff/rounds/demo/links',
      asStaff({ committee: 'expert', memberId: member.id }),
    );
    // (and any link the stage's invitation had given the member)
    expect(second.body.revoked).toContain(first.body.linkId);
    expect(await staffEntries('link.issued')).toHaveLength(2);

    const revoke = (linkId: string) =>
      test.api('POST', `/staff/rounds/demo/links/${linkId}/revoke`, asStaff());
    expect((await revoke(second.body.linkId)).status).toBe(204);
    const again = await revoke(second.body.linkId);
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('LINK_NOT_FOUND');
    expect((await revoke('01JAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    const revokedByStaff = (await staffEntries('link.revoked')).map((entry) => entry.details?.linkId);
    expect(revokedByStaff).toEqual(expect.arrayContaining([first.body.linkId, second.body.linkId]));
  });

  it('refuses a member who is not in the committee, at the field', async () => {
    const answer = await test.api(
      'POST',
      '/staff/rounds/demo/links',
      asStaff({ committee: 'final', memberId: 'ekspert-leder' }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.fields).toEqual([
      expect.objectContaining({ path: 'memberId', code: 'MEMBER_UNKNOWN' }),
    ]);
  });
});

describe("moving the round's dates and announcing", () => {
  it('refuses dates out of order or none, field by field, in the asked language', async () => {
    const dates = await roundDates(demo());
    const early = await test.api('POST', '/staff/rounds/demo/dates', {
      ...asStaff({ expert: new Date(Date.parse(dates.applicationCloses) - 3_600_000).toISOString() }),
      headers: { 'accept-language': 'nn' },
    });
    expect(early.status).toBe(400);
    expect(early.body.fields).toEqual([expect.objectContaining({ path: 'expert', code: 'DATE_TOO_EARLY' })]);
    expect(early.body.fields[0].message).toMatch(/rekkjefølgja/);
    const late = await test.api(
      'POST',
      '/staff/rounds/demo/dates',
      asStaff({ applicationCloses: new Date(Date.parse(dates.expert) + 3_600_000).toISOString() }),
    );
    expect(late.body.fields).toEqual([
      expect.objectContaining({ path: 'applicationCloses', code: 'DATE_TOO_LATE' }),
    ]);
    const none = await test.api('POST', '/staff/rounds/demo/dates', asStaff({}));
    expect(none.status).toBe(400);
    expect(none.body.fields[0].code).toBe('DATES_REQUIRED');
    expect(await roundDates(demo())).toEqual(dates);
  });

  it('moves a date, answers the dates as they hold, and audits it', async () => {
    const dates = await roundDates(demo());
    const final = new Date((Date.parse(dates.final) + Date.parse(dates.announcement)) / 2).toISOString();
    const answer = await test.api('POST', '/staff/rounds/demo/dates', asStaff({ final }));
    expect(answer.status).toBe(200);
    // The round's dates, and those after the award (ADR 113) beside them.
    expect(answer.body).toMatchObject({ ...dates, final, acceptBy: expect.any(String) });
    expect(await staffEntries('schedule.moved')).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ changes: { final } }) }),
    ]);
  });

  it('refuses to announce before the final committee has decided', async () => {
    const answer = await test.api('POST', '/staff/rounds/demo/announce', asStaff());
    expect(answer.status).toBe(409);
    expect(answer.body.code).toBe('ANNOUNCEMENT_NOT_READY');
  });

  it('answers 404 for a round that does not exist, 401 without a staff session', async () => {
    expect((await test.api('POST', '/staff/rounds/nope/announce', asStaff())).status).toBe(404);
    expect((await test.api('POST', '/staff/rounds/demo/announce', { token: submitted.token })).status).toBe(
      401,
    );
  });
});
