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
  'export.awardedIn': { nb: 'Tildelt {schoolYear}', nn: 'Tildelt {schoolYear}', en: 'Awarded {schoolYear}' },
  'export.awardedTotal': { nb: 'Tildelt totalt', nn: 'Tildelt totalt', en: 'Awarded in total' },
  'export.declineReason': {
    nb: 'Begrunnelse for avslag',
    nn: 'Grunngjeving for avslag',
    en: 'Reason for decline',
  },
  // The final committee's budget rows below the list.
  'export.budgetYear': { nb: 'Budsjett {year}', nn: 'Budsjett {year}', en: 'Budget {year}' },
  'export.budgetTotal': { nb: 'Budsjett totalt', nn: 'Budsjett totalt', en: 'Budget in total' },

  // ── cell words ────────────────────────────────────────────────────────────────────
  'export.declaration.none': { nb: 'ikke erklært', nn: 'ikkje erklært', en: 'not declared' },
  'export.declaration.conflicted': { nb: 'inhabil', nn: 'inhabil', en: 'conflicted' },
  'export.declaration.clear': { nb: 'habil', nn: 'habil', en: 'no conflict' },
  'export.qualified': { nb: 'kvalifisert', nn: 'kvalifisert', en: 'qualified' },
  'export.notQualified': { nb: 'ikke kvalifisert', nn: 'ikkje kvalifisert', en: 'not qualified' },
} as const satisfies Catalogue;
