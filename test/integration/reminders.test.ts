import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { revokeReviewLink } from '../../shared/review/links.ts';
import { listAudit } from '../../shared/storage/audit.ts';
import { listLinks } from '../../shared/storage/review.ts';
import { tokenFromMail } from '../support/applications.ts';
import { captureLogs, type LogCapture } from '../support/logs.ts';
import {
  moveDemoDates,
  openEarly,
  submitApplication,
  waitForLinks,
  waitForStage,
  type Submitted,
} from '../support/review.ts';
import { startTestStack, type TestStack, type Mail } from '../support/stack.ts';

/**
 * Reminders (issue 9, point 4; ADR 091), sent by the scheduled SendReminders function as the
 * local stack runs it: to unsubmitted drafts N days (the round's configuration) and one day
 * before the deadline — one per draft and kind, none to submitted or withdrawn applications,
 * none twice — and to committee members who have not finished, before the stage deadline,
 * in the member's language with their review link (ADR 106): the link they were invited with,
 * a fresh one when it ends before a moved deadline, none when the secretariat revoked it. The
 * dates move as the administrator moves them, the clock as the test says. No token in the logs.
 */
let test: TestStack;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const drafts: Record<'nb' | 'en', { applicationId: string; email: string }> = {} as never;
let submitted: Submitted;
let withdrawn: { applicationId: string; email: string };
let logs: LogCapture;

/** Starts a draft as an applicant does (magic link, session), with a title. */
async function startDraft(email: string, lead: string, locale: 'nb' | 'nn' | 'en', title: string) {
  const started = await test.api('POST', '/applications', {
    body: { email, roundId: 'demo', leadMunicipality: lead, locale },
  });
  expect(started.status).toBe(202);
  const mail = (await test.mails()).filter((m) => m.to.includes(email)).at(-1)!;
  const session = await test.api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
  expect(session.status).toBe(201);
  const applicationId = session.body.applicationId as string;
  const saved = await test.api('PUT', `/applications/${applicationId}/draft`, {
    token: session.body.accessToken,
    body: { version: 1, draft: { title } },
  });
  expect(saved.status).toBe(200);
  return { applicationId, email, token: session.body.accessToken as string };
}

const reminders = (mails: readonly Mail[], email: string) =>
  mails.filter((m) => m.to.includes(email) && /Påminnelse|Reminder|Påminning/.test(m.subject));
const runReminders = () => test.stack.runSchedule('SendReminders');

beforeAll(async () => {
  test = await startTestStack({ logLevel: 'DEBUG' });
  logs = captureLogs();
  drafts.nb = await startDraft('utkast.nb@kulturskole.example.no', '1804', 'nb', 'Salten-utkast');
  drafts.en = await startDraft('draft.en@kulturskole.example.no', '5001', 'en', 'Trondheim draft');
  const toWithdraw = await startDraft('trekkes@kulturskole.example.no', '0301', 'nb', 'Trekkes');
  const gone = await test.api('POST', `/applications/${toWithdraw.applicationId}/withdraw`, {
    token: toWithdraw.token,
  });
  expect(gone.status).toBe(200);
  withdrawn = toWithdraw;
  submitted = await submitApplication(test, { lead: '4601', partners: ['4624'], title: 'Sendt inn' });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await test?.stop();
});

describe('reminders to drafts before the deadline', () => {
  it('sends nothing while the deadline is further off than the round’s days', async () => {
    // Act
    await runReminders();

    // Assess
    const mails = await test.mails();
    for (const email of [drafts.nb.email, drafts.en.email]) expect(reminders(mails, email)).toEqual([]);
  });

  it('sends one reminder per draft N days before, in its language, never twice, none to the submitted or withdrawn', async () => {
    // Prepare: the administrator brings the deadline to six and a half days from now (N = 7)
    const days = findRound('demo')!.reminders!.draftDaysBefore;
    expect(days).toBe(7);
    const closes = new Date(test.clock.now().getTime() + 6.5 * DAY);
    await moveDemoDates({ applicationCloses: closes.toISOString() });

    // Act: the schedule runs three times
    await runReminders();
    await runReminders();
    await Promise.all([runReminders(), runReminders()]);

    // Assess
    const mails = await test.mails();
    const nb = reminders(mails, drafts.nb.email);
    const en = reminders(mails, drafts.en.email);
    expect(nb).toHaveLength(1);
    expect(en).toHaveLength(1);
    expect(nb[0]!.subject).toMatch(/^Påminnelse: søknaden er ikke sendt inn/);
    expect(nb[0]!.text).toContain('«Salten-utkast»');
    expect(nb[0]!.text).toContain(`/application/${drafts.nb.applicationId}`);
    expect(en[0]!.subject).toMatch(/^Reminder: the application has not been submitted/);
    expect(reminders(mails, withdrawn.email)).toEqual([]);
    expect(
      mails.filter(
        (m) => /ikke sendt inn|not been submitted/.test(m.subject) && m.text.includes('Sendt inn'),
      ),
    ).toEqual([]);
    const audit = await listAudit('demo', drafts.nb.applicationId);
    expect(audit.filter((entry) => entry.action === 'reminder.sent')).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ kind: 'draft-early' }) }),
    ]);
    void submitted;
  });

  it('sends the last day’s reminder once, and nothing after the deadline', async () => {
    // Prepare: the clock moves to twelve hours before the deadline
    const closes = Date.parse(
      (await test.api('GET', '/rounds')).body.rounds.find((r: { id: string }) => r.id === 'demo')
        .applicationPeriod.closes,
    );
    test.clock.set(closes - 12 * HOUR);

    // Act
    await runReminders();
    await runReminders();
    test.clock.set(closes + HOUR);
    await runReminders();

    // Assess: two in all per draft (N days, one day)
    const mails = await test.mails();
    expect(reminders(mails, drafts.nb.email)).toHaveLength(2);
    expect(reminders(mails, drafts.en.email)).toHaveLength(2);
    expect(reminders(mails, withdrawn.email)).toEqual([]);
    const kinds = (await listAudit('demo', drafts.en.applicationId))
      .filter((entry) => entry.action === 'reminder.sent')
      .map((entry) => (entry.details as { kind: string }).kind);
    expect(kinds).toEqual(['draft-early', 'draft-last-day']);
  });
});

