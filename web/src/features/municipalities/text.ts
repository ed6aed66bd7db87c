/**
 * The municipality picker (start page, project step). A catalogue
 * (`shared/i18n/catalogue.ts`).
 */
import type { Catalogue } from '../../../../shared/i18n/catalogue.ts';

/** The picker's words for screen readers (Designsystemet's Suggestion reads them from `data-sr-*`). */
export const SCREEN_READER_TEXTS = [
  'added',
  'clear',
  'empty',
  'found',
  'invalid',
  'items',
  'of',
  'remove',
  'removed',
  'toggle',
  'singular',
  'plural',
] as const;

export const municipalityText = {
  'field.municipality.option': {
    nb: '{name} ({number}, {county})',
    nn: '{name} ({number}, {county})',
    en: '{name} ({number}, {county})',
  },
  'field.municipality.none': {
    nb: 'Ingen kommuner passer søket.',
    nn: 'Ingen kommunar passar søket.',
    en: 'No municipality matches.',
  },
  // `%d` is the Suggestion's own placeholder for a count.
  'field.municipality.sr.added': { nb: 'La til', nn: 'La til', en: 'Added' },
  'field.municipality.sr.clear': { nb: 'Tøm søket', nn: 'Tøm søket', en: 'Clear the search' },
  'field.municipality.sr.empty': { nb: 'Ingen valgte', nn: 'Ingen valde', en: 'None chosen' },
  'field.municipality.sr.found': {
    nb: 'Gå til venstre for å finne %d valgte',
    nn: 'Gå til venstre for å finne %d valde',
    en: 'Move left to find %d chosen',
  },
  'field.municipality.sr.invalid': { nb: 'Ugyldig valg', nn: 'Ugyldig val', en: 'Not a valid choice' },
  'field.municipality.sr.items': { nb: 'Valgte', nn: 'Valde', en: 'Chosen' },
  'field.municipality.sr.of': { nb: 'av', nn: 'av', en: 'of' },
  'field.municipality.sr.remove': {
    nb: 'Trykk for å fjerne',
    nn: 'Trykk for å fjerne',
    en: 'Press to remove',
  },
  'field.municipality.sr.removed': { nb: 'Fjernet', nn: 'Fjerna', en: 'Removed' },
  'field.municipality.sr.toggle': { nb: 'Forslag', nn: 'Forslag', en: 'Suggestions' },
  'field.municipality.sr.singular': { nb: '%d kommune', nn: '%d kommune', en: '%d municipality' },
  'field.municipality.sr.plural': { nb: '%d kommuner', nn: '%d kommunar', en: '%d municipalities' },
} as const satisfies Catalogue;
