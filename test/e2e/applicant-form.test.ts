import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeDraft } from '../support/applications.ts';
import { minimalPdf } from '../support/files.ts';
import { uploadAttachment } from '../support/uploads.ts';
import { DESKTOP, launchBrowser, PHONE, portalContext, screenshots } from './support/browser.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * The applicant's form in Chromium (issue 9 points 6 and 9): what was typed and not saved
 * survives a reload; a mail's link to the application, opened in a browser without a session,
 * leads through a sign-in link to the application.
 */
let stack: BrowserStack;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [stack, browser] = await Promise.all([startBrowserStack(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A fresh browser (its own storage, no session). */
async function freshPage(): Promise<Page> {
  const context = await portalContext(browser, { language: 'nb' });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000); // the machine may be busy (several suites at once)
  return page;
}

async function signedIn(email: string): Promise<{ page: Page; applicationId: string }> {
  const response = await fetch(`${stack.api}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, roundId: 'demo', leadMunicipality: '0301' }),
  });
  expect(response.status).toBe(202);
  const page = await freshPage();
  await page.goto(await stack.magicLink(email));
  await page.getByRole('heading', { level: 2, name: 'Prosjekt og samarbeid' }).waitFor();
  await page.waitForURL(/\/application\/[^/?#]+/);
  return { page, applicationId: /\/application\/([^/?#]+)/.exec(page.url())![1]! };
}

describe('the application form', () => {
  it('keeps what was typed and not saved through a reload, with its message', async () => {
    // Prepare
    const { page, applicationId } = await signedIn('gjenoppta@kulturskole.example.no');
    await page.goto(`${stack.web}/application/${applicationId}/pupils`);
    const pupils = page.locator('#field-expectedPupils');
    await pupils.waitFor();

    // Act: a minus sign (not saved: the shape check refuses it) and a title that is saved
    await pupils.fill('-40');
    await pupils.blur();
    await page.getByText('Beløpet kan ikke være negativt', { exact: false }).waitFor();
    await page.reload();
    await pupils.waitFor();

    // Assess: the text is back, with its own message (not "a whole number")
    await expect.poll(() => pupils.inputValue()).toBe('-40');
    await page.getByText('Beløpet kan ikke være negativt', { exact: false }).waitFor();
    expect(await page.getByText('Skriv et helt tall').count()).toBe(0);

    // Corrected, it is saved and nothing is kept any more
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/draft') && response.request().method() === 'PUT',
    );
    await pupils.fill('40');
    expect((await saved).status()).toBe(200);
    await page.locator('.save-status--saved').waitFor();
    await page.reload();
    await page.locator('#field-expectedPupils').waitFor();
    await expect.poll(() => page.locator('#field-expectedPupils').inputValue()).toBe('40');
    const kept = await page.evaluate(() =>
      Object.keys(sessionStorage).filter((key) => key.startsWith('ikk.kept')),
    );
    expect(kept).toEqual([]);
  });

  it("leads a mail's link opened in a new browser through a sign-in link to the application", async () => {
    // Prepare: the application exists; the mail's link is opened in a browser without its session
    const { applicationId } = await signedIn('ny-nettleser@kulturskole.example.no');
    const before = (await stack.mails()).length;
    const page = await freshPage();

    // Act
    await page.goto(`${stack.web}/application/${applicationId}`);
    await page.getByRole('button', { name: 'Send meg en innloggingslenke' }).click();
    await page.getByText('Hvis søknaden finnes', { exact: false }).waitFor();
    await expect.poll(async () => (await stack.mails()).length).toBeGreaterThan(before);
    await page.goto(await stack.magicLink('ny-nettleser@kulturskole.example.no'));

    // Assess: the application, in this browser
    await page.getByRole('heading', { level: 2, name: 'Prosjekt og samarbeid' }).waitFor();
    expect(page.url()).toContain(`/application/${applicationId}`);
  });

  it('lays out the anchoring, budget and review steps at 390 and 1280 px in nb, nn and en', async () => {
    // Prepare: a draft with two partner municipalities, a partner and one letter tied to Oslo
    const email = 'skjermbilde@kulturskole.example.no';
    const { page, applicationId } = await signedIn(email);
    const token = await page.evaluate(
      (id) =>
        (
          JSON.parse(sessionStorage.getItem('ik.sessions') ?? '{}') as Record<string, { accessToken: string }>
        )[id]!.accessToken,
      applicationId,
    );
    const api = async (method: string, path: string, options?: { body?: unknown; token?: string }) => {
      const response = await fetch(stack.api + path, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options?.token ?? token}` },
        body: options?.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null, headers: {} };
    };
    const rounds = (await (await fetch(`${stack.api}/rounds`)).json()) as {
      rounds: { id: string; schoolYears: { id: string }[] }[];
    };
    const years = rounds.rounds.find((r) => r.id === 'demo')!.schoolYears.map((y) => y.id);
    const draft = completeDraft(years.slice(0, 2), {
      partnerMunicipalities: ['3301', '4601'],
      partners: [
        {
          type: 'upperSecondarySchool',
          name: 'Kongsberg videregående skole',
          organisationNumber: '123456789',
        },
      ],
    });
    expect(
      (await api('PUT', `/applications/${applicationId}/draft`, { body: { version: 1, draft } })).status,
    ).toBe(200);
    await uploadAttachment(api, token, applicationId, {
      fileName: 'intensjonsavtale-oslo.pdf',
      contentType: 'application/pdf',
      bytes: minimalPdf(),
    });
    await stack.stack.idle();

    for (const locale of ['nb', 'nn', 'en'] as const) {
      await page.evaluate((lang) => localStorage.setItem('ik.locale', lang), locale);
      for (const step of ['anchoring', 'budget', 'review']) {
        await page.setViewportSize(DESKTOP);
        await page.goto(`${stack.web}/application/${applicationId}/${step}`);
        await page.locator('#step-heading').waitFor();
        if (step === 'anchoring') await page.getByTestId('commitment').waitFor();
        // Nothing wider than the phone: the page never scrolls sideways at 390 px
        await page.setViewportSize(PHONE);
        const overflow = Number(
          await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'),
        );
        expect(overflow, `${step} in ${locale} at 390 px`).toBeLessThanOrEqual(0);
        await page.setViewportSize(DESKTOP);
        await screenshots(page, `form-${step}-${locale}`, { fullPage: true });
      }
    }
  }, 400_000); // nine pages at two widths, on a machine that may be busy
});
