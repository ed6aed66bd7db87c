import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeDraft, tokenFromMail } from '../support/applications.ts';
import { minimalPdf } from '../support/files.ts';
import { uploadAttachment } from '../support/uploads.ts';
import { auditEverywhere } from './support/a11y.ts';
import { DESKTOP, launchBrowser, portalPage, screenshots } from './support/browser.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * The applicant's public and own pages (issue 9 points 6 and 10, issue 11 point 3): the
 * footer's links to the awards, the privacy notice and the accessibility statement; the About
 * page's timeline and the awards page before the announcement; the receipt's budget lines and
 * "download my data". axe in nb/nn/en at desktop and phone width on each.
 */
let stack: BrowserStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let session: { accessToken: string; applicationId: string; expiresAt: string };

async function api(method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(stack.api + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: {} };
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startBrowserStack(), launchBrowser()]);
  context = await browser.newContext({
    locale: 'nb-NO',
    viewport: DESKTOP,
    timezoneId: 'Europe/Oslo',
    acceptDownloads: true,
  });
  await context.addInitScript(() => {
    if (!localStorage.getItem('ik.locale')) localStorage.setItem('ik.locale', 'nb');
  });
  page = await portalPage(context);

  // A submitted application, for the receipt.
  const email = 'sider@kulturskole.example.no';
  await api('POST', '/applications', { email, roundId: 'demo', leadMunicipality: '4601' });
  const mail = (await stack.mails()).filter((m) => m.to.includes(email)).at(-1)!;
  session = (await api('POST', '/sessions', { token: tokenFromMail(mail.text) })).body;
  const rounds = await api('GET', '/rounds');
  const schoolYear = rounds.body.rounds.find((r: { id: string }) => r.id === 'demo').schoolYears[0].id;
  const draft = completeDraft([schoolYear], { leadMunicipality: '4601', partnerMunicipalities: ['0301'] });
  const { accessToken, applicationId } = session;
  expect(
    (await api('PUT', `/applications/${applicationId}/draft`, { version: 1, draft }, accessToken)).status,
  ).toBe(200);
  await uploadAttachment(
    (method, path, options) => api(method, path, options?.body, options?.token),
    accessToken,
    applicationId,
    { fileName: 'intensjonsavtale.pdf', contentType: 'application/pdf', bytes: minimalPdf() },
  );
  await stack.stack.idle();
  expect((await api('POST', `/applications/${applicationId}/submit`, undefined, accessToken)).status).toBe(
    200,
  );
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

describe("the applicant's pages", () => {
  it('links the awards, the privacy notice and the accessibility statement from the footer of every page', async () => {
    await page.goto(stack.web);
    const footer = page.getByRole('navigation', { name: 'Om portalen' });
    await footer.getByRole('link', { name: 'Personvern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personvernerklæring' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/personvern');

    await footer.getByRole('link', { name: 'Tilgjengelighetserklæring' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' }).waitFor();

    await footer.getByRole('link', { name: 'Tildelinger' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tildelinger' }).waitFor();
  });

  it('gives the privacy notice: what, why, how long, whom to ask', async () => {
    await page.goto(`${stack.web}/personvern`);
    const contact = page.getByTestId('privacy-contact');
    await contact.getByRole('link', { name: 'post@kulturskoleradet.no' }).waitFor();
    const text = plain(await page.getByTestId('privacy').textContent());
    for (const part of [
      'Vedleggene du laster opp',
      'Utvalgenes vurderinger',
      'allmennhetens interesse',
      'arkivregelverket',
      'Last ned mine data',
      'Datatilsynet',
      // how long, in the round's own figures (GET /rounds: the demo round's defaults)
      'slettes 30 dager etter at søknadsfristen er ute',
      '6 måneder etter at tildelingene er offentliggjort',
      'oppbevares i 10 år etter',
    ])
      expect(text).toContain(part);
    await auditEverywhere(page, 'privacy notice', () => contact.getByRole('link').waitFor());
    await screenshots(page, 'privacy');
  });

  it('gives the accessibility statement: WCAG 2.1 AA status, gaps, how to report and complain', async () => {
    await page.goto(`${stack.web}/tilgjengelighet`);
    const contact = page.getByTestId('a11y-contact');
    await contact.getByRole('link', { name: 'post@kulturskoleradet.no' }).waitFor();
    const text = plain(await page.getByTestId('accessibility-statement').textContent());
    expect(text).toContain('WCAG 2.1 på nivå AA');
    expect(text).toContain('Kjente mangler');
    expect(await page.getByRole('link', { name: /uutilsynet\.no/ }).getAttribute('href')).toBe(
      'https://www.uutilsynet.no/',
    );
    await auditEverywhere(page, 'accessibility statement', () => contact.getByRole('link').waitFor());
    await screenshots(page, 'accessibility-statement');
  });

  it("shows the About page's timeline from the round's dates, linking the awards page worded for before the announcement", async () => {
    await page.goto(stack.web);
    const timeline = page.getByTestId('timeline');
    await timeline.waitFor();
    expect(plain(await timeline.textContent())).toContain('Sakkyndig utvalg vurderer søknadene');
    await page.getByRole('link', { name: 'Her blir tildelingene publisert.' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tildelinger' }).waitFor();
    await page.getByTestId('awards-upcoming').waitFor();
    expect(plain(await page.getByTestId('awards-lead').textContent())).toMatch(/^Her offentliggjør/);
    await auditEverywhere(page, 'awards before the announcement', () =>
      page.getByTestId('awards-upcoming').waitFor(),
    );
    await page.goto(stack.web);
    await auditEverywhere(page, 'about', () => page.getByTestId('timeline').waitFor());
  });

  it('shows the budget line by line on the receipt and downloads the applicant’s own data', async () => {
    await page.goto(stack.web);
    await page.evaluate(
      (stored) => sessionStorage.setItem('ik.sessions', JSON.stringify({ [stored.applicationId]: stored })),
      session,
    );
    await page.goto(`${stack.web}/application/${session.applicationId}`);
    const budget = page.getByTestId('summary-budget');
    await budget.waitFor();
    expect(plain(await budget.innerText())).toContain(
      'Lærerressurser 400 000 kr Reise og samlinger 100 000 kr Kostnader 500 000 kr Egenandel − 150 000 kr Annen finansiering − 50 000 kr Søknadsbeløp 300 000 kr',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned mine data' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mine-data-.+\.json$/);
    const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(data.application.applicationId).toBe(session.applicationId);

    await auditEverywhere(page, 'receipt', () => budget.waitFor());
    await screenshots(page, 'receipt-budget', { scrollTo: '[data-testid="summary-budget"]' });
  });
});
