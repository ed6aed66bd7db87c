/**
 * Co-editors and requests to join (ADR 096, 097): the API's answers and the two e-mails, in
 * bokmål, nynorsk and English (`./catalogue.ts`).
 */
import type { Catalogue, Entry } from './catalogue.ts';

/**
 * The codes and field issues of the co-editing routes, each its own export: a route's declaration
 * names those it answers (ADR 119); `coeditingMessages` is all of them.
 */
export const OWNER_ONLY = {
  nb: 'Bare den som opprettet søknaden, kan gjøre dette (invitere eller fjerne medredaktører, svare på forespørsler eller trekke søknaden).',
  nn: 'Berre den som oppretta søknaden, kan gjere dette (invitere eller fjerne medredaktørar, svare på førespurnader eller trekkje søknaden).',
  en: 'Only the person who started the application can do this (invite or remove co-editors, answer requests to join or withdraw the application).',
} as const satisfies Entry;
export const COEDITOR_LIMIT_REACHED = {
  nb: 'Søknaden har allerede {max} medredaktører, som er det høyeste antallet i denne utlysningen. Fjern en før du inviterer en ny.',
  nn: 'Søknaden har allereie {max} medredaktørar, som er det høgaste talet i denne utlysinga. Fjern ein før du inviterer ein ny.',
  en: 'The application already has {max} co-editors, the most this round allows. Remove one before you invite another.',
} as const satisfies Entry;
export const COEDITOR_IS_OWNER = {
  nb: 'Dette er din egen e-postadresse. Skriv adressen til personen du vil invitere.',
  nn: 'Dette er di eiga e-postadresse. Skriv adressa til personen du vil invitere.',
  en: 'This is your own e-mail address. Enter the address of the person you want to invite.',
} as const satisfies Entry;
export const JOIN_MUNICIPALITY_NOT_IN_APPLICATION = {
  nb: 'Kommunen du valgte, er ikke med i denne søknaden. Velg kommunen din slik den står på startsiden.',
  nn: 'Kommunen du valde, er ikkje med i denne søknaden. Vel kommunen din slik han står på startsida.',
  en: 'The municipality you chose is not part of this application. Choose your municipality as shown on the start page.',
} as const satisfies Entry;

export const coeditingMessages = {
  OWNER_ONLY,
  COEDITOR_LIMIT_REACHED,
  COEDITOR_IS_OWNER,
  JOIN_MUNICIPALITY_NOT_IN_APPLICATION,
} as const satisfies Catalogue;

/** The invitation to co-edit (with its own sign-in link). */
export const coeditorInvitationText = {
  'mail.coeditor.subject': {
    nb: 'Du er invitert til å skrive søknaden sammen med {owner} – {round}',
    nn: 'Du er invitert til å skrive søknaden saman med {owner} – {round}',
    en: 'You are invited to write the application with {owner} – {round}',
  },
  'mail.coeditor.intro': {
    nb: '{owner} har invitert deg til å skrive søknaden «{title}» om midler fra {round} sammen med dem. Lenken nedenfor logger deg inn i søknaden; den virker én gang, i {hours} timer.',
    nn: '{owner} har invitert deg til å skrive søknaden «{title}» om midlar frå {round} saman med dei. Lenkja nedanfor loggar deg inn i søknaden; ho verkar éin gong, i {hours} timar.',
    en: '{owner} has invited you to write the application “{title}” for funding from {round} with them. The link below signs you in to the application; it works once, for {hours} hours.',
  },
  'mail.coeditor.open': { nb: 'Åpne søknaden', nn: 'Opne søknaden', en: 'Open the application' },
  'mail.coeditor.later': {
    nb: 'Senere logger du inn på startsiden med denne e-postadressen og en av kommunene i søknaden; da får du en ny lenke til den samme søknaden.',
    nn: 'Seinare loggar du inn på startsida med denne e-postadressa og ein av kommunane i søknaden; då får du ei ny lenkje til den same søknaden.',
    en: 'Later, sign in on the start page with this e-mail address and one of the municipalities of the application; you will get a new link to the same application.',
  },
  'mail.coeditor.ignore': {
    nb: 'Kjenner du ikke til dette, kan du se bort fra e-posten.',
    nn: 'Kjenner du ikkje til dette, kan du sjå bort frå e-posten.',
    en: 'If you do not know about this, you can ignore this e-mail.',
  },
  'mail.coeditor.untitled': { nb: 'uten navn', nn: 'utan namn', en: 'untitled' },
} as const satisfies Catalogue;

/** The owner is told of a request to join. */
export const joinRequestText = {
  'mail.join.subject': {
    nb: '{name} ber om å bli med i søknaden din – {round}',
    nn: '{name} ber om å bli med i søknaden din – {round}',
    en: '{name} asks to join your application – {round}',
  },
  'mail.join.intro': {
    nb: '{name} ({email}) fra {municipality} ber om å få skrive søknaden din om midler fra {round} sammen med deg. Logg inn i søknaden for å godta eller avslå forespørselen; godtar du, får de en invitasjon på e-post.',
    nn: '{name} ({email}) frå {municipality} ber om å få skrive søknaden din om midlar frå {round} saman med deg. Logg inn i søknaden for å godta eller avslå førespurnaden; godtek du, får dei ein invitasjon på e-post.',
    en: '{name} ({email}) from {municipality} asks to write your application for funding from {round} with you. Sign in to the application to accept or decline; if you accept, they get an invitation by e-mail.',
  },
  'mail.join.open': { nb: 'Logg inn', nn: 'Logg inn', en: 'Sign in' },
  'mail.join.ignore': {
    nb: 'Kjenner du ikke personen, kan du avslå forespørselen eller la den gå ut av seg selv etter {days} dager.',
    nn: 'Kjenner du ikkje personen, kan du avslå førespurnaden eller la han gå ut av seg sjølv etter {days} dagar.',
    en: 'If you do not know this person, decline the request or let it lapse by itself after {days} days.',
  },
} as const satisfies Catalogue;
