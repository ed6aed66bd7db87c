import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEarly, waitForStage } from '../support/review.ts';
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
import {
  auditFinaliseDialog,
  auditInEveryLanguage,
  reviewApi,
  reviewLink,
  submitApplications,
  tokenOf,
  type Submitted,
} from './support/review.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';
import { DEMO_MEMBERS } from '../support/members.ts';

/**
 * The committees' discussion and reading in Chromium (issue 9, points 5, 6, 8, 9; ADR 090): an
 * expert member sees the discussion and the others' assessments only after their own, posts,
 * and a member standing aside sees none of it; the final committee reads the advisers'
 * comments and the expert reason and posts a suggestion; the budget lines in full; the work
 * beside the application at 1280 px and below it on a phone; no applicant menu; axe at both
 * widths in three languages. Screenshots (desktop, phone; nb, nn, en) go to the temp folder.
 */
let stack: BrowserStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let csp: string[] = [];
let apps: Submitted[] = [];
// Each test audits its pages at two widths in three languages: minutes on a shared machine (timeouts per test below).
const shots = join(tmpdir(), 'wr-review-shots');

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
    { lead: '1804', partners: ['1833'], title: 'Salten og Rana', areas: ['5a'], subjects: ['circus'] },
    { lead: '5001', partners: ['5028'], title: 'Trondheim og Melhus', areas: ['4a'], subjects: ['music'] },
  ]);
  await openEarly();
  await waitForStage(
    apps.map((app) => app.applicationId),
    'EXPERT_REVIEW',
  );
  await mkdir(shots, { recursive: true });
});
screenshotOnFailure('review-discussion', () => page);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function openAs(email: string, committee: string) {
  await page.close();
  page = await portalPage(context);
  await page.setViewportSize(DESKTOP);
  await page.goto(await reviewLink(stack, email, committee));
  await page.locator('h1').first().waitFor();
}

/** Text as a reader sees it: no-break spaces (in amounts) as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function openApplication(title: string) {
  await page.getByRole('link', { name: title, exact: true }).first().click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function declare(conflicted: boolean) {
  await page.getByLabel(conflicted ? 'Ja, jeg er inhabil' : 'Nei, jeg er ikke inhabil').check();
  if (conflicted) await page.getByLabel(/Hvorfor er du inhabil/).fill('Jeg er rektor i Bodø kulturskole');
  await page.getByTestId('declaration-save').click();
  await page.getByTestId(conflicted ? 'declared-conflicted' : 'declared-not-conflicted').waitFor();
}

/** axe at desktop and phone width, each in bokmål, nynorsk and English. */
async function auditBothWidths(name: string) {
  for (const [label, size] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(size);
    await auditInEveryLanguage(page, `${name} (${label})`);
  }
  await page.setViewportSize(DESKTOP);
}

