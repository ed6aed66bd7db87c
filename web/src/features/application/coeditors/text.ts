/**
 * Co-editors (ADR 096) and requests to join (ADR 097): the application page's panel, the
 * conflict dialog's "saved by", and the start page's notice of applications already naming
 * the municipality. A catalogue (`shared/i18n/catalogue.ts`).
 */
import type { Catalogue } from '../../../../../shared/i18n/catalogue.ts';

export const coeditingText = {
  // ── the panel ─────────────────────────────────────────────────────────────────────────
  'coeditors.heading': {
    nb: 'Hvem skriver søknaden',
    nn: 'Kven skriv søknaden',
    en: 'Who is writing the application',
  },
  'coeditors.lastChanged': {
    nb: 'Sist endret av {name} kl. {time} ({date}).',
    nn: 'Sist endra av {name} kl. {time} ({date}).',
    en: 'Last changed by {name} at {time} ({date}).',
  },
  'coeditors.owner': {
    nb: '{name} opprettet søknaden.',
    nn: '{name} oppretta søknaden.',
    en: '{name} started the application.',
  },
  'coeditors.roleOwner': {
    nb: 'Du opprettet søknaden: du kan invitere medredaktører, for eksempel kulturskolelederne i samarbeidskommunene. Dere kan alle endre og sende inn søknaden; bare du kan fjerne medredaktører og trekke søknaden.',
    nn: 'Du oppretta søknaden: du kan invitere medredaktørar, til dømes kulturskuleleiarane i samarbeidskommunane. De kan alle endre og sende inn søknaden; berre du kan fjerne medredaktørar og trekkje søknaden.',
    en: 'You started the application: you can invite co-editors, such as the kulturskole leaders of the partner municipalities. All of you can edit and submit the application; only you can remove co-editors and withdraw it.',
  },
  'coeditors.roleCoeditor': {
    nb: 'Du er medredaktør: du kan endre og sende inn søknaden. Den som opprettet søknaden, inviterer og fjerner medredaktører.',
    nn: 'Du er medredaktør: du kan endre og sende inn søknaden. Den som oppretta søknaden, inviterer og fjernar medredaktørar.',
    en: 'You are a co-editor: you can edit and submit the application. The person who started it invites and removes co-editors.',
  },
  'coeditors.list': { nb: 'Medredaktører', nn: 'Medredaktørar', en: 'Co-editors' },
  'coeditors.none': {
    nb: 'Ingen medredaktører ennå.',
    nn: 'Ingen medredaktørar enno.',
    en: 'No co-editors yet.',
  },
  'coeditors.count': {
    nb: '{count} av høyst {max}',
    nn: '{count} av høgst {max}',
    en: '{count} of at most {max}',
  },
  'coeditors.you': { nb: '(deg)', nn: '(deg)', en: '(you)' },
  'coeditors.invited': {
    nb: 'invitert, ikke logget inn ennå',
    nn: 'invitert, ikkje logga inn enno',
    en: 'invited, not signed in yet',
  },
  'coeditors.joined': { nb: 'med siden {date}', nn: 'med sidan {date}', en: 'joined {date}' },
  'coeditors.remove': { nb: 'Fjern {name}', nn: 'Fjern {name}', en: 'Remove {name}' },
  'coeditors.leave': { nb: 'Forlat søknaden', nn: 'Forlat søknaden', en: 'Leave the application' },
  'coeditors.removed': { nb: '{name} er fjernet.', nn: '{name} er fjerna.', en: '{name} was removed.' },
  // ── inviting ──────────────────────────────────────────────────────────────────────────
  'invite.heading': { nb: 'Inviter en medredaktør', nn: 'Inviter ein medredaktør', en: 'Invite a co-editor' },
  // Named for the co-editor: the contact step beside the panel has its own "Navn" and "E-postadresse".
  'invite.name': { nb: 'Medredaktørens navn', nn: 'Namnet til medredaktøren', en: "The co-editor's name" },
  'invite.email': {
    nb: 'Medredaktørens e-postadresse',
    nn: 'E-postadressa til medredaktøren',
    en: "The co-editor's e-mail address",
  },
  'invite.email.description': {
    nb: 'Personen får en e-post med sin egen lenke til søknaden.',
    nn: 'Personen får ein e-post med si eiga lenkje til søknaden.',
    en: 'They get an e-mail with their own link to the application.',
  },
  'invite.submit': { nb: 'Send invitasjon', nn: 'Send invitasjon', en: 'Send the invitation' },
  'invite.sent': {
    nb: 'Invitasjonen er sendt til {email}.',
    nn: 'Invitasjonen er send til {email}.',
    en: 'The invitation was sent to {email}.',
  },
  'invite.name.required': {
    nb: 'Skriv navnet på personen.',
    nn: 'Skriv namnet på personen.',
    en: "Enter the person's name.",
  },
  'invite.email.required': {
    nb: 'Skriv e-postadressen til personen.',
    nn: 'Skriv e-postadressa til personen.',
    en: "Enter the person's e-mail address.",
  },
  'invite.full': {
    nb: 'Søknaden har så mange medredaktører som utlysningen tillater ({max}).',
    nn: 'Søknaden har så mange medredaktørar som utlysinga tillèt ({max}).',
    en: 'The application has as many co-editors as the round allows ({max}).',
  },
  // ── join requests ─────────────────────────────────────────────────────────────────────
  'requests.heading': {
    nb: 'Forespørsler om å bli med',
    nn: 'Førespurnader om å bli med',
    en: 'Requests to join',
  },
  'requests.item': {
    nb: '{name} ({email}), {municipality}, {date}',
    nn: '{name} ({email}), {municipality}, {date}',
    en: '{name} ({email}), {municipality}, {date}',
  },
  'requests.accept': { nb: 'Godta {name}', nn: 'Godta {name}', en: 'Accept {name}' },
  'requests.decline': { nb: 'Avslå {name}', nn: 'Avslå {name}', en: 'Decline {name}' },
  'requests.accepted': {
    nb: '{name} er invitert.',
    nn: '{name} er invitert.',
    en: '{name} has been invited.',
  },
  'requests.declined': {
    nb: 'Forespørselen er avslått.',
    nn: 'Førespurnaden er avslått.',
    en: 'The request was declined.',
  },
  // ── history ───────────────────────────────────────────────────────────────────────────
  'history.heading': { nb: 'Siste endringer', nn: 'Siste endringar', en: 'Recent changes' },
  'history.item': {
    nb: '{time}, {name}: {sections}',
    nn: '{time}, {name}: {sections}',
    en: '{time}, {name}: {sections}',
  },
  'history.none': { nb: 'Ingen endringer ennå.', nn: 'Ingen endringar enno.', en: 'No changes yet.' },
  'panel.loadFailed': {
    nb: 'Kunne ikke hente medredaktørene. Prøv igjen senere.',
    nn: 'Kunne ikkje hente medredaktørane. Prøv igjen seinare.',
    en: 'Could not load the co-editors. Try again later.',
  },
  // ── the conflict dialog ───────────────────────────────────────────────────────────────
  'conflict.savedBy': {
    nb: '{name} lagret kl. {time} og endret: {sections}.',
    nn: '{name} lagra kl. {time} og endra: {sections}.',
    en: '{name} saved at {time} and changed: {sections}.',
  },
  // ── the start page ────────────────────────────────────────────────────────────────────
  'existing.heading': {
    nb: '{municipality} er allerede med i en søknad',
    nn: '{municipality} er allereie med i ein søknad',
    en: '{municipality} is already part of an application',
  },
  'existing.body': {
    nb: 'Søknaden til {lead} ({owner}) har {municipality} som søker- eller samarbeidskommune. Er du alt med i den, tar lenken i e-posten deg dit. Ellers kan du be om å bli med – den som opprettet søknaden, får beskjed og kan invitere deg.',
    nn: 'Søknaden til {lead} ({owner}) har {municipality} som søkjar- eller samarbeidskommune. Er du alt med i han, tek lenkja i e-posten deg dit. Elles kan du be om å bli med – den som oppretta søknaden, får melding og kan invitere deg.',
    en: "{lead}'s application ({owner}) has {municipality} as lead or partner municipality. If you are part of it already, the link in the e-mail takes you there. Otherwise you can ask to join – the person who started it is told and can invite you.",
  },
  'existing.ownerUnknown': { nb: 'navn ikke oppgitt', nn: 'namn ikkje oppgitt', en: 'name not given' },
  'existing.submitted': {
    nb: 'Søknaden til {lead} ({owner}) er allerede sendt inn med {municipality}.',
    nn: 'Søknaden til {lead} ({owner}) er allereie send inn med {municipality}.',
    en: "{lead}'s application ({owner}) has already been submitted with {municipality}.",
  },
  'join.name': { nb: 'Navnet ditt', nn: 'Namnet ditt', en: 'Your name' },
  'join.name.required': { nb: 'Skriv navnet ditt.', nn: 'Skriv namnet ditt.', en: 'Enter your name.' },
  'join.submit': { nb: 'Be om å bli med', nn: 'Be om å bli med', en: 'Ask to join' },
  'join.sent': {
    nb: 'Forespørselen er sendt. Godtar de den, får du en invitasjon på e-post.',
    nn: 'Førespurnaden er send. Godtek dei han, får du ein invitasjon på e-post.',
    en: 'Your request was sent. If they accept it, you will get an invitation by e-mail.',
  },
} as const satisfies Catalogue;
