/**
 * The API's answers as a whole and the structural problems of any field, in bokmål, nynorsk
 * and English: a catalogue (`./catalogue.ts`) keyed by stable codes.
 * Written for a kulturskole leader, not a developer: say what is wrong and what to do about it.
 * `{name}` placeholders are filled from the error's or issue's params.
 *
 * Each answer is its own export, named by its code, and `apiMessages` is all of them: a route
 * carries only the answers it can give (ADR 119) — those every route gives (`commonMessages`),
 * its auth kind's (functions/http/<kind>.ts), and the ones its declaration names
 * (`messages: { READ_ONLY, VERSION_CONFLICT }`); an answer no route of a bundle names is left
 * out of it.
 */
import type { Catalogue, Entry } from './catalogue.ts';

// ── Answers of the API as a whole (the `code` of an error body) ─────────────────────────────

export const VALIDATION_FAILED = {
  nb: 'Noe i skjemaet må rettes. Se meldingene ved feltene det gjelder.',
  nn: 'Noko i skjemaet må rettast. Sjå meldingane ved felta det gjeld.',
  en: 'Something in the form needs to be corrected. See the messages next to the fields concerned.',
} as const satisfies Entry;
export const UNAUTHORIZED = {
  nb: 'Du er ikke logget inn, eller lenken din er utløpt. Be om en ny innloggingslenke på e-post.',
  nn: 'Du er ikkje logga inn, eller lenkja di har gått ut. Be om ei ny innloggingslenkje på e-post.',
  en: 'You are not signed in, or your link has expired. Ask for a new sign-in link by e-mail.',
} as const satisfies Entry;
export const FORBIDDEN = {
  nb: 'Du har ikke tilgang til dette. Sjekk at du bruker lenken du fikk for akkurat denne søknaden.',
  nn: 'Du har ikkje tilgang til dette. Sjekk at du bruker lenkja du fekk for akkurat denne søknaden.',
  en: 'You do not have access to this. Check that you are using the link you received for this application.',
} as const satisfies Entry;
export const NOT_FOUND = {
  nb: 'Vi fant ikke det du lette etter. Sjekk at lenken er riktig.',
  nn: 'Vi fann ikkje det du leita etter. Sjekk at lenkja er rett.',
  en: 'We could not find what you were looking for. Check that the link is correct.',
} as const satisfies Entry;
export const VERSION_CONFLICT = {
  nb: 'Søknaden er endret et annet sted etter at du åpnet den, kanskje i en annen fane eller av en kollega. Last inn siden på nytt for å se siste versjon, og gjør endringen din igjen.',
  nn: 'Søknaden er endra ein annan stad etter at du opna han, kanskje i ei anna fane eller av ein kollega. Last inn sida på nytt for å sjå siste versjon, og gjer endringa di igjen.',
  en: 'The application was changed elsewhere after you opened it, perhaps in another tab or by a colleague. Reload the page to see the latest version, then make your change again.',
} as const satisfies Entry;
export const APPLICATION_PERIOD_CLOSED = {
  nb: 'Søknadsfristen har gått ut. Søknaden kan ikke lenger sendes inn eller endres.',
  nn: 'Søknadsfristen har gått ut. Søknaden kan ikkje lenger sendast inn eller endrast.',
  en: 'The application deadline has passed. The application can no longer be submitted or changed.',
} as const satisfies Entry;
export const APPLICATION_PERIOD_NOT_OPEN = {
  nb: 'Søknadsperioden har ikke åpnet ennå. Du kan sende inn søknaden når perioden har startet.',
  nn: 'Søknadsperioden har ikkje opna enno. Du kan sende inn søknaden når perioden har starta.',
  en: 'The application period has not opened yet. You can submit the application once it has started.',
} as const satisfies Entry;
export const READ_ONLY = {
  nb: 'Søknaden er sendt inn eller trukket, og kan derfor ikke endres.',
  nn: 'Søknaden er send inn eller trekt, og kan difor ikkje endrast.',
  en: 'The application has been submitted or withdrawn, so it can no longer be changed.',
} as const satisfies Entry;
/** `count`: whole minutes until the limit's window ends (the answer's Retry-After, rounded up). */
export const RATE_LIMITED = {
  nb: {
    one: 'Du har gjort mange forsøk på kort tid. Vent {count} minutt, og prøv igjen.',
    other: 'Du har gjort mange forsøk på kort tid. Vent {count} minutter, og prøv igjen.',
  },
  nn: {
    one: 'Du har gjort mange forsøk på kort tid. Vent {count} minutt, og prøv igjen.',
    other: 'Du har gjort mange forsøk på kort tid. Vent {count} minutt, og prøv igjen.',
  },
  en: {
    one: 'You have made many attempts in a short time. Please wait {count} minute and try again.',
    other: 'You have made many attempts in a short time. Please wait {count} minutes and try again.',
  },
} as const satisfies Entry;
export const ROUND_NOT_FOUND = {
  nb: 'Vi fant ikke denne utlysningen. Sjekk at lenken er riktig.',
  nn: 'Vi fann ikkje denne utlysinga. Sjekk at lenkja er rett.',
  en: 'We could not find this funding round. Check that the link is correct.',
} as const satisfies Entry;
/** Field issues of the scheme's rules that starting an application (a public route) and the final
 * committee's awards (a reviewer route) raise too. */
