/**
 * The public awards page (a lazy chunk): its own text, the committees' words it shares
 * (`shared/i18n/committees.ts`) and the application's parts it names
 * (`shared/i18n/application.ts`). A catalogue (`shared/i18n/catalogue.ts`).
 */
import type { Catalogue } from '../../../../shared/i18n/catalogue.ts';
import { applicationText } from '../../../../shared/i18n/application.ts';
import { committeeText } from '../../../../shared/i18n/committees.ts';

export const awardsText = {
  ...committeeText,
  'field.leadMunicipality': applicationText['application.leadMunicipality'],
  'field.partnerMunicipalities': applicationText['application.partnerMunicipalities'],
  'field.activityAreas': applicationText['application.activityAreas'],
  // ── the awards page (offentliggjøring) ─────────────────────────────────────────────
  'awards.title': { nb: 'Tildelinger', nn: 'Tildelingar', en: 'Awards' },
  'awards.openData': {
    nb: 'Last ned tildelingene som åpne data:',
    nn: 'Last ned tildelingane som opne data:',
    en: 'Download the awards as open data:',
  },
  'awards.licence': {
    nb: 'lisens: NLOD 2.0',
    nn: 'lisens: NLOD 2.0',
    en: 'licence: NLOD 2.0',
  },
  'awards.lead': {
    nb: 'Disse samarbeidene har fått tilskudd fra Inkluderende kulturskoler.',
    nn: 'Desse samarbeida har fått tilskot frå Inkluderende kulturskoler.',
    en: 'These collaborations have received grants from Inkluderende kulturskoler.',
  },
  'awards.lead.before': {
    nb: 'Her offentliggjør Norsk kulturskoleråd hvilke samarbeid som får tilskudd fra Inkluderende kulturskoler, når tildelingene er bestemt.',
    nn: 'Her offentleggjer Norsk kulturskoleråd kva samarbeid som får tilskot frå Inkluderende kulturskoler, når tildelingane er avgjorde.',
    en: 'Here Norsk kulturskoleråd announces which collaborations receive grants from Inkluderende kulturskoler, once the awards have been decided.',
  },
  'awards.lead.neutral': {
    nb: 'Tilskudd fra Inkluderende kulturskoler.',
    nn: 'Tilskot frå Inkluderende kulturskoler.',
    en: 'Grants from Inkluderende kulturskoler.',
  },
  'awards.notYet': {
    nb: 'Tildelingene i {round} er ikke offentliggjort ennå. De offentliggjøres {date}.',
    nn: 'Tildelingane i {round} er ikkje offentleggjorde enno. Dei blir offentleggjorde {date}.',
    en: 'The awards in {round} have not been announced yet. They will be announced {date}.',
  },
  'awards.noRounds': {
    nb: 'Det er ingen tildelinger å vise.',
    nn: 'Det er ingen tildelingar å vise.',
    en: 'There are no awards to show.',
  },
  'awards.summary': {
    nb: {
      one: 'Tilskudd til {count} samarbeid, til sammen {total}.',
      other: 'Tilskudd til {count} samarbeid, til sammen {total}.',
    },
    nn: {
      one: 'Tilskot til {count} samarbeid, til saman {total}.',
      other: 'Tilskot til {count} samarbeid, til saman {total}.',
    },
    en: {
      one: 'A grant to {count} collaboration, {total} in total.',
      other: 'Grants to {count} collaborations, {total} in total.',
    },
  },
  'awards.caption': { nb: 'Tildelinger i {round}', nn: 'Tildelingar i {round}', en: 'Awards in {round}' },
  'awards.col.measure': { nb: 'Tiltak', nn: 'Tiltak', en: 'Measure' },
  'awards.col.amount': { nb: 'Tildelt', nn: 'Tildelt', en: 'Awarded' },
} as const satisfies Catalogue;
