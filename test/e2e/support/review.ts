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

/** axe-core (WCAG 2.0/2.1 A and AA): no serious or critical violation, described if there is one. */
export async function audit(page: Page, name: string) {
  await page.locator('h1').first().waitFor();
  await page.waitForLoadState('networkidle');
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
