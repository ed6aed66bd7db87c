import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exeHeader, minimalPdf } from '../support/files.ts';
import {
  chooseOption,
  launchBrowser,
  portalContext,
  portalPage,
  screenshotOnFailure,
  screenshots,
  servePortalCsp,
  suggestionInput,
} from './support/browser.ts';
import { startBrowserStack, type BrowserStack } from './support/stack.ts';

/**
 * A kulturskole leader's whole journey in a real browser (Debian's Chromium), against the
 * local stack with the built web app: learn about the scheme, start, open the magic link,
 * fill every step (with an error on the way), attach a letter of intent (and see a renamed
 * executable rejected), come back after a reload, submit, get the receipt.
 */
let stack: BrowserStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;

/** Messages of the browser about anything the Content-Security-Policy refused. */
let cspViolations: string[] = [];

beforeAll(async () => {
  // A page the test fulfils itself (to add the CSP header) has no network address, so Chromium's
  // Local Network Access check would refuse its calls to the loopback API: off for this browser.
  [stack, browser] = await Promise.all([
    startBrowserStack(),
    launchBrowser(['--disable-features=LocalNetworkAccessChecks']),
  ]);
  context = await portalContext(browser);
  // The pages are served with the CSP CloudFront sends (infra/constructs/web.ts), with the
  // local API and storage origins: the app must work without inline scripts or styles.
  cspViolations = await servePortalCsp(context, stack);
  page = await portalPage(context);
});
// A failing step leaves a picture of the page behind (the path is printed).
screenshotOnFailure('journey', () => page);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const email = 'leder@kulturskole.example.no';
const visible = (locator: ReturnType<Page['locator']>) => locator.waitFor({ state: 'visible' });
const next = () => page.getByRole('button', { name: 'Neste steg' }).click();
const stepHeading = (name: string) => visible(page.getByRole('heading', { level: 2, name }));
const saved = () => visible(page.getByRole('status').filter({ hasText: /^Lagret kl\. \d\d:\d\d$/ }));

async function chooseMunicipality(label: string, search: string, option: RegExp, multiple = false) {
  await chooseOption(suggestionInput(page, label), search, option, { multiple });
  await page.locator('h1').click(); // close the list (it stays open to choose more)
}

