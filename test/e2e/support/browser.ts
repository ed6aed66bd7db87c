/**
 * Debian's Chromium driven by playwright-core (no browser download): headless, no sandbox
 * (CI runs as root), no background networking.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
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
 * Chooses the option named `option` in a Designsystemet combobox whose search text was typed
 * into `input`, and waits until the combobox has applied the choice (it does so 50 ms after
 * the click, debounced): a single choice then shows the option's label in the input, a choice
 * among several empties it for the next search.
 */
export async function chooseOption(input: Locator, option: RegExp, { multiple = false } = {}) {
  const choice = input.page().getByRole('option', { name: option });
  const label = (await choice.innerText()).trim();
  await choice.click();
  await expect.poll(() => input.inputValue(), { timeout: 5_000 }).toBe(multiple ? '' : label);
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

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
