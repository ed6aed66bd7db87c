import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { moveDates } from '../../shared/review/admin.ts';
import { completeDraft } from '../support/applications.ts';
import { minimalPdf } from '../support/files.ts';
import { uploadAttachment } from '../support/uploads.ts';
import {
  chooseOption,
  launchBrowser,
  portalContext,
  portalPage,
  screenshots,
  suggestionInput,
} from './support/browser.ts';
import { auditInEveryLanguage } from './support/review.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * The deadline is the server's (ADR 061): a complete application submitted one second after
 * the period closed is refused, and the page shows the draft read-only and says why. The demo
 * round opened 28 days ago, so its period closes today at 23:59:59 Oslo time. The stack's
 * clock (ADR 075) and the browser's (Playwright's `context.clock`) both start the evening
 * before — whatever the real time of day — and everything is prepared there; then the stack's
 * clock is moved to a minute before the deadline for signing in, then past it (the browser's
 * stays in the evening: the server decides). The read-only draft is then seen as an
 * administrator moving the deadline to the past makes it.
 */
let stack: BrowserStack;
let browser: Browser;
let page: Page;
let closes: number;
let applicationId: string;
let accessToken: string;
const email = 'sent@kulturskole.example.no';
/** Where both clocks start: three hours before the deadline. */
const EVENING = 3 * 3_600_000;
const title = completeDraft([]).title!;

async function api(method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(stack.api + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  const opens = new Date(Date.now() - 28 * 24 * 60 * 60 * 1000).toISOString();
  [stack, browser] = await Promise.all([startBrowserStack({ demoRoundOpens: opens }), launchBrowser()]);
  const rounds = await api('GET', '/rounds');
  const demo = rounds.body.rounds.find((round: { id: string }) => round.id === 'demo');
  closes = Date.parse(demo.applicationPeriod.closes);
  stack.clock.set(closes - EVENING);
  const context = await portalContext(browser);
  await context.clock.install({ time: closes - EVENING });
  page = await portalPage(context);

  // A complete application with its letter of intent, the evening before the deadline.
  await api('POST', '/applications', { email, roundId: 'demo', leadMunicipality: '0301' });
  const token = decodeURIComponent((await stack.magicLink(email)).split('#token=')[1]!);
  const session = await api('POST', '/sessions', { token });
  ({ accessToken, applicationId } = session.body);
  const saved = await api(
    'PUT',
    `/applications/${applicationId}/draft`,
    {
      version: 1,
      draft: completeDraft([demo.schoolYears[0].id], {
        contact: { name: 'Kari Nordmann', email, phone: '91234567' },
      }),
    },
    accessToken,
  );
  expect(saved.status).toBe(200);
  await uploadAttachment(
    (method, path, options) =>
      api(method, path, options?.body, options?.token).then((r) => ({ ...r, headers: {} })),
    accessToken,
    applicationId,
    { fileName: 'intensjonsavtale.pdf', contentType: 'application/pdf', bytes: minimalPdf() },
  );
  await stack.stack.idle();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('the deadline', () => {
  it('refuses a submission one second after the period closed, and shows the draft read-only', async () => {
    // The applicant comes back on the last evening: a new link, signed in a minute before the deadline.
    stack.clock.set(closes - 60_000);
    await page.goto(`${stack.web}/start`);
    await page.getByLabel('E-postadresse').fill(email);
    await chooseOption(suggestionInput(page, 'Søkerkommune'), 'Oslo', /^Oslo \(0301, Oslo\)$/);
    await page.getByRole('button', { name: 'Send meg en lenke' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sjekk e-posten din' }).waitFor();
    await page.goto(await stack.magicLink(email));
    await page.getByRole('heading', { level: 2, name: 'Prosjekt og samarbeid' }).waitFor();
    await page.getByRole('link', { name: /Se over og send inn/ }).click();
    await page.getByText('Alt er fylt ut. Søknaden er klar til å sendes inn.').waitFor();

    // Act: one second past 23:59:59 Oslo time.
    stack.clock.set(closes + 1000);
    await page.getByRole('button', { name: 'Send inn søknaden' }).click();

    // Assess: why, the draft read-only, and no receipt.
    const alert = page.getByRole('alert').filter({ hasText: 'Søknadsfristen har gått ut' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'Søknaden ble ikke sendt inn, og den kan ikke lenger endres eller sendes inn.',
    );
    expect(await page.getByRole('heading', { level: 1, name: 'Kvittering' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Send inn søknaden' }).count()).toBe(0);
    expect(await page.getByText('klar til å sendes inn').count()).toBe(0);
    await screenshots(page, '14-deadline-passed');
  });

  it('turns an open form read-only when the deadline moved to the past: nothing more is saved', async () => {
    // Prepare: the form open on the project step, back in the evening (the period is open)
    stack.clock.set(closes - EVENING);
    await page.goto(`${stack.web}/application/${applicationId}/project`);
    const field = page.getByLabel('Prosjektets navn');
    await field.waitFor();
    expect(await field.inputValue()).toBe(title);

    // Act: the administrator moves the deadline a minute into the past; then the applicant types
    const round = findRound('demo')!;
    await moveDates(
      round,
      { applicationCloses: new Date(stack.clock.now().getTime() - 60_000).toISOString() },
      admin,
    );
    await field.fill('Endret etter fristen');

    // Assess: the save is refused, the page turns read-only and says why, the draft is as it was
    await page.getByRole('alert').filter({ hasText: 'Søknadsfristen har gått ut' }).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Last opp|Slett|Send inn søknaden/ }).count()).toBe(0);
    const stored = await api('GET', `/applications/${applicationId}`, undefined, accessToken);
    expect(stored.body.draft.title).toBe(title);
    expect(stored.body.applicationPeriod.state).toBe('closed');
    expect(
      (
        await api(
          'PUT',
          `/applications/${applicationId}/draft`,
          { version: stored.body.version, draft: {} },
          accessToken,
        )
      ).status,
    ).toBe(409);

    // Every step's address shows the same read-only page, in every language, accessible
    await page.goto(`${stack.web}/application/${applicationId}/review`);
    const notice = {
      nb: 'Søknaden ble ikke sendt inn',
      nn: 'Søknaden vart ikkje send inn',
      en: 'The application was not submitted',
    };
    await page.getByText(notice.nb).waitFor();
    expect(await page.getByText('klar til å sendes inn').count()).toBe(0);
    const languages = ['nn', 'en', 'nb'] as const; // the order auditInEveryLanguage switches in
    let switched = 0;
    await auditInEveryLanguage(page, 'closed draft', () =>
      page.locator('#period-closed').filter({ hasText: notice[languages[switched++]!] }).waitFor(),
    );
    expect(switched).toBe(3);
    await screenshots(page, '14b-deadline-closed-draft');
    await moveDates(round, { applicationCloses: round.applicationPeriod.closes }, admin);
  });
});

const admin = { kind: 'admin' as const, id: 'e2e' };
