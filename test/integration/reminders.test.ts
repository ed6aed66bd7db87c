import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { listAudit } from '../../shared/storage/audit.ts';
import { tokenFromMail } from '../support/applications.ts';
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
 * none twice — and to committee members who have not finished, before the stage deadline.
 * The dates move as the administrator moves them, the clock as the test says.
 */
let test: TestStack;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const drafts: Record<'nb' | 'en', { applicationId: string; email: string }> = {} as never;
let submitted: Submitted;
let withdrawn: { applicationId: string; email: string };

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
  test = await startTestStack();
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
afterAll(async () => test?.stop());

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

describe('reminders to committee members before the stage deadline', () => {
  it('reminds, once, each member who has not finished — not one who has', async () => {
    // Prepare: the expert stage opens; the ordinary member declares and assesses the one application
    await openEarly();
    await waitForStage([submitted.applicationId], 'EXPERT_REVIEW');
    const tokens = await waitForLinks(test, 'expert', ['ekspert.medlem@example.no']);
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

    // Act: three days before nothing; a day before, twice
    test.clock.set(deadline - 3 * DAY);
    await runReminders();
    const before = (await test.mails()).filter((m) =>
      /Påminnelse: fristen for sakkyndig utvalg/.test(m.subject),
    );
    test.clock.set(deadline - DAY);
    await runReminders();
    await runReminders();

    // Assess
    expect(before).toEqual([]);
    const mails = (await test.mails()).filter((m) =>
      /Påminnelse: fristen for sakkyndig utvalg/.test(m.subject),
    );
    expect(
      mails
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual(['ekspert.leder@example.no', 'ekspert.nestleder@example.no']);
    expect(mails[0]!.text).toMatch(/du har fortsatt 1 søknad du ikke har tatt stilling til/);
    const audit = (await listAudit('demo')).filter(
      (entry) => entry.action === 'reminder.sent' && entry.committee === 'expert',
    );
    expect(audit).toHaveLength(2);
  });
});
