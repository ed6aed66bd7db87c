/**
 * Starting an application (the e-mail and the lead municipality, the link sent) and signing
 * in with the link. Catalogues (`shared/i18n/catalogue.ts`): `startText` for the start page,
 * `signInText` for the sign-in page and the application page's expired session.
 */
import type { Catalogue } from '../../../../shared/i18n/catalogue.ts';
import { aboutText } from '../about/text.ts';

export const startText = {
  // ── start ───────────────────────────────────────────────────────────────────────────
  'start.title': { nb: 'Start en søknad', nn: 'Start ein søknad', en: 'Start an application' },
  'start.lead': {
    nb: 'Skriv e-postadressen din og velg søkerkommunen. Vi sender deg en lenke som åpner søknaden – du trenger ikke passord.',
    nn: 'Skriv e-postadressa di og vel søkjarkommunen. Vi sender deg ei lenkje som opnar søknaden – du treng ikkje passord.',
    en: 'Enter your e-mail address and choose the lead municipality. We will send you a link that opens the application – no password needed.',
  },
  'start.continue.heading': {
    nb: 'Har du begynt på en søknad før?',
    nn: 'Har du byrja på ein søknad før?',
    en: 'Have you started an application before?',
  },
  'start.continue': {
    nb: 'Bruk samme e-postadresse og søkerkommune, så får du en lenke til søknaden du har begynt på.',
    nn: 'Bruk same e-postadresse og søkjarkommune, så får du ei lenkje til søknaden du har byrja på.',
    en: 'Use the same e-mail address and lead municipality, and you will get a link to the application you began.',
  },
  'start.email': { nb: 'E-postadresse', nn: 'E-postadresse', en: 'E-mail address' },
  'start.email.description': {
    nb: 'Lenken og kvitteringen sendes hit.',
    nn: 'Lenkja og kvitteringa blir sende hit.',
    en: 'The link and the receipt are sent here.',
  },
  'start.email.required': {
    nb: 'Skriv e-postadressen din.',
    nn: 'Skriv e-postadressa di.',
    en: 'Enter your e-mail address.',
  },
  'start.municipality': { nb: 'Søkerkommune', nn: 'Søkjarkommune', en: 'Lead municipality' },
  'start.municipality.description': {
    nb: 'Kommunen som søker på vegne av samarbeidet. Skriv navn eller kommunenummer for å søke i listen.',
    nn: 'Kommunen som søkjer på vegner av samarbeidet. Skriv namn eller kommunenummer for å søkje i lista.',
    en: 'The municipality applying on behalf of the collaboration. Type a name or municipality number to search the list.',
  },
  'start.municipality.required': {
    nb: 'Velg søkerkommunen fra listen.',
    nn: 'Vel søkjarkommunen frå lista.',
    en: 'Choose the lead municipality from the list.',
  },
  'start.submit': { nb: 'Send meg en lenke', nn: 'Send meg ei lenkje', en: 'Send me a link' },
  'start.sending': { nb: 'Sender …', nn: 'Sender …', en: 'Sending …' },
  'sent.title': { nb: 'Sjekk e-posten din', nn: 'Sjekk e-posten din', en: 'Check your e-mail' },
  'sent.body': {
    nb: 'Vi har sendt en lenke til {email}. Åpne lenken for å fortsette med søknaden.',
    nn: 'Vi har sendt ei lenkje til {email}. Opne lenkja for å halde fram med søknaden.',
    en: 'We have sent a link to {email}. Open the link to continue with the application.',
  },
  'sent.later': {
    nb: 'Du kan lukke denne siden. Vil du fortsette senere, ber du om en ny lenke med samme e-postadresse og søkerkommune – det du har lagret, er tatt vare på.',
    nn: 'Du kan lukke denne sida. Vil du halde fram seinare, ber du om ei ny lenkje med same e-postadresse og søkjarkommune – det du har lagra, er teke vare på.',
    en: 'You can close this page. To continue later, ask for a new link with the same e-mail address and lead municipality – what you have saved is kept.',
  },
  'sent.notReceived': {
    nb: 'Fikk du ingen e-post? Sjekk søppelposten, eller send lenken på nytt.',
    nn: 'Fekk du ingen e-post? Sjekk søppelposten, eller send lenkja på nytt.',
    en: 'No e-mail? Check your spam folder, or send the link again.',
  },
  'sent.again': { nb: 'Send lenken på nytt', nn: 'Send lenkja på nytt', en: 'Send the link again' },
  'sent.resent': {
    nb: 'Vi har sendt en ny lenke.',
    nn: 'Vi har sendt ei ny lenkje.',
    en: 'We have sent a new link.',
  },
  'about.state.closed': aboutText['about.state.closed'],
} as const satisfies Catalogue;

