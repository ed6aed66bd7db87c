import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEverywhere } from './support/a11y.ts';
import { launchBrowser, portalContext, portalPage } from './support/browser.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * The applicant's session in the browser (issue 11, ADR 086): kept in sessionStorage (this
 * tab), never in localStorage; a link used twice says it was used, an expired one that it
 * expired; signing out ends the session on the server and shows the signed-out page.
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

const email = 'okt@kulturskole.example.no';
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

async function newPage(): Promise<Page> {
  const context = await portalContext(browser, { language: 'nb' });
  contexts.push(context);
  const page = await portalPage(context);
  return page;
}

async function askForLink(): Promise<string> {
  const response = await fetch(`${stack.api}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, roundId: 'demo', leadMunicipality: '0301' }),
  });
  expect(response.status).toBe(202);
  return stack.magicLink(email);
}

describe("the applicant's session", () => {
  let page: Page;
  let link: string;
  let applicationId: string;

  it('signs in once, kept in sessionStorage only', async () => {
    link = await askForLink();
    page = await newPage();
    await page.goto(link);
    await page.getByRole('heading', { level: 2, name: 'Prosjekt og samarbeid' }).waitFor();
    applicationId = /\/application\/([^/]+)\//.exec(page.url())![1]!;

    const stored = await page.evaluate(() => ({
      session: sessionStorage.getItem('ik.sessions'),
      local: localStorage.getItem('ik.sessions'),
    }));
    expect(Object.keys(JSON.parse(stored.session ?? '{}'))).toEqual([applicationId]);
    expect(stored.local).toBeNull();

    // Another browser (or tab) does not share it: the application asks for a link of its own.
    const other = await newPage();
    await other.goto(`${stack.web}/application/${applicationId}`);
    await other.getByRole('heading', { level: 1, name: 'Du må logge inn på nytt' }).waitFor();
  });

  it('says a link opened a second time was used already', async () => {
    const again = await newPage();
    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: 'Lenken virker ikke' }).waitFor();
    expect(plain(await again.getByTestId('sign-in-failure').textContent())).toMatch(
      /^Denne lenken er allerede brukt\./,
    );
    await auditEverywhere(again, 'sign-in with a used link');
    // The page keeps its answer in every language (the link is not tried again).
    expect(plain(await again.getByTestId('sign-in-failure').textContent())).toMatch(/allerede brukt/);
  });

  it('signs out: the server ends the session, the tab forgets it, the signed-out page says how to return', async () => {
    const token = await page.evaluate(
      (id) =>
        (JSON.parse(sessionStorage.getItem('ik.sessions')!) as Record<string, { accessToken: string }>)[id]!
          .accessToken,
      applicationId,
    );
    await page.getByRole('textbox', { name: 'Prosjektets navn' }).fill('Lagres før utlogging');

    await page.getByRole('button', { name: 'Logg ut' }).click();

    await page.getByRole('heading', { level: 1, name: 'Du er logget ut' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/signed-out');
    expect(await page.evaluate(() => sessionStorage.getItem('ik.sessions'))).toBeNull();
    const refused = await fetch(`${stack.api}/applications/${applicationId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status).toBe(401);
    await auditEverywhere(page, 'signed out');

    // What was typed just before was saved first.
    const relink = await askForLink();
    const back = await newPage();
    await back.goto(relink);
    await back.getByRole('heading', { level: 2, name: 'Prosjekt og samarbeid' }).waitFor();
    expect(await back.getByRole('textbox', { name: 'Prosjektets navn' }).inputValue()).toBe(
      'Lagres før utlogging',
    );

    // The old tab's back button finds no session.
    await page.goto(`${stack.web}/application/${applicationId}`);
    await page.getByRole('heading', { level: 1, name: 'Du må logge inn på nytt' }).waitFor();
  });

  it('says an expired link expired', async () => {
    const expiring = await askForLink();
    const twoHours = 2 * 3_600_000;
    stack.clock.advance(twoHours);
    try {
      const late = await newPage();
      await late.context().clock.install({ time: Date.now() + twoHours });
      await late.goto(expiring);
      await late.getByRole('heading', { level: 1, name: 'Lenken virker ikke' }).waitFor();
      expect(plain(await late.getByTestId('sign-in-failure').textContent())).toMatch(
        /^Denne lenken er utløpt\./,
      );
      await auditEverywhere(late, 'sign-in with an expired link');
    } finally {
      stack.clock.advance(-twoHours);
    }
  });
});
