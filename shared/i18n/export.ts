/**
 * The committees' exports (`shared/review/export-sheet.ts`): column headers and cell words,
 * in the language of the member's page (its `Accept-Language`). A catalogue
 * (`./catalogue.ts`); the application's parts and the committees' names come from
 * `application.ts` and `committees.ts`.
 */
import type { Catalogue } from './catalogue.ts';

export const exportText = {
  // ── columns ───────────────────────────────────────────────────────────────────────
  'export.receipt': { nb: 'Kvittering', nn: 'Kvittering', en: 'Receipt' },
  'export.partners': {
    nb: 'Samarbeidsparter (org.nr.)',
    nn: 'Samarbeidspartar (org.nr.)',
    en: 'Partners (organisation no.)',
  },
  'export.contactName': { nb: 'Kontaktperson', nn: 'Kontaktperson', en: 'Contact person' },
  'export.contactEmail': { nb: 'E-post', nn: 'E-post', en: 'E-mail' },
  'export.contactPhone': { nb: 'Telefon', nn: 'Telefon', en: 'Phone' },
  'export.requestedIn': { nb: 'Søkt {schoolYear}', nn: 'Søkt {schoolYear}', en: 'Requested {schoolYear}' },
  'export.requestedTotal': { nb: 'Søkt totalt', nn: 'Søkt totalt', en: 'Requested in total' },
  'export.myDeclaration': { nb: 'Min habilitet', nn: 'Habiliteten min', en: 'My conflict of interest' },
  'export.assessments': { nb: 'Vurderinger', nn: 'Vurderingar', en: 'Assessments' },
  'export.average.activityAreaFit': {
    nb: 'Snitt aktivitetsområder',
    nn: 'Snitt aktivitetsområde',
    en: 'Average: activity areas',
  },
  'export.average.anchoring': { nb: 'Snitt forankring', nn: 'Snitt forankring', en: 'Average: anchoring' },
  'export.average.sustainability': {
    nb: 'Snitt bærekraft',
    nn: 'Snitt berekraft',
    en: 'Average: sustainability',
  },
  'export.recommended.qualified': {
    nb: 'Anbefalt kvalifisert',
    nn: 'Tilrådd kvalifisert',
    en: 'Recommended qualified',
  },
  'export.recommended.notQualified': {
    nb: 'Anbefalt ikke kvalifisert',
    nn: 'Tilrådd ikkje kvalifisert',
    en: 'Recommended not qualified',
  },
  'export.outcome': { nb: 'Utfall', nn: 'Utfall', en: 'Outcome' },
  'export.rank': { nb: 'Prioritet', nn: 'Prioritet', en: 'Priority' },
  'export.expertReason': {
    nb: 'Sakkyndig begrunnelse',
    nn: 'Sakkunnig grunngjeving',
    en: 'Expert committee’s reason',
  },
  'export.comment': { nb: 'Utvalgets kommentar', nn: 'Kommentaren frå utvalet', en: 'Committee’s comment' },
  'export.expertOutcome': {
    nb: 'Sakkyndig utvalgs vurdering',
    nn: 'Vurderinga til sakkunnig utval',
    en: 'Expert committee’s outcome',
  },
  'export.advisers': {
    nb: 'Geografiske rådgiveres kommentarer',
    nn: 'Kommentarane til dei geografiske rådgjevarane',
    en: 'Geographic advisers’ comments',
  },
  'export.geographicComment': {
    nb: 'Geografisk utvalgs kommentar',
    nn: 'Kommentaren frå geografisk utval',
    en: 'Geographic committee’s comment',
  },
  'export.awardedIn': { nb: 'Tildelt {schoolYear}', nn: 'Tildelt {schoolYear}', en: 'Awarded {schoolYear}' },
  'export.awardedTotal': { nb: 'Tildelt totalt', nn: 'Tildelt totalt', en: 'Awarded in total' },
  'export.declineReason': {
    nb: 'Begrunnelse for avslag',
    nn: 'Grunngjeving for avslag',
    en: 'Reason for decline',
  },
  // The final committee's budget table below the list: a row per budget year and the total.
  'export.budgetYear': { nb: 'Budsjettår', nn: 'Budsjettår', en: 'Budget year' },
  'export.budget': { nb: 'Budsjett', nn: 'Budsjett', en: 'Budget' },
  'export.awarded': { nb: 'Tildelt', nn: 'Tildelt', en: 'Awarded' },
  'export.remaining': { nb: 'Gjenstår', nn: 'Står att', en: 'Remaining' },
  'export.budgetTotal': { nb: 'Totalt', nn: 'Totalt', en: 'In total' },

  // ── cell words ────────────────────────────────────────────────────────────────────
  'export.declaration.none': { nb: 'ikke erklært', nn: 'ikkje erklært', en: 'not declared' },
  'export.declaration.conflicted': { nb: 'inhabil', nn: 'inhabil', en: 'conflicted' },
  'export.declaration.clear': { nb: 'habil', nn: 'habil', en: 'no conflict' },
  'export.qualified': { nb: 'kvalifisert', nn: 'kvalifisert', en: 'qualified' },
  'export.notQualified': { nb: 'ikke kvalifisert', nn: 'ikkje kvalifisert', en: 'not qualified' },
  'export.outcome.awarded': { nb: 'tildelt', nn: 'tildelt', en: 'awarded' },
  'export.outcome.declined': { nb: 'avslått', nn: 'avslått', en: 'declined' },
  // An art subject the applicant wrote in themselves: «Annet: Joik».
  'export.artSubjectOther': { nb: 'Annet: {text}', nn: 'Anna: {text}', en: 'Other: {text}' },
  // A partner with its organisation number: «Nord universitet (970422528)».
  'export.partner': { nb: '{name} ({number})', nn: '{name} ({number})', en: '{name} ({number})' },
} as const satisfies Catalogue;
