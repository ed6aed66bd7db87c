/**
 * The committees' names and the words of their decisions, shared by the invitation and
 * reminder e-mails, the exports and the review pages: a catalogue (`./catalogue.ts`).
 */
import type { Catalogue } from './catalogue.ts';

export const committeeText = {
  // As a title or a heading: the review page, the export's sheet.
  'committee.name.expert': { nb: 'Sakkyndig utvalg', nn: 'Sakkunnig utval', en: 'Expert committee' },
  'committee.name.geographic': {
    nb: 'Geografisk utvalg',
    nn: 'Geografisk utval',
    en: 'Geographic committee',
  },
  'committee.name.final': { nb: 'Innstillingsutvalget', nn: 'Innstillingsutvalet', en: 'Final committee' },
  // Inside a sentence: «Søknader til behandling i sakkyndig utvalg».
  'committee.inText.expert': { nb: 'sakkyndig utvalg', nn: 'sakkunnig utval', en: 'the expert committee' },
  'committee.inText.geographic': {
    nb: 'geografisk utvalg',
    nn: 'geografisk utval',
    en: 'the geographic committee',
  },
  'committee.inText.final': {
    nb: 'innstillingsutvalget',
    nn: 'innstillingsutvalet',
    en: 'the final committee',
  },
  'committee.outcome.reason': { nb: 'Begrunnelse', nn: 'Grunngjeving', en: 'Reason' },
  // An application's municipality on the review and awards pages: «Bodø (Nordland)».
  'committee.municipality': { nb: '{name} ({county})', nn: '{name} ({county})', en: '{name} ({county})' },
  'committee.total': { nb: 'Totalt', nn: 'Totalt', en: 'Total' },
} as const satisfies Catalogue;
