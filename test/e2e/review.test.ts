import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { reissueLink } from '../../shared/review/admin.ts';
import { openEarly, waitForStage } from '../support/review.ts';
import { DESKTOP, launchBrowser, screenshots } from './support/browser.ts';
import {
  audit,
  auditInEveryLanguage,
  reviewApi,
  reviewLink,
  servePortalCsp,
  submitApplications,
  tokenOf,
  type Submitted,
} from './support/review.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * The committees' pages in Debian's Chromium against the local stack, under the CloudFront
 * CSP: a whole round driven through the browser — the expert committee (declare, assess, the
 * chair's side-by-side view and outcomes, finalise), the geographic committee (map, comments,
 * keyboard reordering, finalise), the final committee (awards per school year against the live
 * budget, a reasoned decline, finalise) and the public awards page — with refused links, axe-core
 * in bokmål, nynorsk and English on every page, exports, and screenshots in docs/screenshots/.
 */
let stack: BrowserStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let csp: string[] = [];
let apps: Submitted[] = [];

const expert = {
  chair: 'ekspert.leder@example.no',
  deputy: 'ekspert.nestleder@example.no',
  member: 'ekspert.medlem@example.no',
};

const SCORE_LABELS = ['1 – svært svak', '2 – svak', '3 – middels', '4 – god', '5 – svært god'];

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startBrowserStack({ workflowMaxWaitSeconds: 1 }),
    launchBrowser(['--disable-features=LocalNetworkAccessChecks']),
  ]);
  context = await browser.newContext({ locale: 'nb-NO', viewport: DESKTOP, timezoneId: 'Europe/Oslo' });
  await context.addInitScript(() => {
    if (!localStorage.getItem('ik.locale')) localStorage.setItem('ik.locale', 'nb');
  });
  csp = await servePortalCsp(context, stack);
  page = await context.newPage();
  page.setDefaultTimeout(15_000);

  apps = await submitApplications(stack, [
    { lead: '0301', partners: ['3201'], title: 'Oslo og Bærum', areas: ['1a'], subjects: ['music'] },
    {
      lead: '4601',
      partners: ['4624', '1103'],
      title: 'Vestlandsløftet',
      areas: ['3a', '4b'],
      subjects: ['theatre', 'dance'],
      schoolYears: 2,
    },
    {
      lead: '5001',
      partners: ['5028'],
      title: 'Trondheim og Melhus',
      areas: ['4a'],
      subjects: ['visualArt'],
    },
    { lead: '1804', partners: ['1833'], title: 'Salten og Rana', areas: ['5a'], subjects: ['circus'] },
  ]);
  await openEarly();
  await waitForStage(
    apps.map((app) => app.applicationId),
    'EXPERT_REVIEW',
  );
});
afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail' || !page) return;
  const path = join(tmpdir(), `e2e-review-${task.name.replace(/\W+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true }).catch(() => {});
  console.log(`screenshot of the failed step: ${path}`);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Opens a member's link in a fresh tab (sessionStorage is per tab), as a click in the e-mail does. */
async function openAs(email: string, committee: string) {
  await page.close();
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(await reviewLink(stack, email, committee));
  await page.locator('h1').first().waitFor();
}

/** The refusal's text, once the page shows it. */
async function refusal() {
  const alert = page.getByTestId('review-refused');
  await alert.waitFor();
  return alert.textContent();
}

async function openApplication(title: string) {
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function declare(conflicted: boolean) {
  await page.getByLabel(conflicted ? 'Ja, jeg er inhabil' : 'Nei, jeg er ikke inhabil').check();
  if (conflicted) await page.getByLabel(/Hvorfor er du inhabil/).fill('Jeg er rektor i Bodø kulturskole');
  await page.getByTestId('declaration-save').click();
  await page.getByTestId(conflicted ? 'declared-conflicted' : 'declared-not-conflicted').waitFor();
}

async function assess(scores: [number, number, number], recommendation: 'Kvalifisert' | 'Ikke kvalifisert') {
  const form = page.getByTestId('assessment-form');
  for (const [index, legend] of [
    'Hvor godt passer tiltakene de valgte aktivitetsområdene?',
    'Forankring',
    'Bærekraft',
  ].entries()) {
    const group = form.getByRole('group', { name: legend }); // the name adds the description
    await group.getByLabel(SCORE_LABELS[scores[index]! - 1]!, { exact: true }).check();
  }
  await form.getByLabel('Kommentar – Forankring').fill('Intensjonsavtaler fra alle kommunene.');
  await form.getByRole('group', { name: 'Anbefaling' }).getByLabel(recommendation, { exact: true }).check();
  await form.getByTestId('assessment-save').click();
  await expect
    .poll(() => form.locator('.save-status').textContent(), { timeout: 10_000 })
    .toMatch(/Vurderingen er lagret/);
}

describe('refused links', () => {
  it('shows a clear refusal and no data for a missing, tampered, revoked or other committee’s link', async () => {
    // Missing: the page without a token
    await page.goto(`${stack.web}/review/expert`);
    expect(await refusal()).toMatch(/personlige lenken/);

    // Tampered: one character of the signature changed
    const link = await reviewLink(stack, expert.member, 'expert');
    const tampered = link.slice(0, -3) + (link.endsWith('A') ? 'B' : 'A') + link.slice(-2);
    await page.goto(tampered);
    expect(await refusal()).toMatch(/Lenken virker ikke/);
    expect(await page.locator('table').count()).toBe(0);
    expect(page.url()).not.toContain('token='); // taken out of the address bar at once
    await audit(page, 'refused link');

    // Another committee's page
    await page.goto(link.replace('/review/expert#', '/review/final#'));
    expect(await refusal()).toMatch(/Sakkyndig utvalg/);
    expect(await page.locator('table').count()).toBe(0);

    // Revoked: the administrator re-issues the deputy's link; the old one is refused
    const old = await reviewLink(stack, expert.deputy, 'expert');
    await reissueLink({
      round: findRound('demo')!,
      committee: 'expert',
      memberId: 'ekspert-nestleder',
      actor: { kind: 'admin', id: 'e2e' },
      webBaseUrl: stack.web,
    });
    await page.goto(old);
    expect(await refusal()).toMatch(/trukket tilbake/);
    expect(await page.locator('table').count()).toBe(0);
    await expect
      .poll(async () => tokenOf(await reviewLink(stack, expert.deputy, 'expert')), { timeout: 10_000 })
      .not.toBe(tokenOf(old));
  });
});

describe('the expert committee', () => {
  it('lets a member declare per application before the form, and assess on the labelled scale', async () => {
    await openAs(expert.member, 'expert');
    await page.getByTestId('expert-table').waitFor();
    expect(await page.getByTestId('expert-table').locator('tbody tr').count()).toBe(4);
    await auditInEveryLanguage(page, 'expert list (member)', () =>
      page.getByTestId('expert-table').waitFor(),
    );

    await openApplication('Oslo og Bærum');
    // Before declaring: the application, no form
    await page.getByTestId('declaration-form').waitFor();
    expect(await page.getByTestId('assessment-form').count()).toBe(0);
    await page.getByRole('link', { name: /intensjonsavtale\.pdf/ }).waitFor();
    await auditInEveryLanguage(page, 'expert application before declaring', () =>
      page.getByTestId('declaration-form').waitFor(),
    );
    await declare(false);
    await page.getByTestId('assessment-form').waitFor();
    await assess([4, 5, 4], 'Kvalifisert');
    await auditInEveryLanguage(page, 'expert assessment form', () =>
      page.getByTestId('assessment-form').waitFor(),
    );
    await screenshots(page, 'review-expert-assessment', { scrollTo: '#committee-work' });

    // A conflict: no form and no discussion
    await page.getByRole('link', { name: /Tilbake til søknadslisten/ }).click();
    await openApplication('Salten og Rana');
    await declare(true);
    expect(await page.getByTestId('assessment-form').count()).toBe(0);
    await audit(page, 'expert application, conflicted');

    // The member's other assessments through the API (the deputy's too)
    const api = reviewApi(stack);
    for (const email of [expert.member, expert.deputy]) {
      const token = tokenOf(await reviewLink(stack, email, 'expert'));
      for (const [index, app] of apps.entries()) {
        if (email === expert.member && (index === 0 || index === 3)) continue;
        await api('POST', `/review/applications/${app.applicationId}/declaration`, {
          token,
          body: { conflicted: false },
        });
        const score = index === 3 ? 2 : 4;
        const saved = await api('POST', `/review/applications/${app.applicationId}/assessment`, {
          token,
          body: {
            activityAreaFit: { score, comment: 'Passer området.' },
            anchoring: { score, comment: '' },
            sustainability: { score: score - 1, comment: 'Plan for videre drift.' },
            recommendation: index === 3 ? 'notQualified' : 'qualified',
          },
        });
        expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      }
    }
  });

  it('shows the chair everyone’s assessments side by side, takes the outcomes and finalises', async () => {
    await openAs(expert.chair, 'expert');
    await page.getByTestId('expert-table').waitFor();
    for (const [index, app] of apps.entries()) {
      await openApplication(app.title);
      await declare(false);
      await page.getByTestId('side-by-side').waitFor();
      if (index === 0) {
        expect(await page.getByTestId('side-by-side').locator('thead th').count()).toBe(4); // criterion, 2 members, average
        await auditInEveryLanguage(page, 'expert chair view', () =>
          page.getByTestId('side-by-side').waitFor(),
        );
        await screenshots(page, 'review-expert-chair', { scrollTo: '.chair-panel' });
      }
      const form = page.getByTestId('outcome-form');
      await form.getByLabel(index === 3 ? 'Ikke kvalifisert' : 'Kvalifisert', { exact: true }).check();
      await form
        .getByLabel('Begrunnelse')
        .fill(index === 3 ? 'Svak forankring i kommunene.' : 'Godt forankret og bærekraftig.');
      await form.getByTestId('outcome-save').click();
      await form.getByTestId('outcome-current').waitFor();
      await page.getByRole('link', { name: /Tilbake til søknadslisten/ }).click();
      await page.getByTestId('expert-table').waitFor();
    }
    await expect
      .poll(() => page.getByTestId('row-outcome').allTextContents(), { timeout: 10_000 })
      .toEqual(['Kvalifisert', 'Kvalifisert', 'Kvalifisert', 'Ikke kvalifisert']);
    await auditInEveryLanguage(page, 'expert list (chair)', () => page.getByTestId('expert-table').waitFor());
    await screenshots(page, 'review-expert-list', { scrollTo: '#list-heading' });

    // The list as a spreadsheet, written by the API
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toBe('demo-expert.xlsx');
    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(csvDownload.suggestedFilename()).toBe('demo-expert.csv');

    await page.getByTestId('finalise').click();
    await page.getByTestId('finalise-confirm').click();
    await page.getByTestId('finalised').waitFor();
    await audit(page, 'expert finalised');
    await waitForStage(
      apps.slice(0, 3).map((app) => app.applicationId),
      'GEOGRAPHIC_REVIEW',
    );
    expect(csp).toEqual([]);
  });
});
