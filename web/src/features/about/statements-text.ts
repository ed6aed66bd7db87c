/**
 * The privacy notice and the accessibility statement (issue 11 point 3, issue 9 point 10), in
 * bokmål, nynorsk and English: a catalogue (`shared/i18n/catalogue.ts`) loaded with their
 * pages only (a lazy chunk).
 */
import type { Catalogue } from '../../../../shared/i18n/catalogue.ts';

export const statementsText = {
  // ── privacy notice ──────────────────────────────────────────────────────────────────
  'privacy.title': { nb: 'Personvernerklæring', nn: 'Personvernerklæring', en: 'Privacy notice' },
  'privacy.lead': {
    nb: 'Slik behandler Norsk kulturskoleråd personopplysninger i søknadsportalen for Inkluderende kulturskoler.',
    nn: 'Slik handsamar Norsk kulturskoleråd personopplysningar i søknadsportalen for Inkluderende kulturskoler.',
    en: 'How Norsk kulturskoleråd processes personal data in the application portal of Inkluderende kulturskoler.',
  },
  'privacy.controller.heading': {
    nb: 'Behandlingsansvarlig',
    nn: 'Behandlingsansvarleg',
    en: 'Data controller',
  },
  'privacy.controller.body': {
    nb: 'Norsk kulturskoleråd er behandlingsansvarlig for opplysningene i portalen.',
    nn: 'Norsk kulturskoleråd er behandlingsansvarleg for opplysningane i portalen.',
    en: 'Norsk kulturskoleråd is the controller of the data in the portal.',
  },
  'privacy.stored.heading': { nb: 'Hva vi lagrer', nn: 'Kva vi lagrar', en: 'What we store' },
  'privacy.stored.email': {
    nb: 'E-postadressen du ber om innloggingslenken med, og når du logger inn og ut.',
    nn: 'E-postadressa du bed om innloggingslenkja med, og når du loggar inn og ut.',
    en: 'The e-mail address you ask for the sign-in link with, and when you sign in and out.',
  },
  'privacy.stored.application': {
    nb: 'Innholdet i søknaden: prosjektet, kommunene og samarbeidspartene (med organisasjonsnummer), tiltakene, budsjettet og kontaktpersonens navn, e-postadresse og telefonnummer.',
    nn: 'Innhaldet i søknaden: prosjektet, kommunane og samarbeidspartane (med organisasjonsnummer), tiltaka, budsjettet og namnet, e-postadressa og telefonnummeret til kontaktpersonen.',
    en: "The application's content: the project, the municipalities and partners (with organisation numbers), the measures, the budget and the contact person's name, e-mail address and phone number.",
  },
  'privacy.stored.coeditors': {
    nb: 'Navn og e-postadresse til medredaktørene som den som opprettet søknaden, inviterer, og til dem som ber om å bli med; hvem som endret hvilke deler av søknaden når. De slettes sammen med søknaden, og forespørsler om å bli med etter 14 dager.',
    nn: 'Namn og e-postadresse til medredaktørane som den som oppretta søknaden, inviterer, og til dei som ber om å bli med; kven som endra kva delar av søknaden når. Dei vert sletta saman med søknaden, og førespurnader om å bli med etter 14 dagar.',
    en: 'The names and e-mail addresses of the co-editors the person who started the application invites, and of those who ask to join; who changed which parts of the application when. They are erased with the application, and requests to join after 14 days.',
  },
  'privacy.stored.attachments': {
    nb: 'Vedleggene du laster opp, for eksempel intensjonsavtaler.',
    nn: 'Vedlegga du lastar opp, til dømes intensjonsavtalar.',
    en: 'The attachments you upload, such as letters of intent.',
  },
  'privacy.stored.assessments': {
    nb: 'Utvalgenes vurderinger, kommentarer og vedtak om søknaden, og hvem i utvalgene som har gjort hva.',
    nn: 'Vurderingane, kommentarane og vedtaka til utvala om søknaden, og kven i utvala som har gjort kva.',
    en: "The committees' assessments, comments and decisions on the application, and who in the committees did what.",
  },
  'privacy.stored.log': {
    nb: 'En logg over endringer i søknaden (hva og når), og e-postene portalen sender. IP-adressen din brukes bare en kort stund for å stanse misbruk.',
    nn: 'Ein logg over endringar i søknaden (kva og når), og e-postane portalen sender. IP-adressa di blir berre brukt ei kort stund for å stanse misbruk.',
    en: 'A log of changes to the application (what and when), and the e-mails the portal sends. Your IP address is used only briefly, to stop abuse.',
  },
  'privacy.why.heading': { nb: 'Hvorfor', nn: 'Kvifor', en: 'Why' },
  'privacy.why.body': {
    nb: 'Vi bruker opplysningene til å behandle søknaden om tilskudd: vurdere den, fatte vedtak, gi deg beskjed og følge opp tilskudd som blir gitt. Tildelte tiltak (tiltak, kommuner, aktivitetsområder og beløp) offentliggjøres på tildelingssiden. Behandlingen er nødvendig for å utføre en oppgave i allmennhetens interesse og for å oppfylle plikter vi har som forvalter av offentlige midler (personvernforordningen artikkel 6 nr. 1 bokstav e og c).',
    nn: 'Vi brukar opplysningane til å handsame søknaden om tilskot: vurdere han, gjere vedtak, gi deg melding og følgje opp tilskot som blir gitt. Tildelte tiltak (tiltak, kommunar, aktivitetsområde og beløp) blir offentleggjorde på tildelingssida. Handsaminga er naudsynt for å utføre ei oppgåve i ålmenta si interesse og for å oppfylle plikter vi har som forvaltar av offentlege midlar (personvernforordninga artikkel 6 nr. 1 bokstav e og c).',
    en: 'We use the data to process the grant application: assess it, decide on it, tell you the outcome and follow up grants that are awarded. Awarded measures (measure, municipalities, activity areas and amount) are published on the awards page. The processing is necessary to perform a task in the public interest and to meet the duties we have in managing public funds (GDPR Article 6(1)(e) and (c)).',
  },
  'privacy.howLong.heading': { nb: 'Hvor lenge', nn: 'Kor lenge', en: 'For how long' },
  'privacy.howLong.links': {
    nb: 'Innloggingslenker virker én gang og bare en kort stund; en innlogging varer noen timer, eller til du logger ut.',
    nn: 'Innloggingslenkjer verkar éin gong og berre ei kort stund; ei innlogging varer nokre timar, eller til du loggar ut.',
    en: 'Sign-in links work once and only for a short while; a sign-in lasts a few hours, or until you sign out.',
  },
  'privacy.howLong.drafts': {
    nb: 'Utkast som aldri blir sendt inn, slettes en tid etter at søknadsfristen er ute.',
    nn: 'Utkast som aldri blir sende inn, blir sletta ei tid etter at søknadsfristen er ute.',
    en: 'Drafts that are never submitted are erased some time after the application deadline.',
  },
  'privacy.howLong.unsuccessful': {
    nb: 'Søknader som blir trukket eller ikke får tilskudd, slettes med vedlegg og vurderinger noen måneder etter at tildelingene er offentliggjort.',
    nn: 'Søknader som blir trekte eller ikkje får tilskot, blir sletta med vedlegg og vurderingar nokre månader etter at tildelingane er offentleggjorde.',
    en: 'Applications that are withdrawn or not awarded are erased, with their attachments and assessments, some months after the awards are announced.',
  },
  'privacy.howLong.draftsDays': {
    nb: {
      one: 'Utkast som aldri blir sendt inn, slettes {count} dag etter at søknadsfristen er ute.',
      other: 'Utkast som aldri blir sendt inn, slettes {count} dager etter at søknadsfristen er ute.',
    },
    nn: {
      one: 'Utkast som aldri blir sende inn, blir sletta {count} dag etter at søknadsfristen er ute.',
      other: 'Utkast som aldri blir sende inn, blir sletta {count} dagar etter at søknadsfristen er ute.',
    },
    en: {
      one: 'Drafts that are never submitted are erased {count} day after the application deadline.',
      other: 'Drafts that are never submitted are erased {count} days after the application deadline.',
    },
  },
  'privacy.howLong.unsuccessfulMonths': {
    nb: {
      one: 'Søknader som blir trukket eller ikke får tilskudd, slettes med vedlegg og vurderinger {count} måned etter at tildelingene er offentliggjort.',
      other:
        'Søknader som blir trukket eller ikke får tilskudd, slettes med vedlegg og vurderinger {count} måneder etter at tildelingene er offentliggjort.',
    },
    nn: {
      one: 'Søknader som blir trekte eller ikkje får tilskot, blir sletta med vedlegg og vurderingar {count} månad etter at tildelingane er offentleggjorde.',
      other:
        'Søknader som blir trekte eller ikkje får tilskot, blir sletta med vedlegg og vurderingar {count} månader etter at tildelingane er offentleggjorde.',
    },
    en: {
      one: 'Applications that are withdrawn or not awarded are erased, with their attachments and assessments, {count} month after the awards are announced.',
      other:
        'Applications that are withdrawn or not awarded are erased, with their attachments and assessments, {count} months after the awards are announced.',
    },
  },
  'privacy.howLong.awardedYears': {
    nb: {
      one: 'Søknader som får tilskudd, oppbevares i {count} år etter at tildelingene er offentliggjort, slik arkivregelverket og reglene for tilskudd krever.',
      other:
        'Søknader som får tilskudd, oppbevares i {count} år etter at tildelingene er offentliggjort, slik arkivregelverket og reglene for tilskudd krever.',
    },
    nn: {
      one: 'Søknader som får tilskot, blir oppbevarte i {count} år etter at tildelingane er offentleggjorde, slik arkivregelverket og reglane for tilskot krev.',
      other:
        'Søknader som får tilskot, blir oppbevarte i {count} år etter at tildelingane er offentleggjorde, slik arkivregelverket og reglane for tilskot krev.',
    },
    en: {
      one: 'Applications that are awarded a grant are kept for {count} year after the awards are announced, as the archiving rules and the rules for grants require.',
      other:
        'Applications that are awarded a grant are kept for {count} years after the awards are announced, as the archiving rules and the rules for grants require.',
    },
  },
  'privacy.howLong.awarded': {
    nb: 'Søknader som får tilskudd, oppbevares så lenge Norsk kulturskoleråd må etter arkivregelverket og reglene for tilskudd.',
    nn: 'Søknader som får tilskot, blir oppbevarte så lenge Norsk kulturskoleråd må etter arkivregelverket og reglane for tilskot.',
    en: 'Applications that are awarded a grant are kept for as long as Norsk kulturskoleråd must under the archiving rules and the rules for grants.',
  },
  'privacy.rights.heading': { nb: 'Dine rettigheter', nn: 'Rettane dine', en: 'Your rights' },
  'privacy.rights.body': {
    nb: 'Du har rett til innsyn i, retting av og sletting av opplysninger om deg, og til å protestere mot eller be om begrenset behandling, innenfor det regelverket for offentlige tilskudd tillater.',
    nn: 'Du har rett til innsyn i, retting av og sletting av opplysningar om deg, og til å protestere mot eller be om avgrensa handsaming, innanfor det regelverket for offentlege tilskot tillèt.',
    en: 'You have the right to access, correct and erase data about you, and to object to or ask us to restrict the processing, within what the rules for public grants allow.',
  },
  'privacy.rights.download': {
    nb: 'Når du er logget inn på en søknad, kan du laste ned alt som er lagret om den, fra statussiden («Last ned mine data»).',
    nn: 'Når du er logga inn på ein søknad, kan du laste ned alt som er lagra om han, frå statussida («Last ned mine data»).',
    en: 'When signed in to an application, you can download everything stored about it from its status page ("Download my data").',
  },
  'privacy.rights.complaint': {
    nb: 'Mener du at vi behandler opplysningene i strid med regelverket, kan du klage til Datatilsynet.',
    nn: 'Meiner du at vi handsamar opplysningane i strid med regelverket, kan du klage til Datatilsynet.',
    en: 'If you believe we process the data against the rules, you can complain to the Norwegian Data Protection Authority (Datatilsynet).',
  },
  'privacy.complaint.link': {
    nb: 'Datatilsynet (datatilsynet.no)',
    nn: 'Datatilsynet (datatilsynet.no)',
    en: 'Datatilsynet (datatilsynet.no)',
  },
  'privacy.storage.heading': {
    nb: 'Informasjonskapsler og lagring i nettleseren',
    nn: 'Informasjonskapslar og lagring i nettlesaren',
    en: 'Cookies and storage in the browser',
  },
  'privacy.storage.body': {
    nb: 'Portalen bruker ingen informasjonskapsler og ingen sporing. Nettleseren husker språket du har valgt, og innloggingen din bare i fanen du er logget inn i.',
    nn: 'Portalen brukar ingen informasjonskapslar og inga sporing. Nettlesaren hugsar språket du har valt, og innlogginga di berre i fana du er logga inn i.',
    en: 'The portal uses no cookies and no tracking. Your browser remembers the language you chose, and your sign-in only in the tab you signed in from.',
  },
  'privacy.contact.heading': { nb: 'Spørsmål', nn: 'Spørsmål', en: 'Questions' },
  'privacy.contact.body': {
    nb: 'Spørsmål om personvern, eller vil du bruke rettighetene dine? Skriv til {email}.',
    nn: 'Spørsmål om personvern, eller vil du bruke rettane dine? Skriv til {email}.',
    en: 'Questions about privacy, or do you want to exercise your rights? Write to {email}.',
  },
  'privacy.contact.general': {
    nb: 'Spørsmål om personvern, eller vil du bruke rettighetene dine? Kontakt Norsk kulturskoleråd.',
    nn: 'Spørsmål om personvern, eller vil du bruke rettane dine? Kontakt Norsk kulturskoleråd.',
    en: 'Questions about privacy, or do you want to exercise your rights? Contact Norsk kulturskoleråd.',
  },
  // ── accessibility statement ─────────────────────────────────────────────────────────
  'a11y.title': { nb: 'Tilgjengelighetserklæring', nn: 'Tilgjengeerklæring', en: 'Accessibility statement' },
  'a11y.lead': {
    nb: 'Norsk kulturskoleråd vil at alle skal kunne bruke søknadsportalen for Inkluderende kulturskoler, uansett funksjonsevne.',
    nn: 'Norsk kulturskoleråd vil at alle skal kunne bruke søknadsportalen for Inkluderende kulturskoler, same kva funksjonsevne dei har.',
    en: 'Norsk kulturskoleråd wants everyone to be able to use the application portal of Inkluderende kulturskoler, whatever their abilities.',
  },
  'a11y.status.heading': { nb: 'Status', nn: 'Status', en: 'Status' },
  'a11y.status.body': {
    nb: 'Portalen skal oppfylle kravene i WCAG 2.1 på nivå AA, slik forskrift om universell utforming av IKT-løsninger krever. Vi mener den i hovedsak gjør det, men den er delvis i samsvar: manglene vi kjenner til, står under.',
    nn: 'Portalen skal oppfylle krava i WCAG 2.1 på nivå AA, slik forskrift om universell utforming av IKT-løysingar krev. Vi meiner han i hovudsak gjer det, men han er delvis i samsvar: manglane vi kjenner til, står under.',
    en: 'The portal is to meet WCAG 2.1 level AA, as the Norwegian regulations on universal design of ICT require. We believe it mostly does, but it is partially compliant: the gaps we know of are listed below.',
  },
  'a11y.tested.heading': { nb: 'Slik har vi testet', nn: 'Slik har vi testa', en: 'How we tested' },
  'a11y.tested.body': {
    nb: 'Hver side testes automatisk med axe (WCAG 2.1 A og AA) på bokmål, nynorsk og engelsk, i skjerm- og mobilbredde, og hele søknaden fylles ut med tastatur i en nettleser før hver ny versjon. Portalen er ikke vurdert av en uavhengig tredjepart.',
    nn: 'Kvar side blir testa automatisk med axe (WCAG 2.1 A og AA) på bokmål, nynorsk og engelsk, i skjerm- og mobilbreidd, og heile søknaden blir fylt ut med tastatur i ein nettlesar før kvar ny versjon. Portalen er ikkje vurdert av ein uavhengig tredjepart.',
    en: 'Every page is tested automatically with axe (WCAG 2.1 A and AA) in bokmål, nynorsk and English, at desktop and phone width, and the whole application is filled in with a keyboard in a browser before each release. The portal has not been assessed by an independent third party.',
  },
  'a11y.gaps.heading': { nb: 'Kjente mangler', nn: 'Kjende manglar', en: 'Known gaps' },
  'a11y.gaps.screenReaders': {
    nb: 'Portalen er ikke testet av brukere med skjermleser eller forstørrelsesprogram.',
    nn: 'Portalen er ikkje testa av brukarar med skjermlesar eller forstørringsprogram.',
    en: 'The portal has not been tested by users of screen readers or magnifiers.',
  },
  'a11y.gaps.attachments': {
    nb: 'Vedlegg som søkerne laster opp (PDF), er ikke nødvendigvis universelt utformet.',
    nn: 'Vedlegg som søkjarane lastar opp (PDF), er ikkje naudsynleg universelt utforma.',
    en: 'Attachments that applicants upload (PDF) are not necessarily accessible.',
  },
  'a11y.gaps.exports': {
    nb: 'Regnearkene utvalgene laster ned, er ikke kontrollert for tilgjengelighet.',
    nn: 'Rekneark som utvala lastar ned, er ikkje kontrollerte for tilgjenge.',
    en: 'The spreadsheets the committees download have not been checked for accessibility.',
  },
  'a11y.report.heading': {
    nb: 'Meld fra om et problem',
    nn: 'Meld frå om eit problem',
    en: 'Report a problem',
  },
  'a11y.report.body': {
    nb: 'Finner du noe som ikke virker, eller som er vanskelig å bruke? Skriv til {email}, og fortell hvilken side det gjelder og hva som skjedde.',
    nn: 'Finn du noko som ikkje verkar, eller som er vanskeleg å bruke? Skriv til {email}, og fortel kva side det gjeld og kva som skjedde.',
    en: 'Have you found something that does not work, or is hard to use? Write to {email} and tell us which page and what happened.',
  },
  'a11y.report.general': {
    nb: 'Finner du noe som ikke virker, eller som er vanskelig å bruke? Kontakt Norsk kulturskoleråd, og fortell hvilken side det gjelder og hva som skjedde.',
    nn: 'Finn du noko som ikkje verkar, eller som er vanskeleg å bruke? Kontakt Norsk kulturskoleråd, og fortel kva side det gjeld og kva som skjedde.',
    en: 'Have you found something that does not work, or is hard to use? Contact Norsk kulturskoleråd and tell us which page and what happened.',
  },
  'a11y.complaint.body': {
    nb: 'Får du ikke svar, eller er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell utforming av IKT i Digitaliseringsdirektoratet.',
    nn: 'Får du ikkje svar, eller er du ikkje nøgd med svaret, kan du klage til Tilsynet for universell utforming av IKT i Digitaliseringsdirektoratet.',
    en: 'If you get no answer, or are not satisfied with it, you can complain to the Authority for Universal Design of ICT (Tilsynet for universell utforming av IKT) at the Norwegian Digitalisation Agency.',
  },
  'a11y.complaint.link': {
    nb: 'Tilsynet for universell utforming av IKT (uutilsynet.no)',
    nn: 'Tilsynet for universell utforming av IKT (uutilsynet.no)',
    en: 'The Authority for Universal Design of ICT (uutilsynet.no)',
  },
  'a11y.updated': {
    nb: 'Erklæringen ble sist oppdatert {date}.',
    nn: 'Erklæringa vart sist oppdatert {date}.',
    en: 'This statement was last updated on {date}.',
  },
} as const satisfies Catalogue;
