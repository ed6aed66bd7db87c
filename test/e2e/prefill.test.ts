import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationDraft } from '../../shared/domain/application.ts';
import { completeDraft, tokenFromMail } from '../support/applications.ts';
import { minimalPdf } from '../support/files.ts';
import { apiClient, type Api } from '../support/stack.ts';
import { uploadAttachment } from '../support/uploads.ts';
import { auditEverywhere } from './support/a11y.ts';
import {
  chooseOption,
  launchBrowser,
  portalContext,
  screenshotOnFailure,
  screenshots,
  suggestionInput,
} from './support/browser.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * The next round in Chromium (issue 12 point 4; ADR 100, 111). Two configured rounds side by
 * side: in the 2022 round's period an owner submits an application for Oslo with Drammen, with
 * Drammen's kulturskole leader as co-editor and 25 % co-funding, which 2022 allowed. A year on
 * (both clocks in the 2023 round's period: at least 40 % co-funding, areas 1–3 only) the owner
 * starts the 2023 application on the start page, is offered the 2022 one, takes it, and finds
 * the form filled in — without the area 2023 lacks — and 2023's co-funding rule unmet at the
 * budget, until the own contribution is raised. The co-editor starts Drammen's 2023 application,
 * is offered the same 2022 application, and declines: the form starts blank. axe in nb/nn/en at
 * 1280 and 390 px on the offer and on the prefilled form; screenshots with SCREENSHOTS=1.
 */
let stack: BrowserStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let api: Api;
let earlierId: string;

const OWNER = 'leder@oslo.example.no';
const COEDITOR = 'leder@drammen.example.no';
const TITLE = 'Kulturskole for alle i Oslo og Drammen';
/** In the 2022 round's application period, and a year on in the 2023 round's. */
const IN_2022 = '2022-03-15T10:00:00Z';
const IN_2023 = '2023-03-15T10:00:00Z';
const measures = completeDraft([]).activityAreas!.map((area) => area.measure);

/** Oslo with Drammen (2020–2023 numbers), areas 1a and 4b, 25 % co-funding each school year. */
const draft2022: ApplicationDraft = completeDraft(['2022-2023', '2023-2024'], {
  title: TITLE,
  partnerMunicipalities: ['3005'],
  partners: [{ type: 'voluntaryOrganisation', name: 'Drammen musikkorps' }],
  budget: ['2022-2023', '2023-2024'].map((schoolYear) => ({
    schoolYear,
    costLines: [
      { description: 'Lærerressurser', amount: 400_000 },
      { description: 'Reise og samlinger', amount: 100_000 },
    ],
    ownContribution: 100_000,
    otherFunding: 25_000,
  })),
});

/** A magic link for `email` in a round, exchanged for a session (the API's way, for the set-up). */
async function signIn(email: string, roundId: string, leadMunicipality: string) {
  const started = await api('POST', '/applications', { body: { email, roundId, leadMunicipality } });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  const mail = (await stack.mails()).filter((m) => m.to.includes(email)).at(-1)!;
  const session = await api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
  expect(session.status, JSON.stringify(session.body)).toBe(201);
  return { applicationId: session.body.applicationId as string, token: session.body.accessToken as string };
}

/** The owner's 2022 application: written with a co-editor, a letter of intent from each party, submitted. */
async function submit2022() {
  const app = await signIn(OWNER, '2022', '0301');
  const saved = await api('PUT', `/applications/${app.applicationId}/draft`, {
    token: app.token,
    body: { version: 1, draft: draft2022 },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const invited = await api('POST', `/applications/${app.applicationId}/coeditors`, {
    token: app.token,
    body: { email: COEDITOR, name: 'Dina Drammen' },
  });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  const parties = [
    { municipality: '0301' },
    { municipality: '3005' },
    { partner: 'Drammen musikkorps' },
  ] as const;
  for (const [index, party] of parties.entries()) {
    const { attachmentId } = await uploadAttachment(api, app.token, app.applicationId, {
      fileName: `intensjonsavtale-${index + 1}.pdf`,
      contentType: 'application/pdf',
      bytes: minimalPdf(),
    });
    await stack.stack.idle();
    const tied = await api('PUT', `/applications/${app.applicationId}/attachments/${attachmentId}`, {
      token: app.token,
      body: { kind: 'letterOfIntent', party },
    });
    expect(tied.status, JSON.stringify(tied.body)).toBe(200);
  }
  const submitted = await api('POST', `/applications/${app.applicationId}/submit`, { token: app.token });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return app.applicationId;
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startBrowserStack(), launchBrowser()]);
  api = apiClient(() => stack.api);
  stack.clock.set(IN_2022);
  earlierId = await submit2022();
  // A year on: the 2023 round's application period (the stack's clock and the browser's).
  stack.clock.set(IN_2023);
  page = await newPage();
}, 180_000);
screenshotOnFailure('prefill', () => page);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A browser profile of its own, in bokmål, on the 2023 clock. */
async function newPage(): Promise<Page> {
  await context?.close();
  context = await portalContext(browser);
  await context.clock.install({ time: Date.parse(IN_2023) });
  await context.addInitScript(() => {
    if (!localStorage.getItem('ik.locale')) localStorage.setItem('ik.locale', 'nb');
  });
  const opened = await context.newPage();
  opened.setDefaultTimeout(20_000);
  return opened;
}

