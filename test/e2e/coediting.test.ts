import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeDraft, tokenFromMail } from '../support/applications.ts';
import { minimalPdf } from '../support/files.ts';
import { uploadAttachment } from '../support/uploads.ts';
import { auditEverywhere } from './support/a11y.ts';
import {
  chooseOption,
  DESKTOP,
  launchBrowser,
  PHONE,
  portalContext,
  portalPage,
  screenshots,
  suggestionInput,
} from './support/browser.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * Co-editing in two browsers (issue 9 point 2, ADR 096/097): the owner invites a co-editor
 * from the application page, the co-editor signs in with the link in their own mail and
 * edits the same application, a conflict between the two is shown with who saved first and
 * resolved, the owner removes the co-editor (whose next visit is refused), and a colleague
 * who starts an application for the same municipality is told whose it is — the owner's
 * name, never an address — asks to join, and is invited when the owner accepts. axe on the
 * new pieces in three languages at desktop and phone width.
 */
let stack: BrowserStack;
let browser: Browser;
let owner: Page;
let coeditor: Page;

const ownerEmail = 'eier@bodo.example.no';
const coeditorEmail = 'partner@rana.example.no';
const colleagueEmail = 'kollega@bodo.example.no';
const visible = (locator: ReturnType<Page['locator']>) => locator.waitFor({ state: 'visible' });
const saved = (page: Page) =>
  visible(page.getByRole('status').filter({ hasText: /^Lagret kl\. \d\d:\d\d$/ }));
const stepHeading = (page: Page, name = 'Prosjekt og samarbeid') =>
  visible(page.getByRole('heading', { level: 2, name }));
const panel = (page: Page) => page.locator('.coeditors');

async function newPage(): Promise<Page> {
  const context = await portalContext(browser, { language: 'nb' });
  const page = await portalPage(context);
  return page;
}

