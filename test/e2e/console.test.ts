import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tokenFromMail } from '../support/applications.ts';
import { openEarly, waitForStage } from '../support/review.ts';
import { apiClient } from '../support/stack.ts';
import { auditEverywhere } from './support/a11y.ts';
import {
  DESKTOP,
  launchBrowser,
  PHONE,
  portalContext,
  portalPage,
  screenshotOnFailure,
  screenshots,
  servePortalCsp,
} from './support/browser.ts';
import { audit, submitApplications, type Submitted } from './support/review.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * The secretariat's console in Chromium (issue 9 point 1): a staff member signs in with the
 * link from the local mailbox (an address off the list gets the same answer and no mail),
 * reads the round's overview — a draft, submitted applications, filters, search, sums, the
 * committees — resends an applicant's sign-in link (it arrives), withdraws an application on
 * the applicant's written request (the reason required), re-issues a committee member's link
 * (it arrives; the old one is refused), moves a date; signs out. axe (no serious or critical
 * finding) on every console page in nb, nn and en at 1280 and 390 px; screenshots with
 * `npm run screenshots`, and of every language and width to the temp folder.
 */
const STAFF = 'sekretariat@kulturskoleradet.no';
const shots = join(tmpdir(), 'console-shots');

let stack: BrowserStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let csp: string[] = [];
let apps: Submitted[] = [];
let draft: { applicationId: string; email: string };

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startBrowserStack({ workflowMaxWaitSeconds: 1 }),
    launchBrowser(['--disable-features=LocalNetworkAccessChecks']),
  ]);
  context = await portalContext(browser, { language: 'nb' });
  csp = await servePortalCsp(context, stack);
  page = await portalPage(context);
  await mkdir(shots, { recursive: true });

  // Three submitted applications in three counties, and a draft, through the API as applicants do.
  apps = await submitApplications(stack, [
    { lead: '1804', partners: ['1833'], title: 'Salten og Rana', areas: ['5a'], subjects: ['circus'] },
    { lead: '5001', partners: ['5028'], title: 'Trondheim og Melhus', areas: ['4a'], subjects: ['music'] },
    {
      lead: '1506',
      partners: ['1539'],
      title: 'Kulturskole for alle i Molde og Rauma',
      areas: ['1a'],
      subjects: ['dance', 'music'],
      requestPerYear: 450_000,
    },
  ]);
  const api = apiClient(() => stack.api);
  const email = 'utkast.tromso@kulturskole.example.no';
  expect(
    (await api('POST', '/applications', { body: { email, roundId: 'demo', leadMunicipality: '5501' } }))
      .status,
  ).toBe(202);
  const mail = (await stack.mails()).filter((m) => m.to.includes(email)).at(-1)!;
  const session = await api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
  draft = { applicationId: session.body.applicationId as string, email };
});
screenshotOnFailure('console', () => page);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Text as a reader sees it: white space and no-break spaces (in amounts) as one plain space. */
const plain = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** A table row's cells, as a reader sees them, one space apart. */
const cells = async (row: Locator) => plain((await row.locator('td').allTextContents()).join(' '));

/** The mails to an address so far. */
const mailsTo = async (email: string) => (await stack.mails()).filter((m) => m.to.includes(email));

/** Waits for a new mail to `email` (more than `before`), and answers it. */
async function newMail(email: string, before: number) {
  let mail: Awaited<ReturnType<typeof mailsTo>>[number] | undefined;
  await vi.waitFor(
    async () => {
      const mails = await mailsTo(email);
      expect(mails.length, `a new mail to ${email}`).toBeGreaterThan(before);
      mail = mails.at(-1);
    },
    { timeout: 20_000, interval: 200 },
  );
  return mail!;
}

/** Screenshots at 1280 and 390 px in nb, nn and en, full page, to the temp folder (never the repository). */
async function screenshotAll(name: string) {
  const names = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' } as const;
  for (const locale of ['nn', 'en', 'nb'] as const) {
    await page.getByRole('button', { name: names[locale], exact: true }).click();
    await expect.poll(() => page.evaluate('document.documentElement.lang')).toBe(locale);
    for (const [label, size] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      await page.setViewportSize(size);
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(resolve))');
      await page.screenshot({ path: join(shots, `${name}-${locale}-${label}.png`), fullPage: true });
    }
  }
  await page.setViewportSize(DESKTOP);
}