/** Under load the page answers slower than expect.poll's default second. */
const POLL = { timeout: 20_000, interval: 100 };
const visible = (locator: ReturnType<Page['locator']>) => locator.waitFor({ state: 'visible' });
const stepHeading = (name: string) => visible(page.getByRole('heading', { level: 2, name, exact: true }));
const saved = () => visible(page.getByRole('status').filter({ hasText: /^Lagret kl\. \d\d:\d\d$/ }));
const offer = () => page.getByTestId('prefill-offer');
const stepLink = (name: string) =>
  page.getByRole('navigation', { name: 'Steg i søknaden' }).getByRole('link', { name, exact: true });

/** Starts an application on the start page for `municipality` and opens the link from the mailbox. */
async function startOnTheStartPage(email: string, search: string, option: RegExp) {
  await page.goto(`${stack.web}/start`);
  await visible(page.getByRole('heading', { level: 1, name: 'Start en søknad' }));
  await page.getByLabel('E-postadresse', { exact: true }).fill(email);
  await chooseOption(suggestionInput(page, 'Søkerkommune'), search, option);
  await page.locator('h1').click(); // close the list
  const before = (await stack.mails()).filter((m) => m.to.includes(email)).length;
  await page.getByRole('button', { name: 'Send meg en lenke' }).click();
  await visible(page.getByRole('heading', { level: 1, name: 'Sjekk e-posten din' }));
  await expect
    .poll(async () => (await stack.mails()).filter((m) => m.to.includes(email)).length, POLL)
    .toBe(before + 1);
  await page.goto(await stack.magicLink(email));
  await stepHeading('Prosjekt og samarbeid');
}