export const MUNICIPALITY_UNKNOWN = {
  nb: 'Vi finner ingen kommune med kommunenummer {number}. Velg kommunen fra listen.',
  nn: 'Vi finn ingen kommune med kommunenummer {number}. Vel kommunen frå lista.',
  en: 'We cannot find a municipality with the number {number}. Choose the municipality from the list.',
} as const satisfies Entry;
export const SCHOOL_YEAR_UNKNOWN = {
  nb: 'Skoleåret {schoolYear} er ikke med i denne utlysningen. Velg et skoleår fra listen.',
  nn: 'Skuleåret {schoolYear} er ikkje med i denne utlysinga. Vel eit skuleår frå lista.',
  en: 'The school year {schoolYear} is not part of this round. Choose a school year from the list.',
} as const satisfies Entry;
export const ATTACHMENT_NOT_FOUND = {
  nb: 'Vi fant ikke vedlegget. Det kan ha blitt slettet. Last det opp på nytt.',
  nn: 'Vi fann ikkje vedlegget. Det kan ha vorte sletta. Last det opp på nytt.',
  en: 'We could not find the attachment. It may have been deleted. Please upload it again.',
} as const satisfies Entry;
export const WITHDRAW_NOT_ALLOWED = {
  nb: 'Søknaden kan ikke trekkes nå. En søknad kan bare trekkes før søknadsfristen har gått ut.',
  nn: 'Søknaden kan ikkje trekkjast no. Ein søknad kan berre trekkjast før søknadsfristen har gått ut.',
  en: 'The application cannot be withdrawn now. An application can only be withdrawn before the deadline.',
} as const satisfies Entry;
export const BAD_REQUEST = {
  nb: 'Vi klarte ikke å lese det som ble sendt. Last inn siden på nytt, og prøv igjen.',
  nn: 'Vi klarte ikkje å lese det som vart sendt. Last inn sida på nytt, og prøv igjen.',
  en: 'We could not read what was sent. Reload the page and try again.',
} as const satisfies Entry;
export const INTERNAL_ERROR = {
  nb: 'Noe gikk galt hos oss. Det du allerede har lagret, er ikke tapt. Prøv igjen om litt, og kontakt oss hvis feilen fortsetter.',
  nn: 'Noko gjekk gale hos oss. Det du alt har lagra, er ikkje tapt. Prøv igjen om litt, og kontakt oss dersom feilen held fram.',
  en: 'Something went wrong on our side. What you have already saved is not lost. Try again in a little while, and contact us if the problem continues.',
} as const satisfies Entry;

/**
 * What every route can answer, whatever it does: a path, query or body it refuses, and a
 * failure of ours (the wrapper's answers, functions/http.ts).
 */
export const commonMessages = {
  VALIDATION_FAILED,
  NOT_FOUND,
  BAD_REQUEST,
  INTERNAL_ERROR,
} as const satisfies Catalogue;

/** Every answer of the API as a whole. */
export const apiMessages = {
  VALIDATION_FAILED,
  UNAUTHORIZED,
  FORBIDDEN,
  NOT_FOUND,
  VERSION_CONFLICT,
  APPLICATION_PERIOD_CLOSED,
  APPLICATION_PERIOD_NOT_OPEN,
  READ_ONLY,
  RATE_LIMITED,
  ROUND_NOT_FOUND,
  MUNICIPALITY_UNKNOWN,
  SCHOOL_YEAR_UNKNOWN,
  ATTACHMENT_NOT_FOUND,
  WITHDRAW_NOT_ALLOWED,
  BAD_REQUEST,
  INTERNAL_ERROR,
} as const satisfies Catalogue;

