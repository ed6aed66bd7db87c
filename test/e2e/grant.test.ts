import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { playToAnnouncement, type Verdict } from '../support/awards.ts';
import type { Submitted } from '../support/review.ts';
import { apiClient, type TestStack } from '../support/stack.ts';
import { minimalPdf } from '../support/files.ts';
import { STAFF_EMAIL } from '../support/staff.ts';
import { auditEverywhere } from './support/a11y.ts';
import {
  launchBrowser,
  portalContext,
  portalPage,
  screenshotOnFailure,
  screenshots,
} from './support/browser.ts';
import { submitApplications } from './support/review.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * After the award in Chromium (issue 12 points 2–3): the municipality accepts the award and
 * its conditions from the status page's link, writes the report on its first school year
 * (saved as it types) and submits it; the secretariat, signed in through the console, asks
 * for more; the municipality amends and submits again; the secretariat approves. The report
 * keeps its field errors through a language switch and carries an attachment the secretariat
 * downloads in its review, beside the art subjects (ADR 112). axe on each page in nb/nn/en at
 * desktop and phone width.
 */
let stack: BrowserStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let award: Submitted;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startBrowserStack({ workflowMaxWaitSeconds: 1 }), launchBrowser()]);
  const submitted = await submitApplications(stack, [
    { lead: '0301', partners: ['3201'], title: 'Oslo og Bærum', areas: ['1a'], subjects: ['music'] },
  ]);
  award = submitted[0]!;
  // The committees' work through the API (their pages have their own tests), to the announcement.
  const asTest = { api: apiClient(() => stack.api), mails: stack.mails } as unknown as TestStack;
  await playToAnnouncement(asTest, new Map<Submitted, Verdict>([[award, 'award']]));
  context = await portalContext(browser);
  // The applicant's session, as the magic link leaves it (sessionStorage, ADR 086).
  const session = {
    accessToken: award.token,
    applicationId: award.applicationId,
    expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  };
  await context.addInitScript((value) => {
    sessionStorage.setItem('ik.sessions', JSON.stringify({ [value.applicationId]: value }));
  }, session);
  page = await portalPage(context);
}, 240_000);
screenshotOnFailure('grant', () => page);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Under load the page answers slower than expect.poll's default second. */
const POLL = { timeout: 15_000, interval: 100 };
const year = () => findRound('demo')!.schoolYears[0]!.id;

