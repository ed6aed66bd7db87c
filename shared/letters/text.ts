/**
 * The decision letter's words (ADR 099), in bokmål, nynorsk and English: a catalogue
 * (shared/i18n/catalogue.ts). The round's own text — letterhead, signatory, how to ask for the
 * reasons or complain, the conditions — is its configuration's (`decisionLetterOf`, `grant`).
 */
import type { Catalogue } from '../i18n/catalogue.ts';

export const letterText = {
  'letter.caseNumber': { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case number' },
  'letter.date': { nb: 'Dato', nn: 'Dato', en: 'Date' },
  'letter.to': { nb: 'Til', nn: 'Til', en: 'To' },
  'letter.attention': { nb: 'v/ {name}', nn: 'v/ {name}', en: 'Attn. {name}' },
  'letter.heading.AWARDED': {
    nb: 'Vedtak om tilskudd: {title}',
    nn: 'Vedtak om tilskot: {title}',
    en: 'Decision on a grant: {title}',
  },
  'letter.heading.DECLINED': {
    nb: 'Avslag på søknad om tilskudd: {title}',
    nn: 'Avslag på søknad om tilskot: {title}',
    en: 'Application for a grant declined: {title}',
  },
  'letter.heading.NOT_QUALIFIED': {
    nb: 'Søknaden er ikke kvalifisert: {title}',
    nn: 'Søknaden er ikkje kvalifisert: {title}',
    en: 'The application did not qualify: {title}',
  },
  'letter.intro': {
    nb: 'Norsk kulturskoleråd har behandlet søknaden «{title}» i {round}, sendt av {lead} på vegne av {municipalities}.',
    nn: 'Norsk kulturskoleråd har handsama søknaden «{title}» i {round}, send av {lead} på vegner av {municipalities}.',
    en: 'Norsk kulturskoleråd has processed the application “{title}” in {round}, sent by {lead} on behalf of {municipalities}.',
  },
  'letter.outcome.AWARDED': {
    nb: 'Dere får tilskudd på til sammen {total}.',
    nn: 'De får tilskot på til saman {total}.',
    en: 'You are awarded a grant of {total} in total.',
  },
  'letter.outcome.reduced': {
    nb: 'Det er mindre enn de {requested} dere søkte om. Begrunnelsen står nedenfor.',
    nn: 'Det er mindre enn dei {requested} de søkte om. Grunngjevinga står nedanfor.',
    en: 'This is less than the {requested} you applied for. The reasons are given below.',
  },
  'letter.outcome.DECLINED': {
    nb: 'Søknaden får ikke tilskudd. Begrunnelsen står nedenfor.',
    nn: 'Søknaden får ikkje tilskot. Grunngjevinga står nedanfor.',
    en: 'The application is not awarded a grant. The reasons are given below.',
  },
  'letter.outcome.NOT_QUALIFIED': {
    nb: 'Det sakkyndige utvalget har vurdert at søknaden ikke er kvalifisert for tilskudd. Begrunnelsen står nedenfor.',
    nn: 'Det sakkunnige utvalet har vurdert at søknaden ikkje er kvalifisert for tilskot. Grunngjevinga står nedanfor.',
    en: 'The expert committee has assessed that the application does not qualify for a grant. The reasons are given below.',
  },
  'letter.amounts': { nb: 'Tilskudd per skoleår', nn: 'Tilskot per skuleår', en: 'Grant per school year' },
  'letter.total': { nb: 'Til sammen', nn: 'Til saman', en: 'Total' },
  'letter.reasons': { nb: 'Begrunnelse', nn: 'Grunngjeving', en: 'Reasons' },
  'letter.conditions': { nb: 'Vilkår', nn: 'Vilkår', en: 'Conditions' },
  'letter.deadlines': { nb: 'Frister', nn: 'Fristar', en: 'Deadlines' },
  'letter.acceptBy': {
    nb: 'Dere aksepterer tilskuddet og vilkårene i søknadsportalen innen {date}.',
    nn: 'De aksepterer tilskotet og vilkåra i søknadsportalen innan {date}.',
    en: 'You accept the grant and its conditions in the application portal by {date}.',
  },
  'letter.reportDue': {
    nb: '{schoolYear}: rapport innen {date}.',
    nn: '{schoolYear}: rapport innan {date}.',
    en: '{schoolYear}: report by {date}.',
  },
  'letter.complaint': {
    nb: 'Begrunnelse og klage',
    nn: 'Grunngjeving og klage',
    en: 'Reasons and complaints',
  },
  'letter.contact': { nb: 'Kontakt: {email}', nn: 'Kontakt: {email}', en: 'Contact: {email}' },
  'letter.greeting': { nb: 'Med vennlig hilsen', nn: 'Med venleg helsing', en: 'Yours sincerely' },
  'letter.documentTitle': {
    nb: 'Vedtaksbrev {caseNumber}',
    nn: 'Vedtaksbrev {caseNumber}',
    en: 'Decision letter {caseNumber}',
  },
  'letter.page': { nb: 'Side {page} av {pages}', nn: 'Side {page} av {pages}', en: 'Page {page} of {pages}' },
} as const satisfies Catalogue;