/** Structural problems with a field (wrong type, too long …), from any zod schema. */
export const structuralMessages = {
  FIELD_REQUIRED: {
    nb: 'Dette feltet må fylles ut.',
    nn: 'Dette feltet må fyllast ut.',
    en: 'This field must be filled in.',
  },
  FIELD_INVALID_TYPE: {
    nb: 'Verdien i dette feltet har feil form. Fyll ut feltet på nytt.',
    nn: 'Verdien i dette feltet har feil form. Fyll ut feltet på nytt.',
    en: 'The value in this field is in the wrong form. Please fill it in again.',
  },
  FIELD_INVALID: {
    nb: 'Verdien i dette feltet er ikke gyldig. Sjekk hva du har skrevet.',
    nn: 'Verdien i dette feltet er ikkje gyldig. Sjekk kva du har skrive.',
    en: 'The value in this field is not valid. Check what you have entered.',
  },
  FIELD_UNKNOWN: {
    nb: 'Skjemaet sendte et felt som ikke finnes i søknaden («{field}»), så ingenting ble lagret. Last inn siden på nytt og prøv igjen. Hvis det skjer igjen, kontakt oss.',
    nn: 'Skjemaet sende eit felt som ikkje finst i søknaden («{field}»), så ingenting vart lagra. Last inn sida på nytt og prøv igjen. Viss det skjer igjen, kontakt oss.',
    en: 'The form sent a field the application does not have («{field}»), so nothing was saved. Reload the page and try again. If it happens again, contact us.',
  },
  TEXT_TOO_SHORT: {
    nb: 'Teksten må være på minst {min} tegn.',
    nn: 'Teksten må vere på minst {min} teikn.',
    en: 'The text must be at least {min} characters long.',
  },
  TEXT_TOO_LONG: {
    nb: 'Teksten er for lang. Den kan være på høyst {max} tegn, så kort den ned litt.',
    nn: 'Teksten er for lang. Han kan vere på høgst {max} teikn, så kort han ned litt.',
    en: 'The text is too long. It can be at most {max} characters, so please shorten it.',
  },
  NUMBER_NOT_INTEGER: {
    nb: 'Skriv et helt tall, uten desimaler.',
    nn: 'Skriv eit heilt tal, utan desimalar.',
    en: 'Enter a whole number, without decimals.',
  },
  NUMBER_NEGATIVE: {
    nb: 'Beløpet kan ikke være negativt. Skriv 0 eller et høyere tall, uten minustegn.',
    nn: 'Beløpet kan ikkje vere negativt. Skriv 0 eller eit høgare tal, utan minusteikn.',
    en: 'The amount cannot be negative. Enter 0 or more, without a minus sign.',
  },
  NUMBER_TOO_SMALL: {
    nb: 'Tallet må være minst {min}.',
    nn: 'Talet må vere minst {min}.',
    en: 'The number must be at least {min}.',
  },
  NUMBER_TOO_LARGE: {
    nb: 'Tallet kan ikke være større enn {max}.',
    nn: 'Talet kan ikkje vere større enn {max}.',
    en: 'The number cannot be larger than {max}.',
  },
  LIST_TOO_SHORT: {
    nb: 'Velg eller legg til minst {min}.',
    nn: 'Vel eller legg til minst {min}.',
    en: 'Choose or add at least {min}.',
  },
  LIST_TOO_LONG: {
    nb: 'Du kan velge eller legge til høyst {max}. Fjern noen.',
    nn: 'Du kan velje eller leggje til høgst {max}. Fjern nokre.',
    en: 'You can choose or add at most {max}. Please remove some.',
  },
  VALUE_NOT_ALLOWED: {
    nb: 'Velg et av alternativene i listen.',
    nn: 'Vel eitt av alternativa i lista.',
    en: 'Choose one of the options in the list.',
  },
  FORMAT_INVALID: {
    nb: 'Verdien har feil format. Sjekk hva du har skrevet.',
    nn: 'Verdien har feil format. Sjekk kva du har skrive.',
    en: 'The value is not in the right format. Check what you have entered.',
  },
} as const satisfies Catalogue;