async function staffSignIn() {
  await page.goto(`${stack.web}/sekretariat/logg-inn`);
  const before = (await stack.mails()).filter((m) => m.to.includes(STAFF_EMAIL)).length;
  await page.getByLabel('E-postadresse').fill(STAFF_EMAIL);
  await page.getByTestId('staff-sign-in').click();
  let link = '';
  await vi.waitFor(
    async () => {
      const mails = (await stack.mails()).filter((m) => m.to.includes(STAFF_EMAIL));
      expect(mails.length).toBeGreaterThan(before);
      link = /(https?:\/\/\S+\/sekretariat\/logg-inn#token=[^\s"<&]+)/.exec(mails.at(-1)!.text)![1]!;
    },
    { timeout: 15_000, interval: 200 },
  );
  // The link differs from the sign-in page's address only by its fragment: load it afresh.
  await page.goto('about:blank');
  await page.goto(link);
  await page.getByTestId('staff-email').waitFor();
  await page.goto(`${stack.web}/sekretariat/rapporter?round=demo`);
}

describe('after the award, in a browser', () => {
  it('accepts the award and its conditions from the status page', async () => {
    await page.goto(`${stack.web}/application/${award.applicationId}`);
    await page.getByTestId('grant-link').click();
    await page.getByTestId('grant-conditions').waitFor();
    await auditEverywhere(page, 'grant acceptance', () => page.getByTestId('grant-conditions').waitFor());
    await screenshots(page, 'grant-acceptance', { fullPage: true });
    await page.getByTestId('grant-accept').click();
    await page.getByRole('dialog', { name: 'Aksepter tilskuddet og vilkårene?' }).waitFor();
    await page.getByTestId('grant-accept-confirm').click();
    await expect
      .poll(() => page.getByTestId('grant-answer').textContent(), POLL)
      .toMatch(/akseptert .* av eieren av søknaden\./);
  });

  it('writes the report (saved as it types), is told what is missing, submits it', async () => {
    await page
      .getByRole('link', { name: /^Rapport for skoleåret \d{4}–\d{4}$/ })
      .first()
      .click();
    await page.getByTestId('report-continuation').waitFor();
    // The school year inside the heading's sentence, in lower case as Norwegian writes it
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
      /^Rapport for skoleåret \d{4}–\d{4}$/,
    );
    await page.getByTestId('report-continuation').fill('Kommunen viderefører gruppene.');
    await expect.poll(() => page.getByTestId('report-saving').textContent(), POLL).toMatch(/Lagret/);
    await page.getByTestId('report-submit').click();
    await page.getByTestId('report-problem').waitFor();
    await expect.poll(() => page.locator('[aria-invalid="true"]').count(), POLL).toBeGreaterThan(0);
    const invalid = await page.locator('[aria-invalid="true"]').count();
    await auditEverywhere(page, 'grant report', () => page.getByTestId('report-continuation').waitFor());
    await screenshots(page, 'grant-report', { fullPage: true });
    // Through nn and en and back to nb: the field errors stay, reworded (not lost), and the typed text too.
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(invalid);
    expect(await page.getByTestId('report-continuation').inputValue()).toBe('Kommunen viderefører gruppene.');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect.poll(() => page.getByTestId('report-problem').textContent(), POLL).not.toMatch(/ø|å/);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(invalid);
    await page.getByRole('button', { name: 'Bokmål', exact: true }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang'), POLL).toBe('nb');

    // An attachment on the report: a PDF (programme), checked and listed as attached.
    await page.getByTestId('report-file-input').setInputFiles({
      name: 'program.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(),
    });
    await expect
      .poll(() => page.getByTestId('report-file').first().textContent(), POLL)
      .toMatch(/program\.pdf.*Lagt ved/);
    // A file of a type a report cannot carry is refused at the field, nothing uploaded.
    await page.getByTestId('report-file-input').setInputFiles({
      name: 'virus.exe',
      mimeType: 'application/x-msdownload',
      buffer: Buffer.from('MZ'),
    });
    await page.getByTestId('report-file-problem').waitFor();
    expect(await page.getByTestId('report-file').count()).toBe(1);

    await page.getByTestId('report-activity-0').fill('Ukentlige musikkgrupper for nyankomne.');
    await page.getByTestId('report-group-0').fill('Nyankomne elever');
    await page.getByTestId('report-count-0').fill('42');
    await page.getByRole('checkbox', { name: 'Musikk' }).check();
    await page.getByTestId('report-partners').fill('Bærum kulturskole hadde to lærere med.');
    await page.getByTestId('report-spent-0').fill('450000');
    await page.getByTestId('report-submit').click();
    await expect.poll(() => page.getByTestId('report-status').textContent(), POLL).toBe('Sendt inn');
  });

  it('the secretariat asks for more; the report is amended and submitted again; then approved', async () => {
    const applicantPage = page;
    page = await context.newPage();
    await staffSignIn();
    await page.getByTestId(`staff-open-${award.applicationId}-${year()}`).click();
    await page.getByTestId('staff-review').waitFor();
    // The awards scroll in the one ScrollTable, a region named by its caption (ADR 129).
    await page
      .getByRole('region', { name: 'Tildelte tilskudd' })
      .getByTestId(`staff-award-${award.applicationId}`)
      .waitFor();
    // The art subjects in the reader's language, and the report's attachment to download.
    expect(await page.getByTestId('staff-review-subjects').textContent()).toContain('Musikk');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Last ned program.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('program.pdf');
    await auditEverywhere(page, 'grant staff review', () => page.getByTestId('staff-review').waitFor());
    await screenshots(page, 'grant-staff-review', { fullPage: true });
    await page.getByTestId('staff-ask').click();
    await page.getByTestId('staff-ask-confirm').click();
    await page.getByText('Skriv hva dere trenger mer informasjon om.').waitFor();
    await page.getByTestId('staff-ask-message').fill('Hvor mange deltok jevnlig?');
    await page.getByTestId('staff-ask-confirm').click();
    await expect
      .poll(async () =>
        (await stack.mails()).some((m) => m.to.includes(award.email) && /mer informasjon/.test(m.subject)),
      )
      .toBe(true);

    await applicantPage.reload();
    await applicantPage.getByTestId('report-returned').waitFor();
    expect(await applicantPage.getByTestId('report-returned').textContent()).toContain(
      'Hvor mange deltok jevnlig?',
    );
    await applicantPage
      .getByTestId('report-continuation')
      .fill('Kommunen viderefører gruppene; 30 deltok jevnlig.');
    await expect.poll(() => applicantPage.getByTestId('report-saving').textContent(), POLL).toMatch(/Lagret/);
    await applicantPage.getByTestId('report-submit').click();
    await expect.poll(() => applicantPage.getByTestId('report-status').textContent(), POLL).toBe('Sendt inn');

    await page.reload();
    await page.getByTestId(`staff-open-${award.applicationId}-${year()}`).click();
    await page.getByTestId('staff-review').waitFor();
    expect(await page.getByTestId('staff-review').textContent()).toContain('30 deltok jevnlig');
    await page.getByTestId('staff-approve').click();
    await page.getByTestId('staff-approve-confirm').click();
    await page.getByTestId('staff-approve-dialog').waitFor({ state: 'hidden' });
    await page.reload();
    await expect
      .poll(() => page.getByTestId(`staff-award-${award.applicationId}`).textContent())
      .toContain('Godkjent');
  });
});