describe('the secretariat’s console', () => {
  it('signs a staff member in with the link from the mailbox, and nobody else', async () => {
    await page.goto(`${stack.web}/sekretariat`);
    await page.getByRole('heading', { level: 1, name: 'Logg inn i sekretariatets konsoll' }).waitFor();
    await page.getByTestId('staff-required').waitFor();
    // No applicant menu on the console's pages
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).count()).toBe(0);
    await auditEverywhere(page, 'console sign-in');
    await screenshots(page, 'console-sign-in');

    // An empty address is refused at the field
    await page.getByTestId('staff-sign-in').click();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'E-postadresse' }).getAttribute('aria-invalid'))
      .toBe('true');
    expect(await page.locator('main').textContent()).toContain('Skriv e-postadressen din.');

    // An address off the list: the same answer, and no mail
    const stranger = 'fremmed@example.no';
    await page.getByLabel('E-postadresse').fill(stranger);
    await page.getByTestId('staff-sign-in').click();
    await page.getByTestId('staff-link-sent').waitFor();
    const strangerText = plain(await page.getByTestId('staff-link-sent').textContent());
    expect(strangerText).toContain(stranger);

    // The staff address: a mail with the link
    await page.getByRole('button', { name: 'Prøv en annen adresse' }).click();
    const before = (await mailsTo(STAFF)).length;
    await page.getByLabel('E-postadresse').fill(STAFF);
    await page.getByTestId('staff-sign-in').click();
    await page.getByTestId('staff-link-sent').waitFor();
    expect(plain(await page.getByTestId('staff-link-sent').textContent())).toBe(
      strangerText.replace(stranger, STAFF),
    );
    await auditEverywhere(page, 'console check your e-mail');
    await screenshots(page, 'console-check-email');
    const mail = await newMail(STAFF, before);
    expect(await mailsTo(stranger)).toEqual([]);
    const link = /(https?:\/\/\S+\/sekretariat\/logg-inn#token=[^\s"<&]+)/.exec(mail.text)?.[1];
    expect(link, mail.text).toBeTruthy();

    await page.goto(link!);
    await page.getByRole('heading', { level: 1, name: /Sekretariatet/ }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await expect.poll(() => page.getByTestId('staff-email').textContent()).toContain(STAFF);

    // The link works once
    const second = await context.newPage();
    await second.goto(link!);
    await second.getByTestId('staff-link-failure').waitFor();
    expect(plain(await second.getByTestId('staff-link-failure').textContent())).toContain('allerede brukt');
    await second.close();
    expect(csp).toEqual([]);
  }, 300_000);

  it('shows the round: every application, with filters, search, sorting and sums', async () => {
    const table = page.getByTestId('console-applications');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const row = (title: string | RegExp) => rows.filter({ hasText: title });
    expect(plain(await row('Salten og Rana').getByTestId('progress').textContent())).toBe('Sendt inn');
    expect(
      plain(await rows.filter({ has: page.locator(`a[href$="${draft.applicationId}"]`) }).textContent()),
    ).toMatch(/Utkast/);
    expect(plain(await row('Kulturskole for alle i Molde og Rauma').textContent())).toMatch(
      /Molde.*Rauma.*Møre og Romsdal.*450 000 kr/,
    );

    // A county: the rows and the sums follow
    await page.getByTestId('filter-county').selectOption('18');
    await expect.poll(() => rows.count()).toBe(1);
    expect(plain(await page.getByTestId('console-count').textContent())).toBe('Viser 1 av 4 søknader');
    await page.getByRole('button', { name: 'Fjern filtrene' }).click();
    await expect.poll(() => rows.count()).toBe(4);

    // The search: a municipality, a contact, nothing
    await page.getByRole('searchbox', { name: 'Søk' }).fill('rauma');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('searchbox', { name: 'Søk' }).fill(apps[1]!.contactEmail);
    await expect.poll(async () => plain(await rows.first().textContent())).toMatch(/Trondheim og Melhus/);
    await page.getByRole('searchbox', { name: 'Søk' }).fill('Hammerfest');
    await page.getByText('Ingen søknader passer med filtrene.').waitFor();
    await page.getByRole('searchbox', { name: 'Søk' }).fill('');

    // The drafts; then every stage by the amount asked, largest first
    await page.getByTestId('filter-progress').selectOption({ label: 'Utkast' });
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByTestId('filter-progress').selectOption({ label: 'Alle' });
    await table.getByRole('button', { name: 'Søkt beløp' }).click();
    await table.getByRole('button', { name: 'Søkt beløp' }).click();
    await expect
      .poll(async () => plain(await rows.first().textContent()))
      .toMatch(/Kulturskole for alle i Molde og Rauma/);
    expect(await table.locator('th[aria-sort="descending"]').textContent()).toMatch(/Søkt beløp/);

    // The round's counts and sums per county, activity area and art subject, whatever the filters
    const tallies = page.getByTestId('console-tallies');
    expect(plain(await tallies.getByTestId('tallies-total').textContent())).toBe(
      '3 innsendte søknader ber om til sammen 1 050 000 kr. I tillegg: 1 utkast, 0 trukket.',
    );
    expect(await cells(tallies.getByTestId('tally-byCounty').locator('tr[data-key="15"]'))).toBe(
      'Møre og Romsdal 1 450 000 kr – 0 0',
    );
    expect(await cells(tallies.getByTestId('tally-byCounty').locator('tr[data-key="55"]'))).toMatch(
      /^Troms\b.* 0 0 kr – 1 0$/,
    );
    await tallies.getByRole('tab', { name: 'Kunstfag' }).click();
    await expect
      .poll(async () => cells(tallies.getByTestId('tally-byArtSubject').locator('tr[data-key="music"]')))
      .toBe('Musikk 2 750 000 kr – 0 0');
    await tallies.getByRole('tab', { name: 'Fylke' }).click();

    // The committees, before their stages open
    await page.getByTestId('members-expert').waitFor();
    expect(plain(await page.getByTestId('members-expert').textContent())).toMatch(/Elin Ekspert/);

    await auditEverywhere(page, 'console overview', () => table.waitFor());
    await screenshots(page, 'console-overview');
    await screenshots(page, 'console-committees', { scrollTo: '#committees-heading' });
    await screenshotAll('overview');
    expect(csp).toEqual([]);
  }, 480_000);

  it('resends an applicant’s sign-in link, and withdraws an application on written request', async () => {
    const trondheim = apps[1]!;
    await page.getByRole('link', { name: 'Trondheim og Melhus', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Trondheim og Melhus' }).waitFor();
    expect(plain(await page.getByTestId('application-facts').textContent())).toContain(trondheim.email);
    await page.getByTestId('summary-budget').waitFor();

    // A new sign-in link to the applicant
    const before = (await mailsTo(trondheim.email)).length;
    await page.getByTestId('resend-link').click();
    const resend = page.getByRole('dialog', { name: 'Sende ny innloggingslenke til søkeren?' });
    await resend.waitFor();
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      await audit(page, 'the resend dialog');
    }
    await page.getByTestId('resend-link-confirm').click();
    await expect
      .poll(async () => plain(await page.getByTestId('console-status').textContent()), { timeout: 15_000 })
      .toBe(`En ny innloggingslenke er sendt til ${trondheim.email}.`);
    expect(await page.getByRole('dialog').count()).toBe(0);
    const mail = await newMail(trondheim.email, before);
    expect(mail.text).toMatch(/\/sign-in#token=/);

    // Withdrawal on written request: the reason is required, then kept in the audit trail
    await page.getByTestId('withdraw').click();
    const withdraw = page.getByRole('dialog', { name: 'Trekke «Trondheim og Melhus»?' });
    await withdraw.waitFor();
    await page.getByTestId('withdraw-confirm').click();
    await expect.poll(() => withdraw.textContent()).toMatch(/Skriv hvorfor søknaden trekkes\./);
    expect(await withdraw.getByRole('textbox', { name: 'Begrunnelse' }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await audit(page, 'the withdraw dialog with its error');
    await screenshots(page, 'console-withdraw-dialog');
    const reason = 'E-post fra kulturskolerektor i Trondheim 2. desember: kommunen trekker søknaden.';
    await withdraw.getByRole('textbox', { name: 'Begrunnelse' }).fill(reason);
    await page.getByTestId('withdraw-confirm').click();
    // The withdrawal stops the workflow and mails the applicant: a while on a loaded machine.
    await expect
      .poll(async () => plain(await page.getByTestId('console-status').textContent()), { timeout: 30_000 })
      .toBe('Søknaden er trukket.');
    await expect
      .poll(
        async () => plain(await page.getByTestId('application-facts').getByTestId('progress').textContent()),
        { timeout: 15_000 },
      )
      .toBe('Trukket');
    expect(plain(await page.getByTestId('audit-trail').textContent())).toContain(reason);
    expect(plain(await page.getByTestId('audit-trail').textContent())).toContain(STAFF);
    expect(await page.getByTestId('withdraw').count()).toBe(0);

    await auditEverywhere(page, 'console application', () => page.getByTestId('audit-trail').waitFor());
    await screenshots(page, 'console-application');
    await screenshots(page, 'console-audit-trail', { scrollTo: '#audit-heading' });
    await screenshotAll('application');
    expect(csp).toEqual([]);
  }, 480_000);

  it('re-issues a committee member’s link and moves a date, then signs out', async () => {
    // The committees' stages open (as `npm run admin -- stages open-early demo`)
    await openEarly();
    const inReview = [apps[0]!, apps[2]!].map((app) => app.applicationId);
    await waitForStage(inReview, 'EXPERT_REVIEW');
    const member = 'ekspert.medlem@example.no';
    const first = await newMail(member, 0);
    const oldLink = /(https?:\/\/\S+\/review\/expert#token=[^\s"<&]+)/.exec(first.text)?.[1];
    expect(oldLink).toBeTruthy();

    await page.getByRole('link', { name: 'Tilbake til oversikten' }).click();
    const expert = page.getByTestId('members-expert');
    await expert.waitFor();
    const elin = expert.locator('tr', { hasText: 'Elin Ekspert' });
    await expect.poll(async () => plain(await elin.textContent()), { timeout: 15_000 }).toMatch(/Sendt/);

    // Re-issue: the old link stops working, a new one arrives
    const before = (await mailsTo(member)).length;
    await elin.getByRole('button', { name: 'Send ny lenke' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sende ny lenke til Elin Ekspert?' });
    await dialog.waitFor();
    await audit(page, 'the re-issue dialog');
    await dialog.getByRole('button', { name: 'Send ny lenke' }).click();
    await expect
      .poll(async () => plain(await page.getByTestId('console-status').textContent()), { timeout: 15_000 })
      .toBe(`En ny lenke er sendt til Elin Ekspert (${member}).`);
    const mail = await newMail(member, before);
    const newLink = /(https?:\/\/\S+\/review\/expert#token=[^\s"<&]+)/.exec(mail.text)?.[1];
    expect(newLink).toBeTruthy();
    expect(newLink).not.toBe(oldLink);
    const api = apiClient(() => stack.api);
    const token = (link: string) => decodeURIComponent(link.split('#token=')[1]!);
    expect((await api('GET', '/review/context', { token: token(oldLink!) })).status).toBe(401);
    expect((await api('GET', '/review/context', { token: token(newLink!) })).status).toBe(200);

    // Move the final committee's deadline
    await page.getByTestId('move-final').click();
    const move = page.getByRole('dialog', { name: 'Flytte «Frist for innstillingsutvalget»?' });
    await move.waitFor();
    expect(await page.getByTestId('move-final-input').inputValue()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    await page.getByTestId('move-final-input').fill('2027-01-15T12:00');
    await page.getByTestId('move-final-confirm').click();
    await expect
      .poll(async () => plain(await page.getByTestId('date-final').textContent()), { timeout: 15_000 })
      .toMatch(/15\. januar 2027/);
    expect(plain(await page.getByTestId('console-status').textContent())).toMatch(
      /«Frist for innstillingsutvalget» er flyttet til 15\. januar 2027/,
    );

    // After the award's dates too (ADR 113): the last school year's report, a year later
    const report = await page.locator('tr[data-event^="reportsDue."]').last().getAttribute('data-event');
    expect(report).toMatch(/^reportsDue\.\d{4}-\d{4}$/);
    const schoolYear = report!.slice('reportsDue.'.length).replace('-', '–');
    await page.getByTestId(`move-${report}`).click();
    await page.getByRole('dialog', { name: `Flytte «Rapport for skoleåret ${schoolYear}»?` }).waitFor();
    const due = await page.getByTestId(`move-${report}-input`).inputValue();
    const later = `${Number(due.slice(0, 4)) + 1}${due.slice(4)}`;
    await page.getByTestId(`move-${report}-input`).fill(later);
    await page.getByTestId(`move-${report}-confirm`).click();
    await expect
      .poll(async () => plain(await page.getByTestId(`date-${report}`).textContent()), { timeout: 15_000 })
      .toContain(later.slice(0, 4));
    expect(plain(await page.getByTestId('console-status').textContent())).toContain(
      `«Rapport for skoleåret ${schoolYear}» er flyttet til`,
    );
    await screenshots(page, 'console-dates', { scrollTo: '#dates-heading' });

    // Sign out: the session ends; the console asks to sign in again
    await page.getByTestId('staff-sign-out').click();
    await page.getByTestId('staff-signedOut').waitFor();
    await page.goto(`${stack.web}/sekretariat`);
    await page.getByTestId('staff-required').waitFor();
    expect(csp).toEqual([]);
  }, 480_000);
});
