import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findRound } from '../../shared/domain/rounds/index.ts';
import { reissueLink } from '../../shared/review/admin.ts';
import { announceEarly, openEarly, waitForStage } from '../support/review.ts';
import {
  launchBrowser,
  portalContext,
  portalPage,
  screenshotOnFailure,
  screenshots,
  servePortalCsp,
} from './support/browser.ts';
import { auditEverywhere } from './support/a11y.ts';
import {
  audit,
  auditFinaliseDialog,
  auditInEveryLanguage,
  expectUsableTable,
  reviewApi,
  reviewLink,
  submitApplications,
  tokenOf,
  type Submitted,
} from './support/review.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';
import { DEMO_MEMBERS } from '../support/members.ts';

/**
 * The committees' pages in Debian's Chromium against the local stack, under the CloudFront
 * CSP: a whole round driven through the browser — the expert committee (declare, assess, the
 * chair's side-by-side view and outcomes, finalise), the geographic committee (map, comments,
 * keyboard reordering, finalise), the final committee (awards per school year against the live
 * budget, a reasoned decline, finalise) and the public awards page — with refused links, axe-core
 * in bokmål, nynorsk and English at 1280 and 390 px on every committee page and finalise dialog
 * (issue 9, point 8), the wide tables usable at both widths, exports, and screenshots in
 * docs/screenshots/. Each test audits its pages six times over: minutes on a shared machine.
 */
let stack: BrowserStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let csp: string[] = [];
let apps: Submitted[] = [];

const expert = DEMO_MEMBERS.expert;

const geo = DEMO_MEMBERS.geographic;
const final = DEMO_MEMBERS.final;

