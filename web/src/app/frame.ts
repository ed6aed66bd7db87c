/**
 * The web app's frame — layout, navigation, loading, network errors, the error summary's
 * heading, the page not found — in bokmål, nynorsk and English. A catalogue of the one
 * mechanism (`shared/i18n/catalogue.ts`, docs/decisions/074-one-catalogue-of-text.md); the
 * first page loads it, and every `useText` looks in it after its own catalogue.
 */
import type { Catalogue } from '../../../shared/i18n/catalogue.ts';

export const frameText = {
  // ── the frame ───────────────────────────────────────────────────────────────────────
  'app.name': {
    nb: 'Inkluderende kulturskoler',
    nn: 'Inkluderende kulturskoler',
    en: 'Inkluderende kulturskoler',
  },
  'app.owner': { nb: 'Norsk kulturskoleråd', nn: 'Norsk kulturskoleråd', en: 'Norsk kulturskoleråd' },
  // Designsystemet's character counter; %d is the number of characters.
  'counter.under': { nb: '%d tegn igjen', nn: '%d teikn att', en: '%d characters left' },
  'counter.over': { nb: '%d tegn for mye', nn: '%d teikn for mykje', en: '%d characters too many' },
  'app.portal': { nb: 'Søknadsportal', nn: 'Søknadsportal', en: 'Application portal' },
  'app.skipLink': {
    nb: 'Hopp til hovedinnholdet',
    nn: 'Hopp til hovudinnhaldet',
    en: 'Skip to main content',
  },
  'app.language': { nb: 'Språk', nn: 'Språk', en: 'Language' },
  'app.nav': { nb: 'Hovedmeny', nn: 'Hovudmeny', en: 'Main menu' },
  'app.menu': { nb: 'Meny', nn: 'Meny', en: 'Menu' },
  'app.nav.about': { nb: 'Om ordningen', nn: 'Om ordninga', en: 'About the scheme' },
  'app.nav.start': { nb: 'Start søknad', nn: 'Start søknad', en: 'Start an application' },
  'app.loading': { nb: 'Laster …', nn: 'Lastar …', en: 'Loading …' },
  'app.retry': { nb: 'Prøv igjen', nn: 'Prøv igjen', en: 'Try again' },
  'app.cancel': { nb: 'Avbryt', nn: 'Avbryt', en: 'Cancel' },
  'app.networkError': {
    nb: 'Vi får ikke kontakt med søknadsportalen. Sjekk nettforbindelsen, og prøv igjen.',
    nn: 'Vi får ikkje kontakt med søknadsportalen. Sjekk nettsambandet, og prøv igjen.',
    en: 'We cannot reach the application portal. Check your internet connection and try again.',
  },
  'app.footer.contact': {
    nb: 'Spørsmål om ordningen? Skriv til {email}.',
    nn: 'Spørsmål om ordninga? Skriv til {email}.',
    en: 'Questions about the scheme? Write to {email}.',
  },
  'app.footer.nav': { nb: 'Om portalen', nn: 'Om portalen', en: 'About the portal' },
  'app.footer.awards': { nb: 'Tildelinger', nn: 'Tildelingar', en: 'Awards' },
  'app.footer.privacy': { nb: 'Personvern', nn: 'Personvern', en: 'Privacy' },
  'app.footer.accessibility': {
    nb: 'Tilgjengelighetserklæring',
    nn: 'Tilgjengeerklæring',
    en: 'Accessibility statement',
  },
  'app.footer.data': {
    nb: 'Kommunelister: © Kartverket (CC BY 4.0), inndeling fra SSB.',
    nn: 'Kommunelister: © Kartverket (CC BY 4.0), inndeling frå SSB.',
    en: 'Municipality lists: © Kartverket (CC BY 4.0), classification by SSB.',
  },
  'app.noRound': {
    nb: 'Det er ingen utlysning å søke på akkurat nå.',
    nn: 'Det er inga utlysing å søkje på akkurat no.',
    en: 'There is no funding round to apply to right now.',
  },
  'notFound.title': { nb: 'Fant ikke siden', nn: 'Fann ikkje sida', en: 'Page not found' },
  'notFound.body': {
    nb: 'Siden finnes ikke. Kanskje lenken er skrevet feil?',
    nn: 'Sida finst ikkje. Kanskje lenkja er skriven feil?',
    en: 'The page does not exist. Perhaps the link is mistyped?',
  },
  'notFound.home': { nb: 'Gå til forsiden', nn: 'Gå til framsida', en: 'Go to the front page' },
  'errors.heading': {
    nb: 'For å gå videre må du rette opp dette:',
    nn: 'For å gå vidare må du rette opp dette:',
    en: 'To continue, please correct the following:',
  },
} as const satisfies Catalogue;
