import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenFromMail } from '../support/applications.ts';
import { moveDemoDates, openEarly, waitForStage } from '../support/review.ts';
import { apiClient, readMailbox } from '../support/stack.ts';
import {
  DESKTOP,
  launchBrowser,
  PHONE,
  portalContext,
  portalPage,
  screenshotOnFailure,
  servePortalCsp,
} from './support/browser.ts';
import { reviewApi, reviewLink, submitApplications, tokenOf, type Submitted } from './support/review.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';
import { DEMO_MEMBERS } from '../support/members.ts';

/**
 * Reminders arriving in the mailbox (issue 9, point 4; ADR 091, 106), read in Debian's Chromium
 * on the local mailbox's page as a user of `npm start` reads them: unsubmitted drafts in
 * bokmål, nynorsk and English are reminded when the deadline comes within the round's days and
 * again on the last day; committee members who have not finished are reminded before their
 * stage's deadline — each in their language — and the link in a member's reminder opens their
 * committee's page. The deadlines move as the administrator moves them (no waiting); the
 * scheduled SendReminders runs as the local stack runs it.
 */
let stack: BrowserStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let csp: string[] = [];
let submitted: Submitted;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const drafts = [
  { email: 'utkast.nb@kulturskole.example.no', lead: '1804', locale: 'nb', title: 'Salten-utkastet' },
  { email: 'utkast.nn@kulturskole.example.no', lead: '4601', locale: 'nn', title: 'Bergensutkastet' },
  { email: 'draft.en@kulturskole.example.no', lead: '5001', locale: 'en', title: 'Trondheim draft' },
] as const;
const DRAFT_SUBJECT = {
  nb: /Påminnelse: søknaden er ikke sendt inn/,
  nn: /Påminning: søknaden er ikkje send inn/,
  en: /Reminder: the application has not been submitted/,
} as const;
const expert = DEMO_MEMBERS.expert;

const runReminders = () => stack.stack.runSchedule('SendReminders');
const now = () => stack.clock.now().getTime();

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startBrowserStack({ workflowMaxWaitSeconds: 1 }),
    launchBrowser(['--disable-features=LocalNetworkAccessChecks']),
  ]);
  context = await portalContext(browser);
  csp = await servePortalCsp(context, stack);
  page = await portalPage(context);

  // Three drafts, each started in its language with a title, never submitted; one submitted
  const api = apiClient(() => stack.api);
  for (const draft of drafts) {
    const started = await api('POST', '/applications', {
      body: { email: draft.email, roundId: 'demo', leadMunicipality: draft.lead, locale: draft.locale },
    });
    expect(started.status).toBe(202);
    const mail = (await readMailbox(stack.stack.urls.ses)).filter((m) => m.to.includes(draft.email)).at(-1)!;
    const session = await api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
    expect(session.status).toBe(201);
    const saved = await api('PUT', `/applications/${session.body.applicationId}/draft`, {
      token: session.body.accessToken,
      body: { version: 1, draft: { title: draft.title } },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  }
  [submitted] = (await submitApplications(stack, [
    { lead: '0301', partners: ['3201'], title: 'Oslo og Bærum', areas: ['1a'], subjects: ['music'] },
  ])) as [Submitted];
});
screenshotOnFailure('reminders', () => page);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** The mailbox's page as a user of the local stack opens it: every message, newest first. */
async function openMailbox() {
  await page.goto(stack.stack.urls.mailbox);
  await page.locator('.email').first().waitFor();
}

/** The messages on the mailbox's page to an address whose subject matches. */
const messages = (to: string, subject: RegExp) =>
  page
    .locator('.email')
    .filter({ hasText: `To: ${to}` })
    .filter({ has: page.locator('p', { hasText: subject }) });