const SCORE_LABELS = ['1 – svært svak', '2 – svak', '3 – middels', '4 – god', '5 – svært god'];

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startBrowserStack({ workflowMaxWaitSeconds: 1 }),
    launchBrowser(['--disable-features=LocalNetworkAccessChecks']),
  ]);
  context = await portalContext(browser, { language: 'nb' });
  csp = await servePortalCsp(context, stack);
  page = await portalPage(context);

  apps = await submitApplications(stack, [
    { lead: '0301', partners: ['3201'], title: 'Oslo og Bærum', areas: ['1a'], subjects: ['music'] },
    {
      lead: '4601',
      partners: ['4624', '1103'],
      title: 'Vestlandsløftet',
      areas: ['3a', '4b'],
      subjects: ['theatre', 'dance'],
      schoolYears: 2,
      requestPerYear: 6_000_000, // with Oslo's 300 000 kr over the year's 6 250 000 kr
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
screenshotOnFailure('review', () => page);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Opens a member's link in a fresh tab (sessionStorage is per tab), as a click in the e-mail does. */
async function openAs(email: string, committee: string) {
  await page.close();
  page = await portalPage(context);
  await page.goto(await reviewLink(stack, email, committee));
  await page.locator('h1').first().waitFor();
}

/** Text as a reader sees it: no-break spaces (in amounts) as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

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
    // Committee pages carry no applicant menu
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).count()).toBe(0);
    await auditEverywhere(page, 'expert list (member)', () => page.getByTestId('expert-table').waitFor());
    await expectUsableTable(page, 'expert-table', { fits: true, keepsFirstColumn: true });

    await openApplication('Oslo og Bærum');
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).count()).toBe(0);
    // Before declaring: the application, no form
    await page.getByTestId('declaration-form').waitFor();
    expect(await page.getByTestId('assessment-form').count()).toBe(0);
    await page.getByRole('link', { name: /intensjonsavtale\.pdf/ }).waitFor();
    await auditEverywhere(page, 'expert application before declaring', () =>
      page.getByTestId('declaration-form').waitFor(),
    );
    await declare(false);
    await page.getByTestId('assessment-form').waitFor();
    await assess([4, 5, 4], 'Kvalifisert');
    await auditEverywhere(page, 'expert assessment form', () =>
      page.getByTestId('assessment-form').waitFor(),
    );
    await screenshots(page, 'review-expert-assessment', { scrollTo: '#committee-work-heading' });

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
  }, 480_000);

  it('shows the chair everyone’s assessments side by side, takes the outcomes and finalises', async () => {
    await openAs(expert.chair, 'expert');
    await page.getByTestId('expert-table').waitFor();
    for (const [index, app] of apps.entries()) {
      await openApplication(app.title);
      await declare(false);
      await page.getByTestId('side-by-side').waitFor();
      if (index === 0) {
        expect(await page.getByTestId('side-by-side').locator('thead th').count()).toBe(4); // criterion, 2 members, average
        await auditEverywhere(page, 'expert chair view', () => page.getByTestId('side-by-side').waitFor());
        await expectUsableTable(page, 'side-by-side', { fits: false });
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
    await auditEverywhere(page, 'expert list (chair)', () => page.getByTestId('expert-table').waitFor());
    // The chair's nine columns at 1280 px, the conclusion column included; a scroll region on a phone
    await expectUsableTable(page, 'expert-table', { fits: true, keepsFirstColumn: true });
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

    await auditFinaliseDialog(page, 'expert finalise dialog');
    await page.getByTestId('finalise').click();
    await page.getByTestId('finalise-confirm').waitFor();
    // The dialog as it stands once open, not halfway through its fade-in.
    await page.evaluate(
      'Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished))',
    );
    await screenshots(page, 'review-finalise-dialog');
    await page.getByTestId('finalise-confirm').click();
    await page.getByTestId('finalised').waitFor();
    await audit(page, 'expert finalised');
    await waitForStage(
      apps.slice(0, 3).map((app) => app.applicationId),
      'GEOGRAPHIC_REVIEW',
    );
    expect(csp).toEqual([]);
  }, 480_000);
});

/** The cards of a geographic or final list, top to bottom, by title. */
async function cardTitles(testId: string) {
  return page
    .getByTestId(testId)
    .locator(':scope > li h3')
    .evaluateAll((headings) => headings.map((heading) => heading.lastChild?.textContent?.trim() ?? ''));
}

/** Declares no conflict on every card of the list that still asks. */
async function declareOnEveryCard() {
  const forms = page.getByTestId('declaration-form');
  for (let left = await forms.count(); left > 0; left--) {
    const form = forms.first();
    await form.getByLabel('Nei, jeg er ikke inhabil').check();
    await form.getByTestId('declaration-save').click();
    await expect.poll(() => forms.count(), { timeout: 10_000 }).toBe(left - 1);
  }
}

const card = (title: string) =>
  page.locator('.review-card').filter({ has: page.getByRole('heading', { name: title }) });

describe('the geographic committee', () => {
  it('shows the qualified applications on a map of Norway and takes a county adviser’s comment', async () => {
    await openAs(geo.vest, 'geographic');
    await page.getByTestId('priority-list').waitFor();
    expect(await cardTitles('priority-list')).toHaveLength(3);
    // The map: every county a link with its figures, credited to Kartverket, and the same figures in a table
    const map = page.getByTestId('county-map');
    await map.waitFor();
    expect(await map.locator('a').count()).toBe(15);
    expect(plain(await page.locator('.county-map').textContent())).toContain('© Kartverket');
    const vestland = map.locator('[data-county="46"]');
    expect(plain(await vestland.getAttribute('aria-label'))).toBe('Vestland: 1 søknad, 12 000 000 kr søkt');
    await vestland.focus();
    expect(plain(await page.locator('.county-map__active').textContent())).toBe(
      'Vestland: 1 søknad, 12 000 000 kr søkt',
    );
    expect(plain(await page.locator('#county-row-46').textContent())).toContain('12 000 000');
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).count()).toBe(0);
    await auditEverywhere(page, 'geographic list (adviser)', () => map.waitFor());
    await expectUsableTable(page, 'county-table', { fits: true });
    await screenshots(page, 'review-geographic-map', { scrollTo: '#map-heading' });

    await declareOnEveryCard();
    const bergen = card('Vestlandsløftet');
    await bergen.getByLabel('Din kommentar').fill('Sterk region med lite tilbud i dag.');
    await bergen.getByRole('button', { name: /Lagre kommentaren/ }).click();
    await expect
      .poll(async () => plain(await bergen.locator('.save-status').textContent()), { timeout: 10_000 })
      .toMatch(/lagret/);
    // Oslo is not one of Vest's counties: no comment form there
    expect(await card('Oslo og Bærum').getByLabel('Din kommentar').count()).toBe(0);
  }, 480_000);

  it('lets the chair set one national priority order with the keyboard and finalise it', async () => {
    await openAs(geo.chair, 'geographic');
    await page.getByTestId('priority-list').waitFor();
    await declareOnEveryCard();
    expect(await cardTitles('priority-list')).toEqual([
      'Oslo og Bærum',
      'Vestlandsløftet',
      'Trondheim og Melhus',
    ]);
    await card('Vestlandsløftet').getByText('Sterk region med lite tilbud i dag.').waitFor();

    // Oslo down twice, with the keyboard only: the focus stays on the moved application's button
    await card('Oslo og Bærum')
      .getByRole('button', { name: /Flytt ned/ })
      .focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => cardTitles('priority-list'))
      .toEqual(['Vestlandsløftet', 'Oslo og Bærum', 'Trondheim og Melhus']);
    expect(await page.evaluate('document.activeElement?.textContent')).toMatch(/Flytt ned – Oslo og Bærum/);
    await page.keyboard.press('Space');
    await expect
      .poll(() => cardTitles('priority-list'))
      .toEqual(['Vestlandsløftet', 'Trondheim og Melhus', 'Oslo og Bærum']);
    // At the bottom the "down" button is disabled; the focus moves to "up" of the same application
    expect(await page.evaluate('document.activeElement?.textContent')).toMatch(/Flytt opp – Oslo og Bærum/);
    await page.getByTestId('order-unsaved').waitFor();

    await card('Vestlandsløftet')
      .getByLabel(/Utvalgets merknad/)
      .fill('Første prioritet: et nytt regionalt tilbud.');
    await page.getByTestId('order-save').click();
    await page.getByTestId('order-unsaved').waitFor({ state: 'detached' });
    await auditEverywhere(page, 'geographic list (chair)', () => page.getByTestId('priority-list').waitFor());
    await screenshots(page, 'review-geographic-order', { scrollTo: '#list-heading' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('demo-geographic.csv');

    await auditFinaliseDialog(page, 'geographic finalise dialog');
    await page.getByTestId('finalise').click();
    await page.getByTestId('finalise-confirm').click();
    await page.getByTestId('finalised').waitFor();
    await waitForStage(
      apps.slice(0, 3).map((app) => app.applicationId),
      'FINAL_REVIEW',
    );
  }, 480_000);
});

describe('the final committee', () => {
  it('awards within the live budget, declines with a reason, and finalises', async () => {
    await openAs(final.chair, 'final');
    await page.getByTestId('final-list').waitFor();
    expect(await cardTitles('final-list')).toEqual([
      'Vestlandsløftet',
      'Trondheim og Melhus',
      'Oslo og Bærum',
    ]);
    await auditEverywhere(page, 'final list before declaring', () =>
      page.getByTestId('final-list').waitFor(),
    );
    await declareOnEveryCard();

    const meters = page.getByTestId('budget-meter');
    // Award Vestlandsløftet in full (6 000 000 kr in each of two school years) and Oslo in full …
    const bergen = card('Vestlandsløftet');
    await bergen.getByLabel('Tildel tilskudd').check();
    await bergen.getByTestId('award-save').click();
    await bergen.getByTestId('saved-decision').waitFor();
    const oslo = card('Oslo og Bærum');
    await oslo.getByLabel('Tildel tilskudd').check();
    // … the live meter shows the first year over budget before anything is saved
    await expect
      .poll(async () => plain(await meters.first().textContent()))
      .toMatch(/Over rammen med 50 000 kr/);
    await oslo.getByTestId('award-save').click();
    await oslo.getByTestId('saved-decision').waitFor();

    // Trondheim declined with a reason (first without one: refused in the page)
    const trondheim = card('Trondheim og Melhus');
    await trondheim.getByLabel('Avslå').check();
    await trondheim.getByTestId('award-save').click();
    await trondheim.getByText('Skriv en begrunnelse for avslaget.').first().waitFor();
    await trondheim
      .getByLabel('Begrunnelse for avslaget')
      .fill('Budsjettet prioriteres til tiltak med større spredning.');
    await trondheim.getByTestId('award-save').click();
    await trondheim.getByTestId('saved-decision').waitFor();
    expect(plain(await page.getByTestId('finalise-blockers').textContent())).toContain(
      'Tildelingene er over rammen.',
    );
    expect(await page.getByTestId('finalise').isDisabled()).toBe(true);

    // Within the budget: Vestlandsløftet's first year cut to 5 900 000 kr (more than requested is refused)
    const firstYear = bergen.getByLabel(/^Tildeling for skoleåret/).first();
    await firstYear.fill('6 000 001');
    await bergen.getByTestId('award-save').click();
    await bergen.getByText(/Skriv et beløp i hele kroner fra 0 til 6\s000\s000\skr/).waitFor();
    await firstYear.fill('5 900 000');
    await expect.poll(async () => plain(await meters.first().textContent())).not.toMatch(/Over rammen/);
    expect(plain(await page.getByTestId('finalise-blockers').textContent())).toContain(
      'endringer som ikke er lagret',
    );
    // Less than requested: the API wants a reason, asked for beside the amounts
    await bergen.getByTestId('award-save').click();
    await bergen
      .getByText(/Tildelingen er lavere enn søkt beløp\. Skriv en begrunnelse/)
      .first()
      .waitFor();
    await bergen
      .getByLabel(/^Begrunnelse for at tildelingen er lavere enn søkt/)
      .fill('Budsjettet rekker ikke til hele det første skoleåret.');
    await bergen.getByTestId('award-save').click();
    await expect
      .poll(async () => plain(await bergen.getByTestId('saved-decision').textContent()), { timeout: 10_000 })
      .toBe('Lagret: tildelt 11 900 000 kr');
    await expect
      .poll(async () => plain(await meters.last().textContent()))
      .toMatch(/12 200 000 kr av 12 500 000 kr/);
    expect(plain(await page.getByTestId('indicators-awarded').textContent())).toMatch(/2$/);
    expect(plain(await page.getByTestId('indicators-counties').textContent())).toMatch(/4 av 15 fylker/);
    await page.getByTestId('finalise-blockers').waitFor({ state: 'detached' });
    await auditEverywhere(page, 'final list (chair)', () => page.getByTestId('final-list').waitFor());
    await screenshots(page, 'review-final-list', { scrollTo: '#list-heading' });
    await screenshots(page, 'review-final-budget', { scrollTo: '.final-aside' });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toBe('demo-final.xlsx');

    // A member standing aside on Vestlandsløftet sees nothing of its standing (ADR 065): it has
    // no place in the list, and the budget meter and the indicators leave its award out
    await openAs(final.member, 'final');
    await page.getByTestId('final-list').waitFor();
    const aside = card('Vestlandsløftet').getByTestId('declaration-form');
    await aside.getByLabel('Ja, jeg er inhabil').check();
    await aside.getByLabel(/Hvorfor er du inhabil/).fill('Jeg underviser ved Bergen kulturskole');
    await aside.getByTestId('declaration-save').click();
    await card('Vestlandsløftet').getByTestId('declared-conflicted').waitFor();
    await declareOnEveryCard();
    await expect
      .poll(() => cardTitles('final-list'))
      .toEqual(['Trondheim og Melhus', 'Oslo og Bærum', 'Vestlandsløftet']);
    expect(await card('Vestlandsløftet').locator('.review-card__rank').count()).toBe(0);
    await page.getByTestId('budget-leaves-out').waitFor();
    await expect
      .poll(async () => plain(await page.getByTestId('budget-meter').last().textContent()))
      .toMatch(/[^\d ]300 000 kr av 12 500 000 kr/);
    expect(plain(await page.getByTestId('indicators-awarded').textContent())).toMatch(/1$/);
    expect(await page.getByTestId('finalise').count()).toBe(0);
    await audit(page, 'final list, a member standing aside on one application');

    await openAs(final.chair, 'final');
    await page.getByTestId('final-list').waitFor();
    await auditFinaliseDialog(page, 'final finalise dialog');
    await page.getByTestId('finalise').click();
    await page.getByTestId('finalise-confirm').click();
    await page.getByTestId('finalised').waitFor();
    await waitForStage(
      apps.map((app) => app.applicationId),
      'AWAITING_ANNOUNCEMENT',
    );
    expect(csp).toEqual([]);
  }, 480_000);
});

describe('the announcement', () => {
  it('lists the awards publicly — nothing about declined or not qualified applications', async () => {
    await page.goto(`${stack.web}/awards`);
    await page.getByTestId('awards-upcoming').waitFor();
    await audit(page, 'awards before the announcement');

    await announceEarly();
    await waitForStage(
      apps.map((app) => app.applicationId),
      'ANNOUNCED',
      30_000,
    );
    await page.reload();
    const table = page.getByTestId('awards-table');
    await table.waitFor();
    const text = plain(await table.textContent());
    expect(text).toContain('Vestlandsløftet');
    expect(text).toContain('Oslo og Bærum');
    expect(text).toContain('Bjørnafjorden (Vestland)');
    expect(text).toContain('3a Tverrkunstneriske produksjoner');
    expect(text).toContain('12 200 000 kr');
    expect(text).not.toContain('Trondheim og Melhus');
    expect(text).not.toContain('Salten og Rana');
    expect(plain(await page.locator('body').textContent())).not.toContain('Budsjettet prioriteres');
    await auditInEveryLanguage(page, 'awards', () => table.waitFor());
    await screenshots(page, 'awards', { fullPage: false });

    // The applicant's status page names the stage
    const applicant = apps[2]!;
    await page.evaluate(
      ([id, token]) =>
        sessionStorage.setItem(
          'ik.sessions',
          JSON.stringify({
            [id]: {
              applicationId: id,
              accessToken: token,
              expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
            },
          }),
        ),
      [applicant.applicationId, applicant.token] as const,
    );
    await page.goto(`${stack.web}/application/${applicant.applicationId}`);
    expect(plain(await page.getByTestId('stage').textContent())).toBe('Tildelingene er offentliggjort');
    expect(plain(await page.getByTestId('status-note').textContent())).toMatch(
      /^Tildelingene ble offentliggjort \d+\. \p{L}+ \d{4}\.$/u,
    );
    const outcome = plain(await page.getByTestId('outcome').textContent());
    expect(outcome).toContain('Søknaden har ikke fått tilskudd');
    expect(outcome).toContain('Begrunnelse: Budsjettet prioriteres til tiltak med større spredning.');
    await audit(page, 'the status page after the announcement');
  });
});