/** The reminders to `committee`'s members (every language's subject), newest last. */
const memberReminders = async (committee: 'expert' | 'geographic') =>
  (await test.mails()).filter((m) =>
    (committee === 'expert'
      ? /^(Påminnelse|Påminning|Reminder): (fristen|the deadline) for (sakkyndig utvalg|sakkunnig utval|the expert committee) /
      : /^(Påminnelse|Påminning|Reminder): (fristen|the deadline) for (geografisk utval|the geographic committee)/
    ).test(m.subject),
  );
const linkIn = (text: string) => /\/review\/(?:expert|geographic)#token=([^\s"<&]+)/.exec(text);
const tokenIn = (text: string) => decodeURIComponent(linkIn(text)![1]!);
/** The link record a token stands for (its id is the token's jti). */
const linkIdOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { jti: string }).jti;

describe('reminders to committee members before the stage deadline', () => {
  it('reminds, once, each member who has not finished — not one who has — in their language, with the link they were invited with', async () => {
    // Prepare: the expert stage opens; the ordinary member declares and assesses the one application
    await openEarly();
    await waitForStage([submitted.applicationId], 'EXPERT_REVIEW');
    const tokens = await waitForLinks(test, 'expert', [
      'ekspert.medlem@example.no',
      'ekspert.leder@example.no',
      'ekspert.nestleder@example.no',
    ]);
    const as = { token: tokens.get('ekspert.medlem@example.no')! };
    const path = `/review/applications/${submitted.applicationId}`;
    expect(
      (await test.api('POST', `${path}/declaration`, { ...as, body: { conflicted: false } })).status,
    ).toBe(200);
    const assessed = await test.api('POST', `${path}/assessment`, {
      ...as,
      body: {
        activityAreaFit: { score: 4, comment: '' },
        anchoring: { score: 4, comment: '' },
        sustainability: { score: 4, comment: '' },
        recommendation: 'qualified',
      },
    });
    expect(assessed.status).toBe(200);
    const deadline = Date.parse((await test.api('GET', '/review/context', as)).body.stage.deadline);
    const linksBefore = (await listLinks('demo')).length;

    // Act: three days before nothing; a day before, twice
    test.clock.set(deadline - 3 * DAY);
    await runReminders();
    const before = await memberReminders('expert');
    test.clock.set(deadline - DAY);
    await runReminders();
    await runReminders();

    // Assess: the chair in bokmål, the deputy in English (the demo round's configuration)
    expect(before).toEqual([]);
    const mails = await memberReminders('expert');
    expect(
      mails
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual(['ekspert.leder@example.no', 'ekspert.nestleder@example.no']);
    const chair = mails.find((m) => m.to.includes('ekspert.leder@example.no'))!;
    const deputy = mails.find((m) => m.to.includes('ekspert.nestleder@example.no'))!;
    expect(chair.subject).toMatch(/^Påminnelse: fristen for sakkyndig utvalg/);
    expect(chair.text).toMatch(/du har fortsatt 1 søknad du ikke har tatt stilling til/);
    expect(chair.text).toContain('Åpne søknadene');
    expect(deputy.subject).toMatch(/^Reminder: the deadline for the expert committee/);
    expect(deputy.text).toMatch(/there is still 1 application you have not declared on or assessed/);
    expect(deputy.text).toContain('Open the applications');
    // The link they were invited with: the same link record, no new one, and it opens their pages
    for (const [mail, email, id] of [
      [chair, 'ekspert.leder@example.no', 'ekspert-leder'],
      [deputy, 'ekspert.nestleder@example.no', 'ekspert-nestleder'],
    ] as const) {
      const token = tokenIn(mail.text);
      expect(linkIdOf(token)).toBe(linkIdOf(tokens.get(email)!));
      const context = await test.api('GET', '/review/context', { token });
      expect(context.status).toBe(200);
      expect(context.body.member.id).toBe(id);
    }
    expect((await listLinks('demo')).length).toBe(linksBefore);
    const audit = (await listAudit('demo')).filter(
      (entry) => entry.action === 'reminder.sent' && entry.committee === 'expert',
    );
    expect(audit).toHaveLength(2);
    for (const entry of audit) {
      expect(entry.details).toMatchObject({ link: { id: expect.any(String), issued: false } });
      expect(JSON.stringify(entry)).not.toMatch(/eyJ/);
    }
  });

  it('gives a fresh link when the invitation’s ends before a moved deadline, and none where the secretariat revoked it', async () => {
    // Prepare: the expert stage is decided; the geographic committee is invited
    const chair = {
      token: (await waitForLinks(test, 'expert', ['ekspert.leder@example.no'])).get(
        'ekspert.leder@example.no',
      )!,
    };
    const path = `/review/applications/${submitted.applicationId}`;
    expect(
      (await test.api('POST', `${path}/declaration`, { ...chair, body: { conflicted: false } })).status,
    ).toBe(200);
    expect(
      (
        await test.api('POST', `${path}/outcome`, {
          ...chair,
          body: { qualified: true, reason: 'Godt forankret.' },
        })
      ).status,
    ).toBe(200);
    const { version } = (await test.api('GET', '/review/context', chair)).body.stage;
    expect((await test.api('POST', '/review/finalise', { ...chair, body: { version } })).status).toBe(200);
    await waitForStage([submitted.applicationId], 'GEOGRAPHIC_REVIEW');
    const invited = await waitForLinks(test, 'geographic', [
      'geo.leder@example.no',
      'geo.vest@example.no',
      'geo.nord@example.no',
    ]);
    // The secretariat revokes the western adviser's link and issues none; the deadline moves three days on
    const vest = (await listLinks('demo')).find((link) => link.memberId === 'geo-vest' && !link.revokedAt)!;
    expect(
      await revokeReviewLink({ roundId: 'demo', linkId: vest.linkId, actor: { kind: 'admin', id: 'test' } }),
    ).toBe(true);
    const old = Date.parse(
      (await test.api('GET', '/review/context', { token: invited.get('geo.nord@example.no')! })).body.stage
        .deadline,
    );
    const moved = old + 3 * DAY;
    await moveDemoDates({ geographic: new Date(moved).toISOString() });

    // Act: a day before the moved deadline (the invitations' links ended two days before it)
    test.clock.set(moved - DAY);
    await runReminders();
    await runReminders();

    // Assess: one reminder each — the chair in bokmål, the northern adviser in nynorsk, both with a
    // fresh link lasting to the moved deadline; the western adviser told the link was withdrawn
    const mails = await memberReminders('geographic');
    const to = (email: string) => mails.filter((m) => m.to.includes(email));
    expect(mails).toHaveLength(3);
    const [leder] = to('geo.leder@example.no');
    const [nord] = to('geo.nord@example.no');
    const [west] = to('geo.vest@example.no');
    expect(leder!.subject).toMatch(/^Påminnelse: fristen for geografisk utvalg/);
    expect(nord!.subject).toMatch(/^Påminning: fristen for/);
    expect(nord!.text).toContain('Opne søknadene');
    for (const [mail, email] of [
      [leder!, 'geo.leder@example.no'],
      [nord!, 'geo.nord@example.no'],
    ] as const) {
      const token = tokenIn(mail.text);
      expect(linkIdOf(token)).not.toBe(linkIdOf(invited.get(email)!));
      const link = (await listLinks('demo')).find((record) => record.linkId === linkIdOf(token))!;
      expect(link).toMatchObject({ issuedBy: 'workflow', expiresAt: new Date(moved).toISOString() });
      expect((await test.api('GET', '/review/context', { token })).status).toBe(200);
    }
    expect(linkIn(west!.text)).toBeNull();
    expect(west!.text).toContain('Lenken din til utvalgets sider er trukket tilbake');
    const audit = (await listAudit('demo')).filter((entry) => entry.committee === 'geographic');
    const fresh = [leder!, nord!].map((mail) => linkIdOf(tokenIn(mail.text)));
    expect(
      audit
        .filter((entry) => entry.action === 'link.issued' && entry.actor.kind === 'workflow')
        .map((entry) => (entry.details as { linkId: string }).linkId),
    ).toEqual(expect.arrayContaining(fresh));
    expect(
      audit
        .filter((entry) => entry.action === 'reminder.sent')
        .map((entry) => (entry.details as { link: unknown }).link),
    ).toEqual(expect.arrayContaining([null, expect.objectContaining({ issued: true })]));
  });

  it('writes no token and no address to the logs', async () => {
    await test.stack.idle();
    const offending = logs.offending();
    expect(logs.lines.length).toBeGreaterThan(0);
    expect(offending, offending.join('\n')).toEqual([]);
  });
});
