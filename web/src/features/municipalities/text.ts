/**
 * The municipality combobox (start page, project step). A catalogue
 * (`shared/i18n/catalogue.ts`).
 */
import type { Catalogue } from '../../../../shared/i18n/catalogue.ts';

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
  'field.municipality.remove': { nb: 'Fjern {name}', nn: 'Fjern {name}', en: 'Remove {name}' },
  'field.municipality.clear': { nb: 'Fjern alle', nn: 'Fjern alle', en: 'Remove all' },
} as const satisfies Catalogue;
