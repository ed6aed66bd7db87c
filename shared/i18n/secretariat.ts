/**
 * The secretariat console's answers (ADR 093–094), in bokmål, nynorsk and English: a catalogue
 * (`./catalogue.ts`) keyed by stable codes — error codes and the field issues of its actions.
 * Written for the council's grant officers: say what is wrong and what to do about it. Each
 * answer is its own export: a route's declaration names those it answers (ADR 119).
 */
import type { Catalogue, Entry } from './catalogue.ts';

export const LINK_NOT_FOUND = {
  nb: 'Vi fant ingen gyldig lenke med denne id-en i utlysningen. Den kan være trukket tilbake allerede; last inn oversikten på nytt.',
  nn: 'Vi fann inga gyldig lenkje med denne id-en i utlysinga. Ho kan vere trekt tilbake alt; last inn oversikta på nytt.',
  en: 'We found no live link with this id in the round. It may have been revoked already; reload the overview.',
} as const satisfies Entry;
export const STAGE_DEADLINE_PASSED = {
  nb: 'Fristen for dette utvalget har gått ut, så en ny lenke ville vært utløpt med en gang. Flytt fristen først, og send så lenken.',
  nn: 'Fristen for dette utvalet har gått ut, så ei ny lenkje ville ha gått ut med ein gong. Flytt fristen først, og send så lenkja.',
  en: "This committee's deadline has passed, so a new link would expire at once. Move the deadline first, then send the link.",
} as const satisfies Entry;
/** Field issue: a member id that is not in the committee (`committee`). */
export const MEMBER_UNKNOWN = {
  nb: 'Det finnes ikke noe medlem med denne id-en i utvalget. Velg et medlem fra listen.',
  nn: 'Det finst ikkje noko medlem med denne id-en i utvalet. Vel eit medlem frå lista.',
  en: 'There is no member with this id in the committee. Choose a member from the list.',
} as const satisfies Entry;
/** Field issue: the date would come before the one it must follow (the order below). */
export const DATE_TOO_EARLY = {
  nb: 'Datoene må komme i denne rekkefølgen: søknadsfristen, fristene for ekspertutvalget, det geografiske utvalget og innstillingsutvalget, og til slutt kunngjøringen. Velg en senere dato.',
  nn: 'Datoane må kome i denne rekkjefølgja: søknadsfristen, fristane for ekspertutvalet, det geografiske utvalet og innstillingsutvalet, og til slutt kunngjeringa. Vel ein seinare dato.',
  en: "The dates must come in this order: the application deadline, the expert, geographic and final committees' deadlines, and last the announcement. Choose a later date.",
} as const satisfies Entry;
/** Field issue: the date would come after the one that must follow it. */
export const DATE_TOO_LATE = {
  nb: 'Datoene må komme i denne rekkefølgen: søknadsfristen, fristene for ekspertutvalget, det geografiske utvalget og innstillingsutvalget, og til slutt kunngjøringen. Velg en tidligere dato, eller flytt den neste datoen først.',
  nn: 'Datoane må kome i denne rekkjefølgja: søknadsfristen, fristane for ekspertutvalet, det geografiske utvalet og innstillingsutvalet, og til slutt kunngjeringa. Vel ein tidlegare dato, eller flytt den neste datoen først.',
  en: "The dates must come in this order: the application deadline, the expert, geographic and final committees' deadlines, and last the announcement. Choose an earlier date, or move the next date first.",
} as const satisfies Entry;
/** Field issue: moving dates needs at least one. */
export const DATES_REQUIRED = {
  nb: 'Velg minst én dato å flytte.',
  nn: 'Vel minst éin dato å flytte.',
  en: 'Choose at least one date to move.',
} as const satisfies Entry;
export const ANNOUNCEMENT_NOT_READY = {
  nb: 'Innstillingsutvalget har ikke sluttført vedtaket sitt ennå, så det er ingenting å kunngjøre. Kunngjør når vedtaket er sluttført.',
  nn: 'Innstillingsutvalet har ikkje fullført vedtaket sitt enno, så det er ingenting å kunngjere. Kunngjer når vedtaket er fullført.',
  en: 'The final committee has not finalised its decision yet, so there is nothing to announce. Announce once the decision is finalised.',
} as const satisfies Entry;

export const secretariatMessages = {
  LINK_NOT_FOUND,
  STAGE_DEADLINE_PASSED,
  MEMBER_UNKNOWN,
  DATE_TOO_EARLY,
  DATE_TOO_LATE,
  DATES_REQUIRED,
  ANNOUNCEMENT_NOT_READY,
} as const satisfies Catalogue;
