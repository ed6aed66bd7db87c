import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DESKTOP, PHONE } from './browser.ts';
import { audit } from './review.ts';

const LANGUAGE_NAMES = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' } as const;

/**
 * axe (no serious or critical finding) in bokmål, nynorsk and English, each at desktop and at
 * phone width (issue 9, point 8): the language switched with the page's own buttons, the width
 * with the viewport; the page is left in bokmål at desktop width.
 */
export async function auditEverywhere(page: Page, name: string, ready?: () => Promise<unknown>) {
  for (const locale of ['nn', 'en', 'nb'] as const) {
    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: LANGUAGE_NAMES[locale], exact: true }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe(locale);
    for (const [width, size] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      await page.setViewportSize(size);
      await ready?.();
      await audit(page, `${name} (${locale}, ${width})`);
    }
  }
}