describe('the applicant portal in a browser', () => {
  it('shows the scheme, from the round’s configuration', async () => {
    await page.goto(stack.web);
    // The scheme's own text at once; the round's status (its title a level-2 heading) when GET /rounds answers
    await visible(page.getByRole('heading', { level: 1, name: 'Inkluderende kulturskoler' }));
    await visible(page.getByRole('heading', { level: 2, name: 'Inkluderende kulturskoler – demo' }));
    const text = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
    expect(text).toContain('12 500 000 kr'); // the demo round's two budget years
    expect(text).toContain('Interkommunale tiltak');
    expect(text).toMatch(/Søknadsperioden varer fra .* til .* kl\. 23:59/);
    expect(text).toMatch(/Tildelingene offentliggjøres i uke \d+/);
    expect(text).toContain('mandag, onsdag og fredag kl. 09:00–10:00');
    // Nynorsk in Chromium, which has no nynorsk data of its own (ADR 074): nynorsk weekdays,
    // dates through the bokmål fallback, never Intl's American English
    await page.getByRole('button', { name: 'Nynorsk' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Føremålet' }));
    const nynorsk = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
    expect(nynorsk).toContain('måndag, onsdag og fredag kl. 09:00–10:00');
    expect(nynorsk).toMatch(/Søknadsperioden varer frå \d{1,2}\. [a-zæøå]+ \d{4} kl\. \d\d:\d\d til /);
    await page.getByRole('button', { name: 'Bokmål' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Formålet' }));
    await screenshots(page, '01-about');
    await page.getByRole('tab', { name: /Digital utvikling/ }).click();
    await visible(page.getByText('Piloter for digital formidling av scenekunst og konsert'));
  });

  it('starts an application and sends a magic link', async () => {
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Start søknad' })
      .click();
    await visible(page.getByRole('heading', { level: 1, name: 'Start en søknad' }));

    // Nothing filled in: both fields are named in the error summary, which links to them.
    await page.getByRole('button', { name: 'Send meg en lenke' }).click();
    const summary = page.locator('.error-list');
    await visible(summary);
    await summary.getByRole('link', { name: 'Skriv e-postadressen din.' }).click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('start-email');

    await page.getByLabel('E-postadresse').fill(email);
    await chooseMunicipality('Søkerkommune', 'Oslo', /^Oslo \(0301, Oslo\)$/);
    await screenshots(page, '02-start');
    await page.getByRole('button', { name: 'Send meg en lenke' }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Sjekk e-posten din' }));
    await screenshots(page, '03-check-email');
  });

  it('opens the magic link and fills in the project step, with errors shown and corrected', async () => {
    const link = await stack.magicLink(email);
    expect(link.startsWith(stack.web)).toBe(true);
    await page.goto(link);
    await stepHeading('Prosjekt og samarbeid');
    expect(page.url()).toMatch(/\/application\/[^/]+\/project$/); // the token is gone from the address

    // The step's rules, before anything is typed: summary + messages next to the fields.
    await next();
    const summary = page.locator('.error-list');
    await visible(summary);
    await visible(summary.getByRole('link', { name: 'Gi prosjektet et navn.' }));
    await screenshots(page, '04-project-errors');
    await summary.getByRole('link', { name: 'Gi prosjektet et navn.' }).click();
    expect(await page.evaluate('document.activeElement?.id')).toBe('field-title');

    await page.getByLabel('Prosjektets navn').fill('Fordypning for alle i Osloregionen');
    await chooseMunicipality('Samarbeidskommuner', 'Drammen', /^Drammen \(3301/, true);
    await chooseMunicipality('Samarbeidskommuner', 'Bergen', /^Bergen \(4601/, true);
    await page.getByRole('button', { name: 'Legg til samarbeidspart' }).click();
    const partner = page.getByRole('group', { name: 'Samarbeidspart 1' });
    const type = partner.getByRole('group', { name: 'Type samarbeidspart' });
    await type.getByRole('radio', { name: 'Folkehøgskole' }).check();
    await type.getByRole('radio', { name: 'Videregående skole (også MDD/KDA)' }).check();
    await partner.getByLabel('Navn').fill('Foss videregående skole');
    await partner.getByLabel(/Organisasjonsnummer/).fill('974 760 673');
    await saved();
    await screenshots(page, '05-project');

    // Survives a reload: everything was saved as it was typed.
    await page.reload();
    await stepHeading('Prosjekt og samarbeid');
    expect(await page.getByLabel('Prosjektets navn').inputValue()).toBe('Fordypning for alle i Osloregionen');
  });

  it('shows what another tab saved instead of overwriting it (409)', async () => {
    // Prepare: the same application open in a second tab, which saves a new title first.
    // (Opened from this tab, as a middle-click or "open in new tab" does: it copies the tab's
    // sessionStorage, where the session is kept — ADR 086.)
    const url = page.url();
    const [other] = await Promise.all([
      context.waitForEvent('page'),
      page.evaluate(`void window.open(${JSON.stringify(url)})`),
    ]);
    other.setDefaultTimeout(15_000);
    const stored = other.waitForResponse(
      (response) =>
        response.request().method() === 'PUT' &&
        response.url().endsWith('/draft') &&
        response.ok() &&
        (response.request().postData() ?? '').includes('fra fane 2'),
    );
    await other.getByLabel('Prosjektets navn').fill('Fordypning for alle – fra fane 2');
    await stored;
    await visible(other.getByRole('status').filter({ hasText: /^Lagret kl\. / }));

    // Act: this tab, still on the older version, edits the same field.
    await page.getByLabel('Prosjektets navn').fill('Fordypning for alle i Osloregionen og omegn');

    // Assess: a dialog names the field and shows both versions; nothing was overwritten.
    const dialog = page.getByRole('dialog', { name: 'Søknaden er endret et annet sted' });
    await visible(dialog);
    const row = dialog.getByRole('row', { name: /Prosjektets navn/ });
    expect(await row.innerText()).toContain('Fordypning for alle – fra fane 2');
    expect(await row.innerText()).toContain('Fordypning for alle i Osloregionen og omegn');
    await screenshots(page, '05b-conflict');
    await dialog.getByRole('button', { name: 'Behold mine endringer' }).click();
    await saved();
    await other.close();
    await page.getByLabel('Prosjektets navn').fill('Fordypning for alle i Osloregionen');
    await saved();
    await next();
  });

  it('fills in school years, activity areas, art subjects and pupils', async () => {
    await stepHeading('Skoleår og aktivitetsområder');
    await page.getByRole('group', { name: 'Skoleår' }).getByRole('checkbox').first().check();
    await page.getByRole('checkbox', { name: /^1a – / }).check();
    await page
      .getByLabel(/^Tiltaket innen 1a/)
      .fill('Et fast fordypningstilbud i musikk og dans for elever i alle tre kommunene.');
    await page.getByRole('checkbox', { name: /^4b – / }).check();
    await page
      .getByLabel(/^Tiltaket innen 4b/)
      .fill('Digitale konserter som formidler elevenes arbeid til hele regionen.');
    await screenshots(page, '06-activities');
    await next();

    await stepHeading('Kunstfag og elever');
    await page.getByRole('checkbox', { name: 'Musikk' }).check();
    await page.getByRole('checkbox', { name: 'Dans' }).check();
    await page.getByLabel('Målgruppe').fill('Elever i alderen 12–19 år med særlig interesse og motivasjon.');
    await page.getByLabel('Antall elever').fill('45');
    await screenshots(page, '07-pupils');
    await next();
  });

  it('attaches letters of intent: a renamed executable is rejected, a real PDF accepted', async () => {
    await stepHeading('Forankring og vedlegg');
    await page
      .getByRole('textbox', { name: 'Forankring' })
      .fill('Vedtatt i alle tre kommunestyrene; intensjonsavtaler er signert av rektorene.');

    // A Windows program renamed to .pdf passes the browser's name check; the server's
    // verification reads its first bytes and rejects it, with the reason shown.
    await page
      .getByLabel('Velg fil')
      .setInputFiles({ name: 'intensjonsavtale.pdf', mimeType: 'application/pdf', buffer: exeHeader() });
    await page.getByRole('button', { name: 'Last opp' }).click();
    const rejected = page
      .getByRole('row')
      .filter({ hasText: 'intensjonsavtale.pdf' })
      .filter({ hasText: 'Avvist' });
    await visible(rejected);
    expect(await rejected.innerText()).toContain('Innholdet i filen stemmer ikke med filtypen');

    // A type outside the allow-list never leaves the browser.
    await page
      .getByLabel('Velg fil')
      .setInputFiles({ name: 'program.exe', mimeType: 'application/octet-stream', buffer: exeHeader() });
    await page.getByRole('button', { name: 'Last opp' }).click();
    await visible(page.getByText('Denne filtypen kan ikke lastes opp.'));

    await page.getByLabel('Velg fil').setInputFiles({
      name: 'intensjonsavtale-signert.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(),
    });
    await page.getByRole('button', { name: 'Last opp' }).click();
    await visible(
      page
        .getByRole('row')
        .filter({ hasText: 'intensjonsavtale-signert.pdf' })
        .filter({ hasText: 'Godkjent' }),
    );
    await screenshots(page, '08-anchoring-attachments');

    // The rejected one can be deleted.
    await page.getByRole('button', { name: 'Slett intensjonsavtale.pdf' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: /^intensjonsavtale\.pdf/ })
      .waitFor({ state: 'detached' });
    await next();
  });

  it('describes sustainability and draws up the budget with live totals', async () => {
    await stepHeading('Bærekraft');
    await page
      .getByRole('textbox', { name: 'Bærekraft' })
      .fill('Tilbudet videreføres i kommunenes ordinære budsjetter.');
    await screenshots(page, '09-sustainability');
    await next();

    await stepHeading('Budsjett');
    await page.getByLabel('Kostnad 1: Hva kostnaden gjelder').fill('Lærerressurser');
    await page.getByLabel('Kostnad 1: Beløp (kr)').fill('400000');
    await page.getByRole('button', { name: 'Legg til kostnad' }).click();
    await page.getByLabel('Kostnad 2: Hva kostnaden gjelder').fill('Reise og samlinger');
    await page.getByLabel('Kostnad 2: Beløp (kr)').fill('100 000');
    await page.getByLabel('Egenandel (kr)').fill('150000');
    await page.getByLabel('Annen finansiering (kr)').fill('50000');
    await visible(page.getByText(/Søknadsbeløp for skoleåret \d{4}–\d{4}: 300\s000\skr/));
    expect(await page.getByTestId('requested-total').innerText()).toBe('300\u00a0000\u00a0kr');
    await saved();
    await screenshots(page, '10-budget');
    await next();
  });

  it('names the contact person, reviews and submits, and shows the receipt', async () => {
    await stepHeading('Kontaktperson');
    // Exact labels: the co-editors' panel beside the step asks for "Medredaktørens navn/e-postadresse".
    expect(await page.getByLabel('E-postadresse', { exact: true }).inputValue()).toBe(email); // from the start page
    await page.getByLabel('Navn', { exact: true }).fill('Kari Nordmann');
    await page.getByLabel('Telefonnummer').fill('912 34 567');
    await screenshots(page, '11-contact');
    await next();

    await stepHeading('Se over og send inn');
    await visible(page.getByText('Alt er fylt ut. Søknaden er klar til å sendes inn.'));
    await screenshots(page, '12-review', { fullPage: true });
    await page.getByRole('button', { name: 'Send inn søknaden' }).click();

    await visible(page.getByRole('heading', { level: 1, name: 'Kvittering' }));
    expect(await page.getByTestId('receipt-number').innerText()).toMatch(/^IK-DEMO-/);
    expect(await page.getByTestId('stage').innerText()).toBe('Til behandling');
    expect(await page.getByTestId('status-note').innerText()).toMatch(
      /^Søknaden er til behandling\. Tildelingene offentliggjøres \d+\. \p{L}+ \d{4}\.$/u,
    );
    const receipt = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
    expect(receipt).toContain('Fordypning for alle i Osloregionen');
    expect(receipt).toContain('Drammen (3301');
    expect(receipt).toContain('300 000 kr');
    await screenshots(page, '13-receipt');
    // The receipt mail is the workflow's (ADR 128: a task in the function host's worker): wait for it.
    await expect
      .poll(
        async () =>
          (await stack.mails()).some((mail) => mail.to.includes(email) && /IK-DEMO-/.test(mail.subject)),
        { timeout: 30_000, interval: 200 },
      )
      .toBe(true);
  });

  it('ran the whole journey under the Content-Security-Policy without a violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