describe('the next round, in a browser', () => {
  it(
    'offers the owner their 2022 application when they start in the 2023 round',
    { timeout: 360_000 },
    async () => {
      await startOnTheStartPage(OWNER, 'Oslo', /^Oslo \(0301, Oslo\)$/);

      await visible(offer());
      await visible(offer().getByRole('heading', { level: 2, name: 'Fyll ut fra en tidligere søknad' }));
      const text = (await offer().innerText()).replace(/[\u00a0\u202f]/g, ' ');
      expect(text).toContain(`${TITLE} – Inkluderende kulturskoler 2022`);
      expect(text).toContain('Kommuner: Oslo og Drammen');
      expect(text).toContain('Sendt 15. mars 2022');
      const choose = offer().getByRole('button', { name: 'Bruk denne' });
      expect(await choose.count()).toBe(1);
      expect(await choose.getAttribute('aria-describedby')).toBe(`prefill-${earlierId}`);
      // The offer sits under the page's heading, before the steps.
      expect(
        await page.evaluate(
          `Boolean(document.querySelector('h1').compareDocumentPosition(document.querySelector('[data-testid="prefill-offer"]')) & Node.DOCUMENT_POSITION_FOLLOWING)`,
        ),
      ).toBe(true);
      await screenshots(page, 'prefill-01-offer', { scrollTo: '.prefill-offer' });
      await auditEverywhere(page, 'prefill offer', () => visible(offer()));
    },
  );

  it('asks before it fills in, then fills the form from the 2022 application', async () => {
    await offer().getByRole('button', { name: 'Bruk denne' }).click();
    const confirm = offer().getByTestId('prefill-confirm');
    await visible(confirm);
    expect(await confirm.innerText()).toContain(`Fylle ut søknaden fra «${TITLE}»?`);
    await screenshots(page, 'prefill-02-confirm', { scrollTo: '.prefill-offer__list' });

    await confirm.getByRole('button', { name: 'Ja, fyll ut' }).click();
    await offer().waitFor({ state: 'detached' });
    // What was done and what is left, where the offer was, focused (the button is gone).
    const done = page.getByTestId('prefill-done');
    await visible(done);
    expect(await done.innerText()).toContain(`Søknaden er fylt ut fra «${TITLE}». Gå gjennom hvert steg`);
    await expect
      .poll(() => page.evaluate(`document.activeElement?.dataset.testid`), POLL)
      .toBe('prefill-done');
    await expect
      .poll(() => page.getByLabel('Prosjektets navn', { exact: true }).inputValue(), POLL)
      .toBe(TITLE);
    await screenshots(page, 'prefill-03-prefilled');

    // The review lists what came over: 2023's school years, area 1a's measure and not 4b's
    // (2023 has areas 1–3 only), and what the new round still asks for.
    await stepLink('Se over og send inn').click();
    await stepHeading('Se over og send inn');
    const review = (await page.locator('main').innerText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(review).toContain('Drammen musikkorps');
    expect(review).toContain(measures[0]);
    expect(review).not.toContain(measures[1]);
    expect(review).toMatch(/2023[–-]2024/);
    expect(review).toContain('minst 40 % av kostnadene');
  });

  it(
    "shows 2023's co-funding rule at the budget, which 2022's application met, until it is met",
    { timeout: 360_000 },
    async () => {
      await stepLink('Budsjett').click();
      await stepHeading('Budsjett');
      await page.getByRole('button', { name: 'Neste steg' }).click();
      const summary = page.locator('.error-list');
      await visible(summary);
      const rule = page.getByTestId('budget-error');
      await visible(rule);
      expect((await rule.innerText()).replace(/[\u00a0\u202f]/g, ' ')).toBe(
        'I denne utlysningen må egenandel og annen finansiering til sammen dekke minst 40 % av kostnadene, ' +
          'det vil si minst 400 000 kr. Nå dekker de 25 %.',
      );
      await visible(summary.getByRole('link', { name: /minst 40 % av kostnadene/ }));
      await screenshots(page, 'prefill-04-budget-rule', { scrollTo: '.step' });
      await auditEverywhere(page, 'prefilled budget with the co-funding rule', () => visible(rule));

      // 175 000 + 25 000 of 500 000 in each school year: 40 %.
      for (const index of [0, 1]) {
        await page.locator(`#field-budget-${index}-ownContribution`).fill('175000');
      }
      await saved();
      await rule.waitFor({ state: 'detached' });
      const stored = await api('GET', `/applications/${await applicationIdFromUrl()}`, {
        token: await sessionToken(),
      });
      expect(stored.body.unmetRules.map((issue: { code: string }) => issue.code)).not.toContain(
        'BUDGET_CO_FUNDING_TOO_LOW',
      );
      expect(stored.body.attachments).toEqual([]); // letters of intent are signed for one round
    },
  );

  it('offers the 2022 application to its co-editor too, who declines and starts blank', async () => {
    page = await newPage(); // Drammen's kulturskole leader's browser
    await startOnTheStartPage(COEDITOR, 'Drammen', /^Drammen \(3005/);

    await visible(offer());
    expect(await offer().innerText()).toContain(`${TITLE} – Inkluderende kulturskoler 2022`);
    expect(await offer().getByRole('button', { name: 'Bruk denne' }).getAttribute('aria-describedby')).toBe(
      `prefill-${earlierId}`,
    );
    // Chosen, then cancelled at the confirmation, then declined.
    await offer().getByRole('button', { name: 'Bruk denne' }).click();
    await offer().getByTestId('prefill-confirm').getByRole('button', { name: 'Avbryt' }).click();
    await offer().getByTestId('prefill-confirm').waitFor({ state: 'detached' });
    await offer().getByRole('button', { name: 'Nei takk, jeg starter med et tomt skjema' }).click();
    await offer().waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate('document.activeElement?.id'), POLL).toBe('step-heading');
    expect(await page.getByLabel('Prosjektets navn', { exact: true }).inputValue()).toBe('');

    await page.getByLabel('Prosjektets navn', { exact: true }).fill('Drammen spiller sammen');
    await saved();
    // Nothing came over from 2022; a new visit does not offer it again (the draft is not empty).
    const id = await applicationIdFromUrl();
    const token = await sessionToken();
    const stored = await api('GET', `/applications/${id}`, { token });
    expect(stored.body.draft).toMatchObject({ leadMunicipality: '3005', title: 'Drammen spiller sammen' });
    for (const field of ['partnerMunicipalities', 'partners', 'activityAreas', 'budget'] as const) {
      expect(stored.body.draft[field] ?? [], field).toEqual([]);
    }
    await page.reload();
    await stepHeading('Prosjekt og samarbeid');
    await expect
      .poll(() => page.getByLabel('Prosjektets navn', { exact: true }).inputValue(), POLL)
      .toBe('Drammen spiller sammen');
    expect(await offer().count()).toBe(0);
  });
});

/** The application id in the page's address (`/application/<id>/<step>`). */
async function applicationIdFromUrl(): Promise<string> {
  const match = /\/application\/([^/]+)/.exec(page.url());
  if (!match) throw new Error(`not on an application page: ${page.url()}`);
  return match[1]!;
}

/** The browser's session for the application on the page (sessionStorage, ADR 086). */
async function sessionToken(): Promise<string> {
  const id = await applicationIdFromUrl();
  const sessions = await page.evaluate<string | null>(`sessionStorage.getItem('ik.sessions')`);
  const token = (JSON.parse(sessions ?? '{}') as Record<string, { accessToken: string }>)[id]?.accessToken;
  if (!token) throw new Error('no session in the browser');
  return token;
}