/** The clickable links of a message, as its HTML view shows them. */
async function linksIn(message: ReturnType<typeof messages>) {
  await message.getByRole('button', { name: 'Toggle HTML view' }).click();
  const frame = message.locator('iframe').contentFrame();
  await frame.locator('a').first().waitFor();
  return frame
    .locator('a')
    .evaluateAll((anchors) =>
      anchors.map((a) => ({ text: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
    );
}

describe('reminders to drafts in the mailbox', () => {
  it('shows each draft its reminder in its language N days before, then on the last day', async () => {
    // Prepare: the administrator brings the deadline to six and a half days off (the demo round's N is 7)
    await moveDemoDates({ applicationCloses: new Date(now() + 6.5 * DAY).toISOString() });

    // Act: the hourly schedule runs, twice
    await runReminders();
    await runReminders();
    await openMailbox();

    // Assess: one each, in the draft's language, naming the draft and linking to it
    for (const draft of drafts) {
      const found = messages(draft.email, DRAFT_SUBJECT[draft.locale]);
      expect(await found.count(), draft.email).toBe(1);
      await found.getByRole('button', { name: 'Toggle text view' }).click();
      expect(await found.textContent()).toContain(draft.title);
      const links = await linksIn(found);
      expect(links.map((link) => link.href)).toEqual([expect.stringMatching(/\/application\/[0-9A-Z]{26}$/)]);
    }
    expect(await messages(submitted.email, /Påminnelse|Reminder/).count()).toBe(0);

    // Prepare, act: twelve hours before the moved deadline, the last day's reminder
    await moveDemoDates({ applicationCloses: new Date(now() + 12 * HOUR).toISOString() });
    await runReminders();
    await runReminders();
    await openMailbox();

    // Assess: two in all per draft, none to the submitted application's owner
    for (const draft of drafts)
      expect(await messages(draft.email, DRAFT_SUBJECT[draft.locale]).count(), draft.email).toBe(2);
    expect(await messages(submitted.email, /Påminnelse|Reminder/).count()).toBe(0);
    await page.setViewportSize(PHONE);
    await page.screenshot({ path: join(tmpdir(), 'e2e-reminders-mailbox-drafts.png'), fullPage: false });
    await page.setViewportSize(DESKTOP);
  });
});

describe('reminders to committee members in the mailbox', () => {
  it('reminds the members who have not finished, in their language, with a link that opens their page', async () => {
    // Prepare: the expert stage opens; the ordinary member declares and assesses the application
    await openEarly();
    await waitForStage([submitted.applicationId], 'EXPERT_REVIEW');
    const invited = new Map<string, string>();
    for (const email of Object.values(expert)) invited.set(email, await reviewLink(stack, email, 'expert'));
    const api = reviewApi(stack);
    const token = tokenOf(invited.get(expert.member)!);
    const path = `/review/applications/${submitted.applicationId}`;
    expect((await api('POST', `${path}/declaration`, { token, body: { conflicted: false } })).status).toBe(
      200,
    );
    const assessed = await api('POST', `${path}/assessment`, {
      token,
      body: {
        activityAreaFit: { score: 4, comment: '' },
        anchoring: { score: 4, comment: '' },
        sustainability: { score: 3, comment: '' },
        recommendation: 'qualified',
      },
    });
    expect(assessed.status).toBe(200);
    // The administrator brings the committee's deadline to a day off (members are reminded 2 days before)
    await moveDemoDates({ expert: new Date(now() + DAY).toISOString() });

    // Act
    await runReminders();
    await runReminders();
    await openMailbox();

    // Assess: the chair in bokmål, the deputy in English, the member who finished none
    const chair = messages(expert.chair, /Påminnelse: fristen for sakkyndig utvalg/);
    const deputy = messages(expert.deputy, /Reminder: the deadline for the expert committee/);
    expect(await chair.count()).toBe(1);
    expect(await deputy.count()).toBe(1);
    expect(await messages(expert.member, /Påminnelse: fristen/).count()).toBe(0);
    await deputy.getByRole('button', { name: 'Toggle text view' }).click();
    expect(await deputy.textContent()).toMatch(
      /there is still 1 application you have not declared on or assessed/,
    );
    await chair.getByRole('button', { name: 'Toggle text view' }).click();
    expect(await chair.textContent()).toMatch(/du har fortsatt 1 søknad/);
    await page.screenshot({ path: join(tmpdir(), 'e2e-reminders-mailbox-members.png'), fullPage: false });

    // The deputy follows the link in the reminder, as the mail client opens it: their committee's page
    const [open] = (await linksIn(deputy)).filter((link) => link.text === 'Open the applications');
    expect(open?.href).toMatch(/\/review\/expert#token=/);
    const review = await context.newPage();
    review.setDefaultTimeout(15_000);
    await review.goto(open!.href);
    await review.getByTestId('expert-table').waitFor();
    expect(await review.getByTestId('expert-table').locator('tbody tr').count()).toBe(1);
    expect(await review.locator('body').textContent()).toContain('Erik Ekspert');
    expect(review.url()).not.toContain('token='); // taken out of the address bar at once
    await review.close();
    expect(csp).toEqual([]);
  });
});