export const signInText = {
  // ── sign-in and session ─────────────────────────────────────────────────────────────
  'signIn.title': { nb: 'Logger inn', nn: 'Loggar inn', en: 'Signing in' },
  'signIn.failed': { nb: 'Lenken virker ikke', nn: 'Lenkja verkar ikkje', en: 'The link does not work' },
  'signIn.missing': {
    nb: 'Lenken mangler innloggingskoden. Kopier hele lenken fra e-posten, eller be om en ny lenke.',
    nn: 'Lenkja manglar innloggingskoden. Kopier heile lenkja frå e-posten, eller be om ei ny lenkje.',
    en: 'The link is missing its sign-in code. Copy the whole link from the e-mail, or ask for a new link.',
  },
  'signIn.used': {
    nb: 'Denne lenken er allerede brukt. Hver lenke virker bare én gang. Har du søknaden åpen i en annen fane, kan du fortsette der – ellers kan du be om en ny lenke.',
    nn: 'Denne lenkja er alt brukt. Kvar lenkje verkar berre éin gong. Har du søknaden open i ei anna fane, kan du halde fram der – elles kan du be om ei ny lenkje.',
    en: 'This link has already been used. Each link works only once. If the application is open in another tab, you can continue there – otherwise ask for a new link.',
  },
  'signIn.expired': {
    nb: 'Denne lenken er utløpt. En lenke virker bare en kort stund etter at den ble sendt. Be om en ny lenke – alt du har lagret, er tatt vare på.',
    nn: 'Denne lenkja har gått ut. Ei lenkje verkar berre ei kort stund etter at ho vart send. Be om ei ny lenkje – alt du har lagra, er teke vare på.',
    en: 'This link has expired. A link works only for a short while after it was sent. Ask for a new link – everything you have saved is kept.',
  },
  'signIn.invalid': {
    nb: 'Lenken er ikke gyldig. Kopier hele lenken fra e-posten, eller be om en ny lenke.',
    nn: 'Lenkja er ikkje gyldig. Kopier heile lenkja frå e-posten, eller be om ei ny lenkje.',
    en: 'The link is not valid. Copy the whole link from the e-mail, or ask for a new link.',
  },
  'signIn.newLink': { nb: 'Be om en ny lenke', nn: 'Be om ei ny lenkje', en: 'Ask for a new link' },
  'signedOut.title': { nb: 'Du er logget ut', nn: 'Du er logga ut', en: 'You have signed out' },
  'signedOut.body': {
    nb: 'Innloggingen er avsluttet, også på serveren. Alt du har lagret, er tatt vare på. For å åpne søknaden igjen ber du om en ny lenke med samme e-postadresse og søkerkommune.',
    nn: 'Innlogginga er avslutta, også på serveren. Alt du har lagra, er teke vare på. For å opne søknaden igjen bed du om ei ny lenkje med same e-postadresse og søkjarkommune.',
    en: 'The sign-in has ended, on the server too. Everything you have saved is kept. To open the application again, ask for a new link with the same e-mail address and lead municipality.',
  },
  'signedOut.home': { nb: 'Til forsiden', nn: 'Til framsida', en: 'To the front page' },
  'session.expired.title': {
    nb: 'Du må logge inn på nytt',
    nn: 'Du må logge inn på nytt',
    en: 'Please sign in again',
  },
  'session.expired.body': {
    nb: 'En innlogging varer bare en stund. Be om en ny lenke med samme e-postadresse og søkerkommune – alt du har lagret, er tatt vare på.',
    nn: 'Ei innlogging varer berre ei stund. Be om ei ny lenkje med same e-postadresse og søkjarkommune – alt du har lagra, er teke vare på.',
    en: 'A sign-in only lasts a while. Ask for a new link with the same e-mail address and lead municipality – everything you have saved is kept.',
  },
} as const satisfies Catalogue;
