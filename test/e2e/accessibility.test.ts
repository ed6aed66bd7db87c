import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeDraft, tokenFromMail } from '../support/applications.ts';
import { minimalPdf } from '../support/files.ts';
import { uploadAttachment } from '../support/uploads.ts';
import { atRest, chooseOption, DESKTOP, launchBrowser, PHONE, portalPage } from './support/browser.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every page of the portal, in bokmål, nynorsk and
 * English, at desktop width and on a phone (390 px; issue 9.8): no serious or critical violation anywhere — including the form's error states,
 * the "check your e-mail" page, the receipt, and the pages for a bad link or lost session.
 */
const LOCALES = ['nb', 'nn', 'en'] as const;
const STEPS = [
  'project',
  'activities',
  'pupils',
  'anchoring',
  'sustainability',
  'budget',
  'contact',
  'review',
];

let stack: BrowserStack;
let browser: Browser;
let draftSession: Session;
let submittedSession: Session;

interface Session {
  accessToken: string;
  applicationId: string;
  expiresAt: string;
}

async function api(method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(stack.api + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: {} };
}

async function signIn(email: string, leadMunicipality: string): Promise<Session> {
  await api('POST', '/applications', { email, roundId: 'demo', leadMunicipality });
  const mail = (await stack.mails()).filter((m) => m.to.includes(email)).at(-1)!;
  return (await api('POST', '/sessions', { token: tokenFromMail(mail.text) })).body;
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startBrowserStack(), launchBrowser()]);
  const rounds = await api('GET', '/rounds');
  const schoolYear = rounds.body.rounds.find((r: { id: string }) => r.id === 'demo').schoolYears[0].id;

  // One draft with some of everything (a rejected and an accepted attachment among it) …
  draftSession = await signIn('utkast@kulturskole.example.no', '0301');
  const partial = completeDraft([schoolYear], {
    sustainability: '',
    contact: { email: 'utkast@kulturskole.example.no' },
  });
  await api(
    'PUT',
    `/applications/${draftSession.applicationId}/draft`,
    { version: 1, draft: partial },
    draftSession.accessToken,
  );
  const upload = (file: { fileName: string; bytes: Uint8Array }) =>
    uploadAttachment(
      (method, path, options) => api(method, path, options?.body, options?.token),
      draftSession.accessToken,
      draftSession.applicationId,
      { ...file, contentType: 'application/pdf' },
    );
  await upload({ fileName: 'intensjonsavtale.pdf', bytes: minimalPdf() });
  await upload({
    fileName: 'ikke-en-pdf.pdf',
    bytes: new TextEncoder().encode('MZ this is not a PDF at all'),
  });

  // … and one submitted application for the receipt.
  submittedSession = await signIn('sendt@kulturskole.example.no', '4601');
  const complete = completeDraft([schoolYear], {
    leadMunicipality: '4601',
    partnerMunicipalities: ['0301', '3301'],
  });
  await api(
    'PUT',
    `/applications/${submittedSession.applicationId}/draft`,
    { version: 1, draft: complete },
    submittedSession.accessToken,
  );
  await uploadAttachment(
    (method, path, options) => api(method, path, options?.body, options?.token),
    submittedSession.accessToken,
    submittedSession.applicationId,
    { fileName: 'intensjonsavtale.pdf', contentType: 'application/pdf', bytes: minimalPdf() },
  );
  await stack.stack.idle();
  const submitted = await api(
    'POST',
    `/applications/${submittedSession.applicationId}/submit`,
    undefined,
    submittedSession.accessToken,
  );
  expect(submitted.status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Serious and critical violations only, described so a failure says what and where. */
async function audit(page: Page, name: string) {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await atRest(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map(
      (v) =>
        `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
  return result.passes.length;
}

const VIEWPORTS = { desktop: DESKTOP, phone: PHONE } as const;

const NAV = { nb: 'Hovedmeny', nn: 'Hovudmeny', en: 'Main menu' } as const;
const MENU = { nb: 'Meny', nn: 'Meny', en: 'Menu' } as const;
const NAV_LINKS = {
  nb: ['Om ordningen', 'Start søknad'],
  nn: ['Om ordninga', 'Start søknad'],
  en: ['About the scheme', 'Start an application'],
} as const;

/**
 * The expanded state of a button as Chromium gives it to assistive technology (its accessibility
 * tree): a popover's invoker (`popovertarget`) has it natively, with no aria-expanded to read.
 */
async function expandedState(page: Page, name: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const button = nodes.find((node) => node.role?.value === 'button' && node.name?.value === name);
    return button?.properties?.find((property) => property.name === 'expanded')?.value.value;
  } finally {
    await cdp.detach();
  }
}

/**
 * The applicant's menu fits the width in every language (ADR 129): nothing scrolls sideways; at
 * desktop width its links stand in one row; on a phone they fold into the menu button, whose list
 * opens from the keyboard, names itself expanded, and closes on Escape with the focus back on the
 * button, and closes when one of its links is followed. Every link a target of at least 24 × 24 px (WCAG 2.5.8) inside the viewport.
 */
async function checkSiteNav(page: Page, locale: (typeof LOCALES)[number], width: keyof typeof VIEWPORTS) {
  const viewport = VIEWPORTS[width];
  const nav = page.getByRole('navigation', { name: NAV[locale] });
  const toggle = nav.getByRole('button', { name: MENU[locale] });
  const links = NAV_LINKS[locale].map((name) => nav.getByRole('link', { name, exact: true }));
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
  const targets = async () => {
    const boxes = await Promise.all(links.map((link) => link.boundingBox()));
    for (const box of boxes) {
      expect(box!.height).toBeGreaterThanOrEqual(24);
      expect(box!.width).toBeGreaterThanOrEqual(24);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    }
    return boxes;
  };
  if (width === 'desktop') {
    expect(await toggle.isVisible()).toBe(false);
    const boxes = await targets();
    expect(new Set(boxes.map((box) => Math.round(box!.y))).size).toBe(1);
    return;
  }
  for (const link of links) expect(await link.isVisible()).toBe(false);
  await toggle.focus();
  expect(await expandedState(page, MENU[locale])).toBe(false);
  await page.keyboard.press('Enter');
  await expect.poll(() => expandedState(page, MENU[locale])).toBe(true);
  await links[0]!.waitFor();
  await targets();
  await audit(page, 'the menu open');
  await page.keyboard.press('Tab');
  await links[0]!.and(page.locator(':focus')).waitFor();
  await page.keyboard.press('Escape');
  await links[0]!.waitFor({ state: 'hidden' });
  await toggle.and(page.locator(':focus')).waitFor();
  // A link followed in the app closes the menu with the page it leaves.
  await toggle.click();
  await links[1]!.click();
  await page.waitForURL(/\/start$/);
  await links[1]!.waitFor({ state: 'hidden' });
  expect(await expandedState(page, MENU[locale])).toBe(false);
}

/**
 * Nothing of `selector` (each element it names, and what it holds) reaches past the viewport or
 * keeps part of itself behind a scroll or a clip: its whole text is on the screen. Returns the
 * elements' texts.
 */
async function fitsWidth(page: Page, selector: string, width: number): Promise<string[]> {
  const found = await page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => ({
      text: (element.textContent ?? '').trim(),
      right: element.getBoundingClientRect().right,
      hidden: element.scrollWidth > element.clientWidth,
    })),
  );
  expect(found.length).toBeGreaterThan(0);
  for (const element of found) {
    expect(element.right, element.text).toBeLessThanOrEqual(width);
    expect(element.hidden, `${element.text} is cut off`).toBe(false);
  }
  return found.map((element) => element.text);
}

async function contextFor(
  locale: (typeof LOCALES)[number],
  viewport: keyof typeof VIEWPORTS,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'nb-NO',
    viewport: VIEWPORTS[viewport],
    timezoneId: 'Europe/Oslo',
  });
  const sessions = {
    [draftSession.applicationId]: draftSession,
    [submittedSession.applicationId]: submittedSession,
  };
  await context.addInitScript(
    ([lang, stored]) => {
      localStorage.setItem('ik.locale', lang);
      sessionStorage.setItem('ik.sessions', stored); // ADR 086: this tab's sessions
    },
    [locale, JSON.stringify(sessions)] as const,
  );
  return context;
}

describe.each(
  LOCALES.flatMap((locale) => (['desktop', 'phone'] as const).map((width) => [locale, width] as const)),
)('accessibility in %s (%s)', (locale, width) => {
  it('has no serious or critical axe violations on any page', async () => {
    const context = await contextFor(locale, width);
    const page = await portalPage(context);
    try {
      await page.goto(stack.web);
      await audit(page, 'about');
      expect(await page.evaluate('document.documentElement.lang')).toBe(locale);
      // Every activity area's tab whole on the screen, none behind the tab list's sideways scroll.
      await page.locator('.area-tabs [role=tab]').first().waitFor();
      const tabs = await fitsWidth(
        page,
        '.area-tabs [role=tablist], .area-tabs [role=tab]',
        VIEWPORTS[width].width,
      );
      expect(tabs.slice(1).map((name) => name.charAt(0))).toEqual(['1', '2', '3', '4', '5']);
      // Stacked or in rows, the arrow keys move between the areas and Enter opens one.
      await page.locator('.area-tabs [role=tab][aria-selected=true]').focus();
      await page.keyboard.press('ArrowDown');
      expect(await page.locator('.area-tabs [role=tab]:focus').innerText()).toMatch(/^2\. /);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('.area-tabs [role=tab][aria-selected=true]').innerText())
        .toMatch(/^2\. /);
      await checkSiteNav(page, locale, width);

      await page.goto(`${stack.web}/start`);
      await page.locator('#start-email').waitFor();
      await page.locator('form button[type=submit]').click(); // empty: the error summary
      await page.locator('.error-list').waitFor();
      await audit(page, 'start with errors');
      await page.locator('#start-email').fill(`a11y-${locale}@kulturskole.example.no`);
      await chooseOption(page.locator('#start-lead-municipality'), 'Bergen', /^Bergen \(4601/);
      await page.locator('form button[type=submit]').click();
      await page.locator('.ds-alert').first().waitFor();
      await audit(page, 'check your e-mail');

      await page.goto(`${stack.web}/sign-in`);
      await audit(page, 'sign-in without a token');
      await page.goto(`${stack.web}/no-such-page`);
      await audit(page, 'not found');
      await page.goto(`${stack.web}/application/01UNKNOWN`);
      await audit(page, 'session expired');

      for (const step of STEPS) {
        await page.goto(`${stack.web}/application/${draftSession.applicationId}/${step}`);
        await page.locator('#step-heading').waitFor();
        if (step === 'anchoring') await page.locator('tr[data-status="REJECTED"]').waitFor();
        if (step === 'sustainability' || step === 'contact') {
          await page.locator('.step-actions button').last().click(); // "next" with the step's errors
          await page.locator('.error-list').waitFor();
        }
        await audit(page, `form step ${step} (${width})`);
        if (step === 'project') {
          // The partner's type reads whole in every language: each choice's text inside the width.
          await fitsWidth(page, '.repeat-group fieldset label', VIEWPORTS[width].width);
          expect(await page.locator('[name="field-partners-0-type"]:checked').inputValue()).toBe(
            'upperSecondarySchool',
          );
        }
        // Every step link has a name at every width (the label is clipped on a phone, never removed).
        const names = await page
          .locator('.step-nav a')
          .evaluateAll((links) => links.map((link) => (link.textContent ?? '').trim()));
        expect(names).toHaveLength(STEPS.length);
        for (const name of names) expect(name).toMatch(/\p{L}{3,}/u);
        if (width === 'phone') {
          // One row: every step link on the same line, inside the page's width
          const boxes = await page.locator('.step-nav a').evaluateAll((links) =>
            links.map((link) => ({
              top: link.getBoundingClientRect().top,
              right: link.getBoundingClientRect().right,
            })),
          );
          expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBe(1);
          expect(Math.max(...boxes.map((box) => box.right))).toBeLessThanOrEqual(PHONE.width);
        }
      }

      await page.goto(`${stack.web}/application/${submittedSession.applicationId}`);
      await page.getByTestId('receipt-number').waitFor();
      await audit(page, 'receipt');
    } finally {
      await context.close();
    }
  });
});