/** Screenshots at 1280 and 390 px in nb, nn and en, to the temp folder (never the repository). */
async function screenshotAll(name: string) {
  const names = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' } as const;
  for (const locale of ['nn', 'en', 'nb'] as const) {
    await page.getByRole('button', { name: names[locale] }).click();
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

describe('the expert committee’s discussion', () => {
  it('opens the discussion and the others’ assessments only after the member’s own, and hides it from a member standing aside', async () => {
    // The deputy assesses Salten first (through the API, as in another browser)
    const api = reviewApi(stack);
    const salten = apps[0]!.applicationId;
    const deputy = tokenOf(await reviewLink(stack, expert.deputy, 'expert'));
    expect(
      (
        await api('POST', `/review/applications/${salten}/declaration`, {
          token: deputy,
          body: { conflicted: false },
        })
      ).status,
    ).toBe(200);
    const criterion = (score: number) => ({ score, comment: '' });
    expect(
      (
        await api('POST', `/review/applications/${salten}/assessment`, {
          token: deputy,
          body: {
            activityAreaFit: criterion(4),
            anchoring: criterion(4),
            sustainability: criterion(4),
            recommendation: 'qualified',
          },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api('POST', `/review/applications/${salten}/discussion`, {
          token: deputy,
          body: { text: 'Sterk forankring i Rana.' },
        })
      ).status,
    ).toBe(200);

    // The member: no applicant menu, the name without the role twice
    await openAs(expert.member, 'expert');
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).count()).toBe(0);
    await expect.poll(() => page.getByTestId('review-member').textContent()).toBe('Elin Ekspert');
    await openApplication('Salten og Rana');
    await declare(false);

    // Before their own assessment: the API's own words, no thread, no side-by-side
    await expect
      .poll(() => page.getByTestId('discussion-locked').textContent())
      .toMatch(/Gi din egen vurdering av søknaden før du ser de andres vurderinger/);
    expect(await page.getByTestId('discussion').count()).toBe(0);
    expect(await page.getByTestId('side-by-side').count()).toBe(0);

    // The budget in full, every line
    const budget = page.getByTestId('summary-budget');
    await expect.poll(() => budget.textContent()).toMatch(/Lærerressurser/);
    expect(plain(await budget.textContent())).toMatch(
      /Egenandel\s*− 150 000 kr\s*Annen finansiering\s*− 50 000 kr/,
    );

    // At 1280 px the form sits beside the application, in the first screen
    const work = await page.locator('#committee-work').boundingBox();
    const doc = await page.locator('#application-heading').boundingBox();
    expect(work!.x).toBeGreaterThan(doc!.x + doc!.width);
    await page.locator('#committee-work').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const form = page.getByTestId('assessment-form');
    expect((await form.boundingBox())!.y).toBeLessThan(DESKTOP.height);

    // The expert reason hint and marking are for the chair; the member assesses
    for (const [index, legend] of [
      'Hvor godt passer tiltakene de valgte aktivitetsområdene?',
      'Forankring',
      'Bærekraft',
    ].entries())
      await form
        .getByRole('group', { name: legend })
        .getByLabel(SCORE_LABELS[[2, 3, 3][index]! - 1]!, { exact: true })
        .check();
    await form.getByRole('group', { name: 'Anbefaling' }).getByLabel('Kvalifisert', { exact: true }).check();
    await form.getByTestId('assessment-save').click();

    // After it: the others' assessments side by side and the thread
    await page.getByTestId('side-by-side').waitFor();
    expect(await page.getByTestId('side-by-side').textContent()).toMatch(
      /Erik Ekspert.*Elin Ekspert|Elin Ekspert.*Erik Ekspert/,
    );
    const thread = page.getByTestId('discussion');
    await thread.waitFor();
    expect(await thread.getByTestId('discussion-post').first().textContent()).toMatch(
      /Erik Ekspert.*Sterk forankring i Rana\./,
    );
    expect(await page.getByTestId('outcome-form').count()).toBe(0);

    // An empty post is refused at the field; a post appears with its author
    await thread.getByTestId('discussion-publish').click();
    await expect.poll(() => thread.textContent()).toMatch(/Skriv innlegget før du publiserer det\./);
    await thread.getByLabel('Ditt innlegg').fill('Enig – men bærekraften er svak.');
    await thread.getByTestId('discussion-publish').click();
    await expect.poll(() => thread.getByTestId('discussion-post').count()).toBe(2);
    expect(await thread.getByTestId('discussion-post').nth(1).textContent()).toMatch(
      /Elin Ekspert.*Enig – men bærekraften er svak\./,
    );
    expect(await thread.getByLabel('Ditt innlegg').inputValue()).toBe('');

    await auditBothWidths('expert application with the discussion');
    await screenshotAll('expert-application');
    await screenshots(page, 'review-discussion', { scrollTo: '.discussion' });

    // On a phone the work comes below the application
    await page.setViewportSize(PHONE);
    const phoneWork = await page.locator('#committee-work').boundingBox();
    const phoneDoc = await page.locator('#application-heading').boundingBox();
    expect(phoneWork!.y).toBeGreaterThan(phoneDoc!.y);
    await page.setViewportSize(DESKTOP);

    // The chair stands aside on Salten: no discussion, no post form
    await openAs(expert.chair, 'expert');
    await expect.poll(() => page.getByTestId('review-member').textContent()).toBe('Eva Ekspert');
    await screenshotAll('expert-list');
    await auditBothWidths('expert list');
    await openApplication('Salten og Rana');
    await declare(true);
    expect(await page.getByTestId('discussion').count()).toBe(0);
    expect(await page.getByTestId('discussion-locked').count()).toBe(0);
    expect(await page.locator('body').textContent()).not.toContain('Sterk forankring');
    expect(csp).toEqual([]);
  }, 480_000);
});

describe('the final committee', () => {
  it('reads the advisers’ comments and the expert reason, and posts with a suggested award', async () => {
    // The expert and geographic stages through the API
    const api = reviewApi(stack);
    const ids = apps.map((app) => app.applicationId);
    const token = async (email: string, committee: string) =>
      tokenOf(await reviewLink(stack, email, committee));
    const deputy = await token(expert.deputy, 'expert');
    const chairToken = await token(expert.chair, 'expert');
    for (const [index, id] of ids.entries()) {
      // The deputy decides Salten, where the chair stood aside; the chair the rest.
      const decider = index === 0 ? deputy : chairToken;
      for (const t of index === 0 ? [deputy] : [deputy, chairToken])
        await api('POST', `/review/applications/${id}/declaration`, {
          token: t,
          body: { conflicted: false },
        });
      const set = await api('POST', `/review/applications/${id}/outcome`, {
        token: decider,
        body: { qualified: true, reason: 'Godt forankret i alle kommunene.' },
      });
      expect(set.status, JSON.stringify(set.body)).toBe(200);
    }
    const version = (await api('GET', '/review/context', { token: deputy })).body.stage.version;
    const finalised = await api('POST', '/review/finalise', { token: deputy, body: { version } });
    expect(finalised.status, JSON.stringify(finalised.body)).toBe(200);
    await waitForStage(ids, 'GEOGRAPHIC_REVIEW');
    const geoChair = await token(geo.chair, 'geographic');
    const nord = await token(geo.nord, 'geographic');
    for (const t of [geoChair, nord])
      for (const id of ids)
        await api('POST', `/review/applications/${id}/declaration`, {
          token: t,
          body: { conflicted: false },
        });
    expect(
      (
        await api('POST', `/review/applications/${ids[0]}/assessment`, {
          token: nord,
          body: { comment: 'Lite tilbud i Salten i dag.' },
        })
      ).status,
    ).toBe(200);
    const order = await api('POST', '/review/order', { token: geoChair, body: { order: ids, comments: {} } });
    expect(order.status, JSON.stringify(order.body)).toBe(200);
    expect(
      (
        await api('POST', '/review/finalise', {
          token: geoChair,
          body: { version: order.body.stage.version },
        })
      ).status,
    ).toBe(200);
    await waitForStage(ids, 'FINAL_REVIEW');

    // A final member reads the list: the advisers' comment and the expert reason
    await openAs(final.member, 'final');
    expect(await page.getByRole('navigation', { name: 'Hovedmeny' }).count()).toBe(0);
    const card = page.locator(`[data-application="${ids[0]}"]`);
    await card.getByLabel('Nei, jeg er ikke inhabil').check();
    await card.getByTestId('declaration-save').click();
    await card.getByTestId('advisers').waitFor();
    expect(await card.getByTestId('advisers').textContent()).toMatch(
      /Gunn Geografi \(Midt og Nord\):\s*Lite tilbud i Salten i dag\./,
    );
    expect(await card.textContent()).toMatch(/Godt forankret i alle kommunene\./);
    await auditBothWidths('final list with the advisers');
    await screenshotAll('final-list');
    await screenshots(page, 'review-final-advisers', { scrollTo: `[data-application="${ids[0]}"]` });

    // The application: the discussion with a suggestion, checked against the request
    await card.getByRole('link', { name: /Salten og Rana$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Salten og Rana' }).waitFor();
    expect(await page.getByTestId('advisers').textContent()).toMatch(/Lite tilbud i Salten i dag\./);
    const thread = page.getByTestId('discussion');
    await thread.waitFor();
    await thread.getByLabel('Ditt innlegg').fill('Jeg foreslår litt mindre enn søkt.');
    await thread
      .getByRole('group', { name: /Forslag til innstilling/ })
      .getByLabel('Tildel tilskudd')
      .check();
    const amount = thread.getByLabel(/^Tildeling for skoleåret/).first();
    await amount.fill('9 999 999');
    await thread.getByTestId('discussion-publish').click();
    await expect
      .poll(async () => plain(await thread.textContent()))
      .toMatch(/Skriv et beløp i hele kroner fra 0 til 300 000 kr/);
    await amount.fill('200 000');
    await thread.getByTestId('discussion-publish').click();
    await thread.getByTestId('discussion-suggestion').waitFor();
    expect(plain(await thread.getByTestId('discussion-suggestion').textContent())).toMatch(
      /Foreslår tilskudd: Skoleåret [\d–]+: 200 000 kr/,
    );
    await auditBothWidths('final application with a suggestion');
    await screenshotAll('final-application');
    await screenshots(page, 'review-final-discussion', { scrollTo: '.discussion' });

    // The chair (decisions set through the API): the finalise dialog has an accessible name
    const chair = await token(final.chair, 'final');
    for (const id of ids) {
      await api('POST', `/review/applications/${id}/declaration`, {
        token: chair,
        body: { conflicted: false },
      });
      const decided = await api('POST', `/review/applications/${id}/outcome`, {
        token: chair,
        body: { awarded: false, reason: 'Budsjettet er brukt opp.' },
      });
      expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    }
    await openAs(final.chair, 'final');
    await expect.poll(() => page.getByTestId('review-member').textContent()).toBe('Ingrid Innstilling');
    await page.getByTestId('finalise').click();
    await page.getByRole('dialog', { name: 'Fullføre innstillingen?' }).waitFor();
    await page.getByTestId('finalise-dialog').getByRole('button', { name: 'Avbryt' }).last().click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await auditFinaliseDialog(page, 'the finalise dialog');
    expect(csp).toEqual([]);
  }, 480_000);
});
