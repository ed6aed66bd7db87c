/**
 * The secretariat console's answers (ADR 093–094), in bokmål, nynorsk and English: a catalogue
 * (`./catalogue.ts`) keyed by stable codes — error codes and the field issues of its actions.
 * Written for the council's grant officers: say what is wrong and what to do about it.
 */
import type { Catalogue } from './catalogue.ts';

export const secretariatMessages = {
  LINK_NOT_FOUND: {
    nb: 'Vi fant ingen gyldig lenke med denne id-en i utlysningen. Den kan være trukket tilbake allerede; last inn oversikten på nytt.',
    nn: 'Vi fann inga gyldig lenkje med denne id-en i utlysinga. Ho kan vere trekt tilbake alt; last inn oversikta på nytt.',
    en: 'We found no live link with this id in the round. It may have been revoked already; reload the overview.',
  },
  STAGE_DEADLINE_PASSED: {
    nb: 'Fristen for dette utvalget har gått ut, så en ny lenke ville vært utløpt med en gang. Flytt fristen først, og send så lenken.',
    nn: 'Fristen for dette utvalet har gått ut, så ei ny lenkje ville ha gått ut med ein gong. Flytt fristen først, og send så lenkja.',
    en: "This committee's deadline has passed, so a new link would expire at once. Move the deadline first, then send the link.",
  },
  /** Field issue: a member id that is not in the committee (`committee`). */
  MEMBER_UNKNOWN: {
    nb: 'Det finnes ikke noe medlem med denne id-en i utvalget. Velg et medlem fra listen.',
    nn: 'Det finst ikkje noko medlem med denne id-en i utvalet. Vel eit medlem frå lista.',
    en: 'There is no member with this id in the committee. Choose a member from the list.',
  },
  /** Field issue: a date that would come before the one it must follow (`after`: that event's name). */
  DATE_ORDER: {
    nb: 'Datoen må være etter {after} ({at}).',
    nn: 'Datoen må vere etter {after} ({at}).',
    en: 'The date must be after {after} ({at}).',
  },
  /** Field issue: moving dates needs at least one. */
  DATES_REQUIRED: {
    nb: 'Velg minst én dato å flytte.',
    nn: 'Vel minst éin dato å flytte.',
    en: 'Choose at least one date to move.',
  },
  /** The events a round's dates name, for DATE_ORDER's `{after}`. */
  'event.applicationCloses': { nb: 'søknadsfristen', nn: 'søknadsfristen', en: 'the application deadline' },
  'event.expert': {
    nb: 'fristen for ekspertutvalget',
    nn: 'fristen for ekspertutvalet',
    en: "the expert committee's deadline",
  },
  'event.geographic': {
    nb: 'fristen for det geografiske utvalget',
    nn: 'fristen for det geografiske utvalet',
    en: "the geographic committee's deadline",
  },
  'event.final': {
    nb: 'fristen for innstillingsutvalget',
    nn: 'fristen for innstillingsutvalet',
    en: "the final committee's deadline",
  },
  'event.announcement': { nb: 'kunngjøringen', nn: 'kunngjeringa', en: 'the announcement' },
} as const satisfies Catalogue;
