/**
 * Debian's Chromium driven by playwright-core (no browser download): headless, no sandbox
 * (CI runs as root), no background networking.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

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

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

const screenshotDir = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/**
 * The page as reviewers see it, at desktop and phone width: `docs/screenshots/<name>-desktop.png`
 * and `<name>-phone.png` (the viewport, not the whole page). Set SCREENSHOTS=0 to skip.
 */
export async function screenshots(
  page: Page,
  name: string,
  options: {
    fullPage?: boolean;
    /** scrolled to the top of the view at each width */ scrollTo?: string;
  } = {},
) {
  if (process.env.SCREENSHOTS === '0') return;
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