async function askForLink(email: string, leadMunicipality: string) {
  const response = await fetch(`${stack.api}/applications`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, roundId: 'demo', leadMunicipality }),
  });
  expect(response.status).toBe(202);
  return stack.magicLink(email);
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([startBrowserStack(), launchBrowser()]);
  // The owner's draft, with the contact name they typed (what others may be told).
  const link = await askForLink(ownerEmail, '1804');
  const session = await fetch(`${stack.api}/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: tokenFromMail(link) }),
  }).then((r) => r.json() as Promise<{ accessToken: string; applicationId: string }>);
  const draft = await fetch(`${stack.api}/applications/${session.applicationId}/draft`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.accessToken}` },
    body: JSON.stringify({
      version: 1,
      draft: { leadMunicipality: '1804', title: 'Kultur for alle i Salten', contact: { name: 'Eva Eier' } },
    }),
  });
  expect(draft.status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('co-editing in two browsers', () => {
  it('lets the owner invite a co-editor from the application page', async () => {
    owner = await newPage();
    await owner.goto(await askForLink(ownerEmail, '1804'));
    await stepHeading(owner);
    await visible(panel(owner).getByText(/^Du opprettet søknaden/));

    await panel(owner).getByLabel('Medredaktørens navn').fill('Per Partner');
    await panel(owner).getByLabel('Medredaktørens e-postadresse').fill(coeditorEmail);
    await panel(owner).getByRole('button', { name: 'Send invitasjon' }).click();

    await visible(
      panel(owner)
        .getByRole('status')
        .filter({ hasText: `Invitasjonen er sendt til ${coeditorEmail}.` }),
    );
    await visible(panel(owner).getByText(`Per Partner (${coeditorEmail})`));
    const mail = (await stack.mails()).filter((m) => m.to.includes(coeditorEmail)).at(-1);
    expect(mail?.subject).toContain('Eva Eier');
    await screenshots(owner, 'coediting-01-owner-panel', { scrollTo: '.coeditors' });
    // axe on the owner's panel once it holds everything it can (the last test).
  });

  // axe in three languages at two widths takes a while on a shared machine.
  it(
    'lets the co-editor sign in with their own link and edit the same application',
    { timeout: 360_000 },
    async () => {
      coeditor = await newPage();
      await coeditor.goto(await stack.magicLink(coeditorEmail));
      await stepHeading(coeditor);
      expect(await coeditor.getByLabel('Prosjektets navn').inputValue()).toBe('Kultur for alle i Salten');
      await visible(panel(coeditor).getByText(/^Du er medredaktør/));
      await visible(panel(coeditor).getByText('Eva Eier opprettet søknaden.'));

      await coeditor.getByLabel('Prosjektets navn').fill('Kultur for alle i Salten og Rana');
      await saved(coeditor);

      await visible(
        panel(coeditor)
          .getByTestId('last-changed')
          .filter({ hasText: /^Sist endret av Per Partner kl\. / }),
      );
      await screenshots(coeditor, 'coediting-02-coeditor', { scrollTo: '.coeditors' });
      await auditEverywhere(coeditor, 'co-editors panel (co-editor)', () =>
        stepHeading(coeditor).catch(() => {}),
      );
    },
  );

  it('shows a conflict with who saved first, and resolves it', async () => {
    // The owner's tab still holds the version before the co-editor's save.
    await owner.getByLabel('Prosjektets navn').fill('Kultur for alle – eierens tittel');

    const dialog = owner.getByRole('dialog', { name: 'Søknaden er endret et annet sted' });
    await visible(dialog);
    expect(await dialog.getByTestId('conflict-saved-by').innerText()).toMatch(
      /^Per Partner lagret kl\. \d\d:\d\d og endret: Prosjektets navn\.$/,
    );
    const row = dialog.getByRole('row', { name: /Prosjektets navn/ });
    expect(await row.innerText()).toContain('Kultur for alle i Salten og Rana');
    expect(await row.innerText()).toContain('Kultur for alle – eierens tittel');
    await screenshots(owner, 'coediting-03-conflict');
    // On a phone the three columns can be wider than the dialog: they scroll in a region named by
    // the table's caption, which the keyboard reaches (WCAG 2.1.1; ADR 129) — just before the choices.
    await owner.setViewportSize(PHONE);
    const differences = dialog.getByRole('region', { name: 'Forskjeller' });
    // The first choice has the focus as the dialog opens (not the region before it).
    await dialog
      .getByRole('button', { name: 'Bruk den lagrede versjonen' })
      .and(owner.locator(':focus'))
      .waitFor();
    await owner.keyboard.press('Shift+Tab');
    await differences.and(owner.locator(':focus')).waitFor();
    await owner.setViewportSize(DESKTOP);
    await dialog.getByRole('button', { name: 'Bruk den lagrede versjonen' }).click();

    await dialog.waitFor({ state: 'hidden' });
    expect(await owner.getByLabel('Prosjektets navn').inputValue()).toBe('Kultur for alle i Salten og Rana');
    await visible(
      panel(owner)
        .getByTestId('last-changed')
        .filter({ hasText: /^Sist endret av Per Partner/ }),
    );
    await panel(owner).getByText('Siste endringer').click();
    await visible(
      panel(owner)
        .getByText(/Per Partner: Prosjektets navn$/)
        .first(),
    );
  });

  it('lets the owner remove the co-editor, whose next visit is refused', async () => {
    await panel(owner).getByRole('button', { name: 'Fjern Per Partner' }).click();
    await visible(panel(owner).getByRole('status').filter({ hasText: 'Per Partner er fjernet.' }));
    await visible(panel(owner).getByText('Ingen medredaktører ennå.'));

    await coeditor.reload();
    await visible(coeditor.getByRole('heading', { level: 1, name: 'Du må logge inn på nytt' }));
  });

  it(
    'tells a colleague starting for the same municipality whose it is, and lets them ask to join',
    { timeout: 480_000 },
    async () => {
      const colleague = await newPage();
      await colleague.goto(`${stack.web}/start`);
      await colleague.getByLabel('E-postadresse').fill(colleagueEmail);
      await chooseOption(suggestionInput(colleague, 'Søkerkommune'), 'Bodø', /^Bodø \(1804/);
      await colleague.locator('h1').click();
      await colleague.getByRole('button', { name: 'Send meg en lenke' }).click();
      await visible(colleague.getByRole('heading', { level: 1, name: 'Sjekk e-posten din' }));

      const notice = colleague.locator('.existing-application');
      await visible(notice.getByRole('heading', { level: 2, name: 'Bodø er allerede med i en søknad' }));
      const text = await notice.innerText();
      expect(text).toContain('Eva Eier');
      expect(text).not.toContain('@');
      await screenshots(colleague, 'coediting-04-existing', { scrollTo: '.existing-application' });
      await auditEverywhere(colleague, 'start page: an application already names the municipality');

      await notice.getByLabel('Navnet ditt').fill('Kari Kollega');
      await notice.getByRole('button', { name: 'Be om å bli med' }).click();
      await visible(notice.getByRole('status').filter({ hasText: /^Forespørselen er sendt\./ }));
      const told = (await stack.mails()).filter((m) => m.to.includes(ownerEmail)).at(-1);
      expect(told?.text).toContain('Kari Kollega');

      // The owner sees the request (the panel reads again when the tab is shown) and accepts.
      await owner.reload();
      await stepHeading(owner);
      const requests = panel(owner).getByRole('region', { name: 'Forespørsler om å bli med' });
      await visible(requests.getByText(/^Kari Kollega \(kollega@bodo\.example\.no\), Bodø, /));
      await screenshots(owner, 'coediting-05-join-request', { scrollTo: '.coeditors' });
      await auditEverywhere(owner, 'co-editors panel with a join request', () =>
        stepHeading(owner).catch(() => {}),
      );
      await requests.getByRole('button', { name: 'Godta Kari Kollega' }).click();
      await visible(panel(owner).getByRole('status').filter({ hasText: 'Kari Kollega er invitert.' }));

      await colleague.goto(await stack.magicLink(colleagueEmail));
      await stepHeading(colleague);
      expect(await colleague.getByLabel('Prosjektets navn').inputValue()).toBe(
        'Kultur for alle i Salten og Rana',
      );
      await visible(panel(colleague).getByText(/^Du er medredaktør/));
    },
  );

  it('offers the withdrawal and the data download to the owner of a submitted application, not to a co-editor', async () => {
    // Another application, submitted, with a co-editor (the API refuses them a withdrawal: OWNER_ONLY).
    const api = async (method: string, path: string, body?: unknown, token?: string) => {
      const response = await fetch(stack.api + path, {
        method,
        headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null, headers: {} };
    };
    const submitter = 'eier@oslo.example.no';
    const helper = 'medredaktor@oslo.example.no';
    const session = (
      await api('POST', '/sessions', { token: tokenFromMail(await askForLink(submitter, '0301')) })
    ).body as { accessToken: string; applicationId: string };
    const { accessToken, applicationId } = session;
    const rounds = await api('GET', '/rounds');
    const schoolYear = rounds.body.rounds.find((r: { id: string }) => r.id === 'demo').schoolYears[0].id;
    const draft = completeDraft([schoolYear], { leadMunicipality: '0301', partnerMunicipalities: ['3301'] });
    expect(
      (await api('PUT', `/applications/${applicationId}/draft`, { version: 1, draft }, accessToken)).status,
    ).toBe(200);
    await uploadAttachment(
      (method, path, options) => api(method, path, options?.body, options?.token),
      accessToken,
      applicationId,
      { fileName: 'intensjonsavtale.pdf', contentType: 'application/pdf', bytes: minimalPdf() },
    );
    await stack.stack.idle();
    const invited = await api(
      'POST',
      `/applications/${applicationId}/coeditors`,
      { email: helper, name: 'Mona Medredaktør' },
      accessToken,
    );
    expect(invited.status).toBe(201);
    expect((await api('POST', `/applications/${applicationId}/submit`, undefined, accessToken)).status).toBe(
      200,
    );

    const helperPage = await newPage();
    await helperPage.goto(await stack.magicLink(helper));
    await visible(helperPage.getByRole('heading', { level: 1, name: 'Kvittering' }));
    await visible(helperPage.getByTestId('owner-only'));
    expect(await helperPage.getByRole('button', { name: 'Trekk søknaden' }).count()).toBe(0);
    expect(await helperPage.getByRole('button', { name: 'Last ned mine data' }).count()).toBe(0);
    await screenshots(helperPage, 'coediting-06-coeditor-receipt');

    const ownerPage = await newPage();
    await ownerPage.goto(await askForLink(submitter, '0301'));
    const withdraw = ownerPage.getByRole('button', { name: 'Trekk søknaden' });
    await visible(withdraw);
    await visible(ownerPage.getByRole('button', { name: 'Last ned mine data' }));
    expect(await ownerPage.getByTestId('owner-only').count()).toBe(0);
    // The confirmation is a dialog named by its question; cancelling gives the focus back.
    await withdraw.click();
    const dialog = ownerPage.getByRole('dialog', { name: 'Vil du trekke søknaden?' });
    await visible(dialog);
    await dialog.getByRole('button', { name: 'Avbryt' }).last().click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => ownerPage.evaluate('document.activeElement?.dataset.testid')).toBe('withdraw');
  });
});
