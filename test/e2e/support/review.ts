/**
 * Helpers for the committees' browser tests: applications submitted through the API as
 * applicants do, the administrator's early opening, review links read from the mailbox as a
 * member would click them, the CloudFront Content-Security-Policy on every page, and axe-core.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect, vi } from 'vitest';
import type { ArtSubject } from '../../../shared/domain/art-subjects.ts';
import { findRound } from '../../../shared/domain/rounds/index.ts';
import { completeDraft, tokenFromMail } from '../../support/applications.ts';
import type { Submitted } from '../../support/review.ts';
import { apiClient, readMailbox } from '../../support/stack.ts';
import { minimalPdf, uploadAttachment } from '../../support/uploads.ts';
import { atRest, DESKTOP, PHONE } from './browser.ts';
import type { BrowserStack } from './stack.ts';

export type { Submitted };

export interface ApplicationInput {
  lead: string;
  partners: string[];
  title: string;
  areas: string[];
  subjects: ArtSubject[];
  schoolYears?: number;
  /** The amount requested per school year (default 300 000 kr, as `completeDraft`'s budget). */
  requestPerYear?: number;
}

let counter = 0;

/**
 * Submits applications for the demo round one after another, as applicants do: start, magic
 * link, the draft, a letter of intent, submit (as test/support/review.ts, with the amount
 * requested chosen per application).
 */
