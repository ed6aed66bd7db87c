/**
 * Debian's Chromium driven by playwright-core (no browser download): headless, no sandbox
 * (CI runs as root), no background networking.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { contentSecurityPolicy } from '../../../infra/constructs/web.ts';
import type { BrowserStack } from './stack.ts';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}

/**
 * The input of a municipality picker (Designsystemet's Suggestion) by its label. While its list
 * is open the list carries the same name, so the label alone would name two elements.
 */
export function suggestionInput(page: Page, label: string): Locator {
  return page.locator('input').and(page.getByLabel(label, { exact: true }));
}

/**
 * Types `search` into a Designsystemet Suggestion as a user would (its list opens on keystrokes,
 * not on a value filled in), chooses the option named `option` from the list and waits until the
 * choice is applied: a single choice shows the option's label in the input, a choice among
 * several stands as a removable chip (a `data` element) beside it. Without `search`, the text
 * already filled into the input is typed again.
 */
export async function chooseOption(
  input: Locator,
  ...args:
    | [search: string, option: RegExp, options?: { multiple?: boolean }]
    | [option: RegExp, options?: { multiple?: boolean }]
) {
  const field = input.and(input.page().locator('input')); // not the list, which carries its name while open
  const [search, option, { multiple = false } = {}] =
    typeof args[0] === 'string'
      ? (args as [string, RegExp, { multiple?: boolean }?])
      : [await field.inputValue(), ...(args as [RegExp, { multiple?: boolean }?])];
  const picker = field.locator('xpath=ancestor::ds-suggestion[1]');
  await field.click();
  await field.fill('');
  await field.pressSequentially(search);
  const choice = picker.locator('u-datalist').getByRole('option', { name: option });
  const label = (await choice.innerText()).trim();
  await choice.click();
  if (multiple)
    await picker.locator('data', { hasText: label }).waitFor({ state: 'attached', timeout: 5_000 });
  else await expect.poll(() => field.inputValue(), { timeout: 5_000 }).toBe(label);
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/**
 * A browser context as the portal's users in Norway have one: nb-NO, Oslo time, desktop width.
 * With `language`, the portal opens in it (the choice the language menu stores) until a test
 * chooses another; without, the portal takes the browser's.
 */
export async function portalContext(
  browser: Browser,
  { language, ...options }: BrowserContextOptions & { language?: 'nb' | 'nn' | 'en' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'nb-NO',
    viewport: DESKTOP,
    timezoneId: 'Europe/Oslo',
    ...options,
  });
  if (language)
    await context.addInitScript((chosen) => {
      if (!localStorage.getItem('ik.locale')) localStorage.setItem('ik.locale', chosen);
    }, language);
  return context;
}

/** A page of the context that waits up to 15 s for what a step expects. */
export async function portalPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/**
 * A failing test leaves a picture of its page in the temp folder, named by `file` and the
 * test, and prints the path. Called at a test file's top level with the page its tests drive.
 */
export function screenshotOnFailure(file: string, currentPage: () => Page | undefined) {
  afterEach(async ({ task }) => {
    const page = currentPage();
    if (task.result?.state !== 'fail' || !page) return;
    const path = join(tmpdir(), `e2e-${file}-${task.name.replace(/\W+/g, '-')}.png`);
    await page.screenshot({ path, fullPage: true }).catch(() => {});
    console.log(`screenshot of the failed step: ${path}`);
  });
}

const screenshotDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/**
 * The page as reviewers see it, at desktop and phone width: `docs/screenshots/<name>-desktop.png`
 * and `<name>-phone.png` (the viewport, not the whole page) — only when `npm run screenshots`
 * runs the browser tests (SCREENSHOTS=1). `npm test` takes none: it writes no tracked file.
 */
export async function screenshots(
  page: Page,
  name: string,
  options: {
    fullPage?: boolean;
    /** scrolled to the top of the view at each width */ scrollTo?: string;
  } = {},
) {
  if (process.env.SCREENSHOTS !== '1') return;
  await mkdir(screenshotDir, { recursive: true });
  const original = page.viewportSize() ?? DESKTOP;
  for (const [label, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    if (options.scrollTo)
      await page
        .locator(options.scrollTo)
        .first()
        .evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(resolve))');
    await page.screenshot({
      path: `${screenshotDir}${name}-${label}.png`,
      fullPage: options.fullPage ?? false,
    });
  }
  await page.setViewportSize(original);
}

/**
 * Serves every page with the CSP CloudFront sends (infra/constructs/web.ts) and collects
 * Chromium's reports of anything it refused. The browser needs
 * `--disable-features=LocalNetworkAccessChecks` (a fulfilled page has no network address).
 */
export async function servePortalCsp(context: BrowserContext, stack: BrowserStack): Promise<string[]> {
  const csp = contentSecurityPolicy(stack.api, stack.stack.urls.s3);
  await context.route(`${stack.web}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
  });
  const violations: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/**
 * The page at rest for a measurement of its colours (axe): the pointer off every control (the
 * last click leaves it there, and a resize can put a button under it) and every finite
 * animation or transition ended — axe once read a button's colour mid-transition on a loaded
 * CI machine.
 */
export async function atRest(page: Page) {
  await page.mouse.move(0, 0);
  await page.evaluate(
    `Promise.all(document.getAnimations()
      .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().endTime)))
      .map((a) => a.finished.catch(() => undefined)))`,
  );
}
