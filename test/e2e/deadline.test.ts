import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { completeDraft } from '../support/applications.ts';
import { minimalPdf } from '../support/files.ts';
import { uploadAttachment } from '../support/uploads.ts';
import { DESKTOP, launchBrowser, screenshots } from './support/browser.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * The deadline is the server's: a complete application submitted one second after the
 * period closed is refused, and the page says why. The demo round opened 28 days ago, so its
 * period closes today at 23:59:59 Oslo time. Everything is prepared on the real clock (S3
 * refuses requests signed far from its own time); then only this process's clock — where the
 * API's handlers run — is moved: to a minute before the deadline for signing in, then past it.
 */
let stack: BrowserStack;
let browser: Browser;
let page: Page;
let closes: number;
const email = 'sent@kulturskole.example.no';

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
  page = await (
    await browser.newContext({ locale: 'nb-NO', viewport: DESKTOP, timezoneId: 'Europe/Oslo' })
  ).newPage();
  page.setDefaultTimeout(15_000);
  const rounds = await api('GET', '/rounds');
  const demo = rounds.body.rounds.find((round: { id: string }) => round.id === 'demo');
  closes = Date.parse(demo.applicationPeriod.closes);

  // A complete application with its letter of intent, on the real clock.
  await api('POST', '/applications', { email, roundId: 'demo', leadMunicipality: '0301' });
  const token = decodeURIComponent((await stack.magicLink(email)).split('#token=')[1]!);
  const session = await api('POST', '/sessions', { token });
  const { accessToken, applicationId } = session.body;
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
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  vi.useRealTimers();
  await browser?.close();
  await stack?.stop();
});

describe('the deadline', () => {
  it('refuses a submission one second after the period closed, with the reason on the page', async () => {
    // The applicant comes back on the last evening: a new link, signed in a minute before the deadline.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(closes - 60_000);
    await page.goto(`${stack.web}/start`);
    await page.getByLabel('E-postadresse').fill(email);
    await page.getByLabel('Søkerkommune', { exact: true }).fill('Oslo');
    await page.getByRole('option', { name: /^Oslo \(0301, Oslo\)$/ }).click();
    await page.waitForTimeout(200); // the combobox applies a choice after a 50 ms debounce
    await page.getByRole('button', { name: 'Send meg en lenke' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sjekk e-posten din' }).waitFor();
    await page.goto(await stack.magicLink(email));
    await page.getByRole('heading', { level: 2, name: 'Prosjekt og samarbeid' }).waitFor();
    await page.getByRole('link', { name: /Se over og send inn/ }).click();
    await page.getByText('Alt er fylt ut. Søknaden er klar til å sendes inn.').waitFor();

    // Act: one second past 23:59:59 Oslo time.
    vi.setSystemTime(closes + 1000);
    await page.getByRole('button', { name: 'Send inn søknaden' }).click();

    // Assess: the server's message, and no receipt.
    const alert = page.getByRole('alert').filter({ hasText: 'Søknadsfristen har gått ut' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Søknaden kan ikke lenger sendes inn eller endres.');
    expect(await page.getByRole('heading', { level: 1, name: 'Kvittering' }).count()).toBe(0);
    await screenshots(page, '14-deadline-passed');
  });
});