export async function submitApplications(
  stack: BrowserStack,
  inputs: ApplicationInput[],
): Promise<Submitted[]> {
  const api = apiClient(() => stack.api);
  const round = findRound('demo')!;
  const submitted: Submitted[] = [];
  for (const input of inputs) {
    const n = ++counter;
    const email = `e2e${n}.${input.lead}@kulturskole.example.no`;
    const contactEmail = `kontakt.e2e${n}.${input.lead}@kulturskole.example.no`;
    expect(
      (await api('POST', '/applications', { body: { email, roundId: 'demo', leadMunicipality: input.lead } }))
        .status,
    ).toBe(202);
    const mail = (await readMailbox(stack.stack.urls.ses)).filter((m) => m.to.includes(email)).at(-1)!;
    const session = await api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
    const token = session.body.accessToken as string;
    const applicationId = session.body.applicationId as string;
    const schoolYears = round.schoolYears.slice(0, input.schoolYears ?? 1).map((year) => year.id);
    const request = input.requestPerYear ?? 300_000;
    const draft = completeDraft(schoolYears, {
      title: input.title,
      leadMunicipality: input.lead,
      partnerMunicipalities: input.partners,
      activityAreas: input.areas.map((code) => ({ code, measure: `Tiltak i område ${code}` })),
      artSubjects: { subjects: input.subjects },
      budget: schoolYears.map((schoolYear) => ({
        schoolYear,
        costLines: [{ description: 'Lærerressurser', amount: request + 200_000 }],
        ownContribution: 150_000,
        otherFunding: 50_000,
      })),
      contact: { name: `Kontakt ${n}`, email: contactEmail, phone: '+47 912 34 567' },
    });
    const saved = await api('PUT', `/applications/${applicationId}/draft`, {
      token,
      body: { version: 1, draft },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    await uploadAttachment(api, token, applicationId, {
      fileName: 'intensjonsavtale.pdf',
      contentType: 'application/pdf',
      bytes: minimalPdf(),
    });
    await stack.stack.idle();
    const done = await api('POST', `/applications/${applicationId}/submit`, { token });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    submitted.push({ applicationId, token, email, contactEmail, title: input.title });
  }
  return submitted;
}

export const reviewApi = (stack: BrowserStack) => apiClient(() => stack.api);

/** The newest review link e-mailed to `email` for `committee`, as the member clicks it. */
export async function reviewLink(stack: BrowserStack, email: string, committee: string, timeout = 20_000) {
  let link = '';
  await vi.waitFor(
    async () => {
      const mails = await readMailbox(stack.stack.urls.ses);
      const found = mails
        .filter((mail) => mail.to.includes(email))
        .map(
          (mail) => new RegExp(`(https?://\\S+/review/${committee}#token=[^\\s"<&]+)`).exec(mail.text)?.[1],
        )
        .filter((url): url is string => !!url)
        .at(-1);
      expect(found, `a ${committee} link to ${email}`).toBeTruthy();
      link = found!;
    },
    { timeout, interval: 200 },
  );
  return link;
}

/** The bearer token in a review link. */
export const tokenOf = (link: string) => decodeURIComponent(link.split('#token=')[1]!);

/** The link id (`jti`) inside a review link's token. */
export function linkIdOf(link: string): string {
  const payload = tokenOf(link).split('.')[1]!;
  return (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { jti: string }).jti;
}

/**
 * axe-core (WCAG 2.0/2.1 A and AA): no serious or critical violation, described if there is one.
 * A soft assertion: the test goes on and fails at its end, so one run names every finding.
 */
export async function audit(page: Page, name: string) {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await atRest(page);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect
    .soft(
      serious.map(
        (v) =>
          `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    )
    .toEqual([]);
  return result.violations.length;
}

const LANGUAGE_NAMES = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' } as const;

/** axe in bokmål, nynorsk and English (switched with the page's own language buttons). */
export async function auditInEveryLanguage(page: Page, name: string, ready?: () => Promise<unknown>) {
  for (const locale of ['nn', 'en', 'nb'] as const) {
    await page.getByRole('button', { name: LANGUAGE_NAMES[locale] }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe(locale);
    await ready?.();
    await audit(page, `${name} (${locale})`);
  }
}

/**
 * The chair's finalise dialog under axe in bokmål, nynorsk and English at phone and desktop
 * width: the modal makes the page behind it (and its language buttons) inert, so the language
 * is switched before the dialog opens; each time it is closed again with its cancel button.
 * The page is left in bokmål at desktop width, the dialog closed.
 */
export async function auditFinaliseDialog(page: Page, name: string) {
  for (const locale of ['nn', 'en', 'nb'] as const) {
    await page.setViewportSize(DESKTOP);
    await page.getByRole('button', { name: LANGUAGE_NAMES[locale], exact: true }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe(locale);
    await page.getByTestId('finalise').click();
    const dialog = page.getByRole('dialog', { name: FINALISE_TITLE[locale] });
    await dialog.waitFor();
    for (const [width, size] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      await page.setViewportSize(size);
      await audit(page, `${name} (${locale}, ${width})`);
      // The dialog whole inside the viewport at each width.
      const box = (await dialog.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    }
    await dialog.getByRole('button', { name: CANCEL[locale], exact: true }).last().click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  }
}

/** The finalise dialog's name in each language begins so (its committee's words follow). */
const FINALISE_TITLE = { nb: /^Fullføre /, nn: /^Fullføre /, en: /^Finalise / } as const;
const CANCEL = { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' } as const;

/**
 * A wide table is usable at both widths (issue 9, points 5 and 9). At 1280 px (`fits`) every
 * column is in view without scrolling: its scroll region does not overflow and the last
 * column's right edge is inside the viewport. At 390 px the page itself never scrolls sideways;
 * the table scrolls in its region, which is named (by its heading or caption) and focusable, the
 * arrow key scrolls it, and each row's last cell can be brought into the viewport.
 * Leaves the page at desktop width.
 */
export async function expectUsableTable(
  page: Page,
  testId: string,
  {
    fits,
    keepsFirstColumn = false,
  }: {
    fits: boolean;
    /** Each row's first cell (the application) stays in view while the rest scrolls past. */
    keepsFirstColumn?: boolean;
  },
) {
  const table = page.getByTestId(testId);
  const region = table.locator('xpath=ancestor::*[@role="region"][1]');
  const lastCells = table.locator('tr > :last-child');
  const firstCells = table.locator('tbody > tr > :first-child');
  const label = page.locator(`[id="${await region.getAttribute('aria-labelledby')}"]`);
  const widths = () =>
    region.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));

  await page.setViewportSize(DESKTOP);
  await table.waitFor();
  if (fits) {
    const { scroll, client } = await widths();
    expect(scroll, `${testId} scrolls sideways at 1280 px`).toBeLessThanOrEqual(client);
    for (const box of await lastCells.evaluateAll((cells) =>
      cells.map((cell) => cell.getBoundingClientRect().right),
    ))
      expect(box).toBeLessThanOrEqual(DESKTOP.width);
  }

  await page.setViewportSize(PHONE);
  await expect
    .poll(() => page.evaluate('document.documentElement.scrollWidth'))
    .toBeLessThanOrEqual(PHONE.width);
  expect(await region.getAttribute('tabindex')).toBe('0');
  const name = await region.evaluate(
    (element) =>
      element.ownerDocument
        .getElementById(element.getAttribute('aria-labelledby') ?? '')
        ?.textContent?.trim() ?? '',
  );
  expect(name, `${testId}'s region has a name`).toMatch(/\p{L}{3,}/u);
  await region.focus();
  expect(await region.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
  const { scroll, client } = await widths();
  if (scroll > client) {
    await region.evaluate((element) => (element.scrollLeft = 0));
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  }
  for (let index = 0; index < (await lastCells.count()); index++) {
    const cell = lastCells.nth(index);
    await cell.evaluate((element) => element.scrollIntoView({ block: 'nearest', inline: 'end' }));
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    // The region's name does not scroll away with the table (a table's own caption would).
    expect((await label.boundingBox())!.x, `${testId}'s name scrolled out of view`).toBeGreaterThanOrEqual(0);
  }
  if (keepsFirstColumn)
    for (const left of await firstCells.evaluateAll((cells) =>
      cells.map((cell) => cell.getBoundingClientRect().left),
    ))
      expect(left, `${testId}'s first column scrolled out of view`).toBeGreaterThanOrEqual(0);
  // As it was: scrolled to the start, the focus off the region.
  await region.evaluate((element) => {
    element.scrollLeft = 0;
    element.blur();
  });
  await page.setViewportSize(DESKTOP);
}
