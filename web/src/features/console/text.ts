/**
 * The secretariat's console in bokmål, nynorsk and English: a catalogue
 * (`shared/i18n/catalogue.ts`) loaded only with the console's lazy chunk, with the committees'
 * names shared with the e-mails and exports (`shared/i18n/committees.ts`).
 */
import type { Catalogue } from '../../../../shared/i18n/catalogue.ts';
import { committeeText } from '../../../../shared/i18n/committees.ts';
import { useText, type Text } from '../../app/i18n.tsx';

export const consoleText = {
  ...committeeText,
  // ── the frame ──────────────────────────────────────────────────────────────────────
  'console.title': { nb: 'Sekretariatet', nn: 'Sekretariatet', en: 'Secretariat' },
  'console.signedInAs': {
    nb: 'Logget inn som {email}',
    nn: 'Logga inn som {email}',
    en: 'Signed in as {email}',
  },
  'console.signOut': { nb: 'Logg ut', nn: 'Logg ut', en: 'Sign out' },
  'console.signOut.failed': {
    nb: 'Vi fikk ikke logget deg ut. Prøv igjen.',
    nn: 'Vi fekk ikkje logga deg ut. Prøv igjen.',
    en: 'We could not sign you out. Please try again.',
  },
  'console.untitled': { nb: '(uten tittel)', nn: '(utan tittel)', en: '(untitled)' },
  'console.back': {
    nb: 'Tilbake til oversikten',
    nn: 'Tilbake til oversikta',
    en: 'Back to the overview',
  },
  'console.round': { nb: 'Utlysning', nn: 'Utlysing', en: 'Funding round' },

  // ── sign-in ───────────────────────────────────────────────────────────────────────
  'console.signIn.title': {
    nb: 'Logg inn i sekretariatets konsoll',
    nn: 'Logg inn i konsollen for sekretariatet',
    en: "Sign in to the secretariat's console",
  },
  'console.signIn.lead': {
    nb: 'For ansatte i sekretariatet i Norsk kulturskoleråd. Skriv e-postadressen din, så sender vi deg en lenke for å logge inn.',
    nn: 'For tilsette i sekretariatet i Norsk kulturskoleråd. Skriv e-postadressa di, så sender vi deg ei lenkje for å logge inn.',
    en: 'For the staff of the Norsk kulturskoleråd secretariat. Enter your e-mail address and we will send you a link to sign in.',
  },
  'console.signIn.email': { nb: 'E-postadresse', nn: 'E-postadresse', en: 'E-mail address' },
  'console.signIn.email.required': {
    nb: 'Skriv e-postadressen din.',
    nn: 'Skriv e-postadressa di.',
    en: 'Enter your e-mail address.',
  },
  'console.signIn.submit': { nb: 'Send meg en lenke', nn: 'Send meg ei lenkje', en: 'Send me a link' },
  'console.signIn.reason.required': {
    nb: 'Du må logge inn for å bruke konsollen.',
    nn: 'Du må logge inn for å bruke konsollen.',
    en: 'Please sign in to use the console.',
  },
  'console.signIn.reason.expired': {
    nb: 'Innloggingen din er avsluttet. Logg inn på nytt for å fortsette.',
    nn: 'Innlogginga di er avslutta. Logg inn på nytt for å halde fram.',
    en: 'Your sign-in has ended. Please sign in again to continue.',
  },
  'console.signIn.reason.signedOut': {
    nb: 'Du er logget ut.',
    nn: 'Du er logga ut.',
    en: 'You are signed out.',
  },
  'console.sent.title': { nb: 'Sjekk e-posten din', nn: 'Sjekk e-posten din', en: 'Check your e-mail' },
  'console.sent.body': {
    nb: 'Hvis {email} er registrert som ansatt i sekretariatet, har vi sendt en lenke dit. Lenken virker én gang, i én time.',
    nn: 'Dersom {email} er registrert som tilsett i sekretariatet, har vi sendt ei lenkje dit. Lenkja verkar éin gong, i éin time.',
    en: 'If {email} is registered as secretariat staff, we have sent a link there. The link works once, for one hour.',
  },
  'console.sent.notReceived': {
    nb: 'Fikk du ingen e-post? Sjekk søppelposten, og at adressen er skrevet riktig.',
    nn: 'Fekk du ingen e-post? Sjekk søppelposten, og at adressa er skriven rett.',
    en: 'No e-mail? Check your spam folder, and that the address is spelt correctly.',
  },
  'console.sent.again': {
    nb: 'Prøv en annen adresse',
    nn: 'Prøv ei anna adresse',
    en: 'Try another address',
  },
  'console.link.title': { nb: 'Logger inn …', nn: 'Loggar inn …', en: 'Signing in …' },
  'console.link.failed': {
    nb: 'Innloggingen virket ikke',
    nn: 'Innlogginga verka ikkje',
    en: 'The sign-in did not work',
  },
  'console.link.expired': {
    nb: 'Lenken er for gammel (den virker i én time). Be om en ny.',
    nn: 'Lenkja er for gammal (ho verkar i éin time). Be om ei ny.',
    en: 'The link is too old (it works for one hour). Ask for a new one.',
  },
  'console.link.used': {
    nb: 'Lenken er allerede brukt (den virker én gang). Be om en ny.',
    nn: 'Lenkja er alt brukt (ho verkar éin gong). Be om ei ny.',
    en: 'The link has been used already (it works once). Ask for a new one.',
  },
  'console.link.invalid': {
    nb: 'Lenken er ikke gyldig. Be om en ny.',
    nn: 'Lenkja er ikkje gyldig. Be om ei ny.',
    en: 'The link is not valid. Ask for a new one.',
  },
  'console.link.newLink': { nb: 'Be om en ny lenke', nn: 'Be om ei ny lenkje', en: 'Ask for a new link' },

  // ── the overview: applications ────────────────────────────────────────────────────
  'console.applications.heading': { nb: 'Søknader', nn: 'Søknader', en: 'Applications' },
  'console.applications.none': {
    nb: 'Ingen har begynt på en søknad i denne utlysningen ennå.',
    nn: 'Ingen har byrja på ein søknad i denne utlysinga enno.',
    en: 'Nobody has started an application in this round yet.',
  },
  'console.applications.noMatch': {
    nb: 'Ingen søknader passer med filtrene.',
    nn: 'Ingen søknader passar med filtera.',
    en: 'No applications match the filters.',
  },
  'console.filter.label': { nb: 'Filtrer søknadene', nn: 'Filtrer søknadene', en: 'Filter the applications' },
  'console.search': { nb: 'Søk', nn: 'Søk', en: 'Search' },
  'console.search.description': {
    nb: 'Kommune, mottaksnummer, tittel eller kontaktperson',
    nn: 'Kommune, mottaksnummer, tittel eller kontaktperson',
    en: 'Municipality, receipt number, title or contact person',
  },
  'console.filter.all': { nb: 'Alle', nn: 'Alle', en: 'All' },
  'console.filter.progress': { nb: 'Status', nn: 'Status', en: 'Status' },
  'console.filter.outcome': { nb: 'Utfall', nn: 'Utfall', en: 'Outcome' },
  'console.filter.county': { nb: 'Fylke', nn: 'Fylke', en: 'County' },
  'console.filter.activityArea': { nb: 'Aktivitetsområde', nn: 'Aktivitetsområde', en: 'Activity area' },
  'console.filter.artSubject': { nb: 'Kunstfag', nn: 'Kunstfag', en: 'Art subject' },
  'console.filter.reset': { nb: 'Fjern filtrene', nn: 'Fjern filtera', en: 'Clear the filters' },
  'console.shown': {
    nb: { one: 'Viser {shown} av {count} søknad', other: 'Viser {shown} av {count} søknader' },
    nn: { one: 'Viser {shown} av {count} søknad', other: 'Viser {shown} av {count} søknader' },
    en: { one: 'Showing {shown} of {count} application', other: 'Showing {shown} of {count} applications' },
  },
  'console.col.receipt': { nb: 'Mottaksnr.', nn: 'Mottaksnr.', en: 'Receipt no.' },
  'console.col.title': { nb: 'Søknad', nn: 'Søknad', en: 'Application' },
  'console.col.municipality': { nb: 'Kommune', nn: 'Kommune', en: 'Municipality' },
  'console.col.counties': { nb: 'Fylke', nn: 'Fylke', en: 'County' },
  'console.col.progress': { nb: 'Status', nn: 'Status', en: 'Status' },
  'console.col.requested': { nb: 'Søkt beløp', nn: 'Søkt beløp', en: 'Requested' },
  'console.col.updated': { nb: 'Sist endret', nn: 'Sist endra', en: 'Last changed' },
  'console.awarded': { nb: 'tildelt {amount}', nn: 'tildelt {amount}', en: '{amount} awarded' },
  'console.partners': { nb: 'med {names}', nn: 'med {names}', en: 'with {names}' },
  'console.progress.DRAFT': { nb: 'Utkast', nn: 'Utkast', en: 'Draft' },
  'console.progress.SUBMITTED': { nb: 'Sendt inn', nn: 'Send inn', en: 'Submitted' },
  'console.progress.EXPERT_REVIEW': { nb: 'Sakkyndig utvalg', nn: 'Sakkunnig utval', en: 'Expert committee' },
  'console.progress.GEOGRAPHIC_REVIEW': {
    nb: 'Geografisk utvalg',
    nn: 'Geografisk utval',
    en: 'Geographic committee',
  },
  'console.progress.FINAL_REVIEW': {
    nb: 'Innstillingsutvalget',
    nn: 'Innstillingsutvalet',
    en: 'Final committee',
  },
  'console.progress.AWAITING_ANNOUNCEMENT': {
    nb: 'Venter på offentliggjøring',
    nn: 'Ventar på offentleggjering',
    en: 'Awaiting announcement',
  },
  'console.progress.ANNOUNCED': { nb: 'Offentliggjort', nn: 'Offentleggjort', en: 'Announced' },
  'console.progress.WITHDRAWN': { nb: 'Trukket', nn: 'Trekt', en: 'Withdrawn' },
  'console.outcome.AWARDED': { nb: 'Tildelt', nn: 'Tildelt', en: 'Awarded' },
  'console.outcome.DECLINED': { nb: 'Avslått', nn: 'Avslått', en: 'Declined' },
  'console.outcome.NOT_QUALIFIED': { nb: 'Ikke kvalifisert', nn: 'Ikkje kvalifisert', en: 'Not qualified' },

  // ── the overview: tallies ─────────────────────────────────────────────────────────
  'console.tallies.heading': { nb: 'Antall og beløp', nn: 'Tal og beløp', en: 'Counts and amounts' },
  'console.tallies.total': {
    nb: {
      one: '{count} innsendt søknad ber om til sammen {amount}. I tillegg: {drafts} utkast, {withdrawn} trukket.',
      other:
        '{count} innsendte søknader ber om til sammen {amount}. I tillegg: {drafts} utkast, {withdrawn} trukket.',
    },
    nn: {
      one: '{count} innsend søknad ber om til saman {amount}. I tillegg: {drafts} utkast, {withdrawn} trekt.',
      other:
        '{count} innsende søknader ber om til saman {amount}. I tillegg: {drafts} utkast, {withdrawn} trekte.',
    },
    en: {
      one: '{count} submitted application asks for {amount} in all. Besides: {drafts} drafts, {withdrawn} withdrawn.',
      other:
        '{count} submitted applications ask for {amount} in all. Besides: {drafts} drafts, {withdrawn} withdrawn.',
    },
  },
  'console.tallies.totalAwarded': {
    nb: 'Tildelt til sammen {amount}.',
    nn: 'Tildelt til saman {amount}.',
    en: '{amount} awarded in all.',
  },
  'console.tallies.note': {
    nb: 'For hele utlysningen, uansett filter. En søknad som gjelder flere fylker, områder eller kunstfag, telles med under hvert av dem. Søkt og tildelt gjelder innsendte søknader.',
    nn: 'For heile utlysinga, same kva filter. Ein søknad som gjeld fleire fylke, område eller kunstfag, vert tald med under kvart av dei. Søkt og tildelt gjeld innsende søknader.',
    en: 'For the whole round, whatever the filters. An application spanning several counties, areas or art subjects counts under each. Requested and awarded are of submitted applications.',
  },
  'console.tallies.none': { nb: 'Ingen ennå.', nn: 'Ingen enno.', en: 'None yet.' },
  'console.tallies.byCounty': { nb: 'Fylke', nn: 'Fylke', en: 'County' },
  'console.tallies.byArea': { nb: 'Aktivitetsområde', nn: 'Aktivitetsområde', en: 'Activity area' },
  'console.tallies.bySubject': { nb: 'Kunstfag', nn: 'Kunstfag', en: 'Art subject' },
  'console.tallies.submitted': { nb: 'Innsendt', nn: 'Innsende', en: 'Submitted' },
  'console.tallies.requested': { nb: 'Søkt', nn: 'Søkt', en: 'Requested' },
  'console.tallies.awarded': { nb: 'Tildelt', nn: 'Tildelt', en: 'Awarded' },
  'console.tallies.drafts': { nb: 'Utkast', nn: 'Utkast', en: 'Drafts' },
  'console.tallies.withdrawn': { nb: 'Trukket', nn: 'Trekte', en: 'Withdrawn' },

  // ── the overview: committees ──────────────────────────────────────────────────────
  'console.committees.heading': { nb: 'Utvalgene', nn: 'Utvala', en: 'The committees' },
  'console.committee.deadline': { nb: 'Frist {when}', nn: 'Frist {when}', en: 'Deadline {when}' },
  'console.committee.overdue': {
    nb: 'Fristen er passert',
    nn: 'Fristen er passert',
    en: 'Past the deadline',
  },
  'console.committee.applications': {
    nb: { one: '{count} søknad', other: '{count} søknader' },
    nn: { one: '{count} søknad', other: '{count} søknader' },
    en: { one: '{count} application', other: '{count} applications' },
  },
  'console.stage.not-open': { nb: 'Ikke åpnet', nn: 'Ikkje opna', en: 'Not open' },
  'console.stage.open': { nb: 'Pågår', nn: 'Pågår', en: 'In progress' },
  'console.stage.finalised': { nb: 'Fullført', nn: 'Fullført', en: 'Finalised' },
  'console.member': { nb: 'Medlem', nn: 'Medlem', en: 'Member' },
  'console.member.role': { nb: 'Rolle', nn: 'Rolle', en: 'Role' },
  'console.member.declared': { nb: 'Erklært', nn: 'Erklært', en: 'Declared' },
  'console.member.assessed': { nb: 'Vurdert', nn: 'Vurdert', en: 'Assessed' },
  'console.member.commented': { nb: 'Kommentert', nn: 'Kommentert', en: 'Commented' },
  'console.member.conflicts': { nb: 'Inhabil', nn: 'Inhabil', en: 'Conflicts' },
  'console.member.outstanding': { nb: 'Gjenstår', nn: 'Står att', en: 'Outstanding' },
  'console.member.link': { nb: 'Lenke', nn: 'Lenkje', en: 'Link' },
  'console.member.actions': { nb: 'Handlinger', nn: 'Handlingar', en: 'Actions' },
  'console.role.chair': { nb: 'leder', nn: 'leiar', en: 'chair' },
  'console.role.deputy': { nb: 'nestleder', nn: 'nestleiar', en: 'deputy chair' },
  'console.role.member': { nb: 'medlem', nn: 'medlem', en: 'member' },
  'console.link.issuedAt': { nb: 'Sendt {when}', nn: 'Send {when}', en: 'Sent {when}' },
  'console.link.revokedAt': {
    nb: 'Trukket tilbake {when}',
    nn: 'Trekt tilbake {when}',
    en: 'Revoked {when}',
  },
  'console.link.none': { nb: 'Ingen lenke ennå', nn: 'Inga lenkje enno', en: 'No link yet' },
  'console.issue': { nb: 'Send lenke', nn: 'Send lenkje', en: 'Send link' },
  'console.issue.title': {
    nb: 'Sende lenke til {name}?',
    nn: 'Sende lenkje til {name}?',
    en: 'Send a link to {name}?',
  },
  'console.issue.body': {
    nb: '{name} får en lenke til {committee} på e-post til {email}.',
    nn: '{name} får ei lenkje til {committee} på e-post til {email}.',
    en: '{name} gets a link to the {committee} by e-mail to {email}.',
  },
  'console.issue.confirm': { nb: 'Send lenken', nn: 'Send lenkja', en: 'Send the link' },
  'console.reissue': { nb: 'Send ny lenke', nn: 'Send ny lenkje', en: 'Send a new link' },
  'console.reissue.title': {
    nb: 'Sende ny lenke til {name}?',
    nn: 'Sende ny lenkje til {name}?',
    en: 'Send a new link to {name}?',
  },
  'console.reissue.body': {
    nb: 'Lenken {name} har til {committee} slutter å virke, og en ny sendes på e-post til {email}.',
    nn: 'Lenkja {name} har til {committee} sluttar å verke, og ei ny vert send på e-post til {email}.',
    en: 'The link {name} has to the {committee} stops working, and a new one is e-mailed to {email}.',
  },
  'console.reissue.confirm': { nb: 'Send ny lenke', nn: 'Send ny lenkje', en: 'Send a new link' },
  'console.reissue.done': {
    nb: 'En ny lenke er sendt til {name} ({email}).',
    nn: 'Ei ny lenkje er send til {name} ({email}).',
    en: 'A new link has been sent to {name} ({email}).',
  },
  'console.revoke': { nb: 'Trekk tilbake lenken', nn: 'Trekk tilbake lenkja', en: 'Revoke the link' },
  'console.revoke.title': {
    nb: 'Trekke tilbake lenken til {name}?',
    nn: 'Trekkje tilbake lenkja til {name}?',
    en: 'Revoke the link of {name}?',
  },
  'console.revoke.body': {
    nb: 'Lenken {name} har til {committee} slutter å virke med en gang. Du kan sende en ny senere.',
    nn: 'Lenkja {name} har til {committee} sluttar å verke med ein gong. Du kan sende ei ny seinare.',
    en: 'The link {name} has to the {committee} stops working at once. You can send a new one later.',
  },
  'console.revoke.confirm': { nb: 'Trekk tilbake', nn: 'Trekk tilbake', en: 'Revoke' },
  'console.revoke.done': {
    nb: 'Lenken til {name} er trukket tilbake.',
    nn: 'Lenkja til {name} er trekt tilbake.',
    en: 'The link of {name} has been revoked.',
  },

  // ── the overview: dates ───────────────────────────────────────────────────────────
  'console.dates.heading': { nb: 'Datoer', nn: 'Datoar', en: 'Dates' },
  'console.dates.lead': {
    nb: 'Slik datoene gjelder nå, i norsk tid. Arbeidsflyten leser dem hver gang den våkner, så en flyttet dato gjelder med en gang.',
    nn: 'Slik datoane gjeld no, i norsk tid. Arbeidsflyten les dei kvar gong han vaknar, så ein flytta dato gjeld med ein gong.',
    en: 'The dates as they hold now, in Norwegian time. The workflow reads them every time it wakes, so a moved date applies at once.',
  },
  'console.dates.event': { nb: 'Hva', nn: 'Kva', en: 'What' },
  'console.dates.when': { nb: 'Når', nn: 'Når', en: 'When' },
  'console.dates.applicationCloses': { nb: 'Søknadsfrist', nn: 'Søknadsfrist', en: 'Application deadline' },
  'console.dates.expert': {
    nb: 'Frist for sakkyndig utvalg',
    nn: 'Frist for sakkunnig utval',
    en: 'Expert committee deadline',
  },
  'console.dates.geographic': {
    nb: 'Frist for geografisk utvalg',
    nn: 'Frist for geografisk utval',
    en: 'Geographic committee deadline',
  },
  'console.dates.final': {
    nb: 'Frist for innstillingsutvalget',
    nn: 'Frist for innstillingsutvalet',
    en: 'Final committee deadline',
  },
  'console.dates.announcement': { nb: 'Offentliggjøring', nn: 'Offentleggjering', en: 'Announcement' },
  'console.dates.acceptBy': {
    nb: 'Frist for å ta imot tilskuddet',
    nn: 'Frist for å ta imot tilskotet',
    en: 'Deadline for accepting the grant',
  },
  'console.dates.report': {
    nb: 'Rapport for skoleåret {schoolYear}',
    nn: 'Rapport for skuleåret {schoolYear}',
    en: 'Report for the school year {schoolYear}',
  },
  'console.move': { nb: 'Flytt', nn: 'Flytt', en: 'Move' },
  'console.move.title': { nb: 'Flytte «{event}»?', nn: 'Flytte «{event}»?', en: 'Move “{event}”?' },
  'console.move.field': { nb: 'Ny dato og tid', nn: 'Ny dato og tid', en: 'New date and time' },
  'console.move.description': {
    nb: 'Dato og klokkeslett i norsk tid.',
    nn: 'Dato og klokkeslett i norsk tid.',
    en: 'Date and time, Norwegian time.',
  },
  'console.move.required': {
    nb: 'Velg dato og klokkeslett.',
    nn: 'Vel dato og klokkeslett.',
    en: 'Choose a date and time.',
  },
  'console.move.invalid': {
    nb: 'Dette tidspunktet finnes ikke i norsk tid (sommertid). Velg et annet.',
    nn: 'Dette tidspunktet finst ikkje i norsk tid (sommartid). Vel eit anna.',
    en: 'That time does not exist in Norwegian time (summer time). Choose another.',
  },
  'console.move.confirm': { nb: 'Flytt datoen', nn: 'Flytt datoen', en: 'Move the date' },
  'console.move.done': {
    nb: '«{event}» er flyttet til {when}.',
    nn: '«{event}» er flytta til {when}.',
    en: '“{event}” moved to {when}.',
  },
  'console.announce': { nb: 'Offentliggjør nå', nn: 'Offentleggjer no', en: 'Announce now' },
  'console.announce.title': {
    nb: 'Offentliggjøre tildelingene nå?',
    nn: 'Offentleggjere tildelingane no?',
    en: 'Announce the awards now?',
  },
  'console.announce.body': {
    nb: 'Offentliggjøringen flyttes til nå. Søknader med vedtak får svaret på e-post, og tildelingene vises på den offentlige siden. Det kan ikke gjøres om.',
    nn: 'Offentleggjeringa vert flytta til no. Søknader med vedtak får svaret på e-post, og tildelingane vert viste på den offentlege sida. Det kan ikkje gjerast om.',
    en: 'The announcement moves to now. Applications with a decision get the answer by e-mail, and the awards appear on the public page. It cannot be undone.',
  },
  'console.announce.confirm': { nb: 'Offentliggjør', nn: 'Offentleggjer', en: 'Announce' },
  'console.announce.done': {
    nb: 'Offentliggjøringen er flyttet til nå.',
    nn: 'Offentleggjeringa er flytta til no.',
    en: 'The announcement has been moved to now.',
  },

  // ── one application ───────────────────────────────────────────────────────────────
  'console.application.title': { nb: 'Søknad', nn: 'Søknad', en: 'Application' },
  'console.application.content': { nb: 'Søknaden', nn: 'Søknaden', en: 'The application' },
  'console.fact.owner': { nb: 'Innlogget søker', nn: 'Innlogga søkjar', en: 'Signed-in applicant' },
  'console.fact.contact': { nb: 'Kontaktperson', nn: 'Kontaktperson', en: 'Contact person' },
  'console.fact.municipalities': { nb: 'Kommuner', nn: 'Kommunar', en: 'Municipalities' },
  'console.fact.created': { nb: 'Påbegynt', nn: 'Byrja på', en: 'Started' },
  'console.fact.submitted': { nb: 'Sendt inn', nn: 'Send inn', en: 'Submitted' },
  'console.fact.withdrawn': { nb: 'Trukket', nn: 'Trekt', en: 'Withdrawn' },
  'console.fact.awarded': { nb: 'Tildelt', nn: 'Tildelt', en: 'Awarded' },
  'console.fact.announced': { nb: 'Resultat sendt', nn: 'Resultat sendt', en: 'Outcome sent' },
  'console.mailProblems.heading': {
    nb: 'E-post som ikke kom fram',
    nn: 'E-post som ikkje kom fram',
    en: 'E-mail that did not arrive',
  },
  'console.mailProblems.bounce': {
    nb: 'Kom ikke fram til {to} ({when}).',
    nn: 'Kom ikkje fram til {to} ({when}).',
    en: 'Did not reach {to} ({when}).',
  },
  'console.mailProblems.complaint': {
    nb: 'Meldt som søppelpost av {to} ({when}).',
    nn: 'Meld som søppelpost av {to} ({when}).',
    en: 'Reported as spam by {to} ({when}).',
  },
  'console.actions.heading': { nb: 'Handlinger', nn: 'Handlingar', en: 'Actions' },
  'console.resend': {
    nb: 'Send ny innloggingslenke',
    nn: 'Send ny innloggingslenkje',
    en: 'Send a new sign-in link',
  },
  'console.resend.title': {
    nb: 'Sende ny innloggingslenke til søkeren?',
    nn: 'Sende ny innloggingslenkje til søkjaren?',
    en: 'Send the applicant a new sign-in link?',
  },
  'console.resend.body': {
    nb: 'En ny lenke til søknaden sendes til {email}. Lenken virker én gang, i én time.',
    nn: 'Ei ny lenkje til søknaden vert send til {email}. Lenkja verkar éin gong, i éin time.',
    en: 'A new link to the application is sent to {email}. The link works once, for one hour.',
  },
  'console.resend.confirm': { nb: 'Send lenken', nn: 'Send lenkja', en: 'Send the link' },
  'console.resend.done': {
    nb: 'En ny innloggingslenke er sendt til {email}.',
    nn: 'Ei ny innloggingslenkje er send til {email}.',
    en: 'A new sign-in link has been sent to {email}.',
  },
  'console.withdraw': {
    nb: 'Trekk søknaden etter skriftlig forespørsel',
    nn: 'Trekk søknaden etter skriftleg førespurnad',
    en: 'Withdraw on written request',
  },
  'console.withdraw.title': { nb: 'Trekke «{title}»?', nn: 'Trekkje «{title}»?', en: 'Withdraw “{title}”?' },
  'console.withdraw.body': {
    nb: 'Gjør dette bare når søkeren skriftlig har bedt om det. Søknaden tas ut av behandlingen, og søkeren får bekreftelse på e-post.',
    nn: 'Gjer dette berre når søkjaren skriftleg har bede om det. Søknaden vert teken ut av handsaminga, og søkjaren får stadfesting på e-post.',
    en: 'Only do this when the applicant has asked for it in writing. The application leaves the review, and the applicant gets a confirmation by e-mail.',
  },
  'console.withdraw.reason': { nb: 'Begrunnelse', nn: 'Grunngjeving', en: 'Reason' },
  'console.withdraw.reason.description': {
    nb: 'Hvem ba om det, når og hvordan (for eksempel «E-post fra rektor 2. desember»). Lagres i endringsloggen.',
    nn: 'Kven bad om det, når og korleis (til dømes «E-post frå rektor 2. desember»). Vert lagra i endringsloggen.',
    en: 'Who asked, when and how (for example “E-mail from the head teacher, 2 December”). Kept in the audit trail.',
  },
  'console.withdraw.reason.required': {
    nb: 'Skriv hvorfor søknaden trekkes.',
    nn: 'Skriv kvifor søknaden vert trekt.',
    en: 'Write why the application is withdrawn.',
  },
  'console.withdraw.confirm': { nb: 'Trekk søknaden', nn: 'Trekk søknaden', en: 'Withdraw the application' },
  'console.withdraw.done': {
    nb: 'Søknaden er trukket.',
    nn: 'Søknaden er trekt.',
    en: 'The application has been withdrawn.',
  },
  'console.stages.heading': {
    nb: 'Utvalgenes behandling',
    nn: 'Handsaminga i utvala',
    en: "The committees' review",
  },
  'console.stages.committee': { nb: 'Utvalg', nn: 'Utval', en: 'Committee' },
  'console.stages.outcome': { nb: 'Resultat', nn: 'Resultat', en: 'Result' },
  'console.stages.when': { nb: 'Når', nn: 'Når', en: 'When' },
  'console.stages.undecided': { nb: 'Ikke avgjort ennå', nn: 'Ikkje avgjort enno', en: 'Not decided yet' },
  'console.stages.qualified': { nb: 'Kvalifisert', nn: 'Kvalifisert', en: 'Qualified' },
  'console.stages.rank': {
    nb: 'Prioritert som nr. {rank}',
    nn: 'Prioritert som nr. {rank}',
    en: 'Ranked no. {rank}',
  },
  'console.stages.awarded': { nb: 'Tildelt {amount}', nn: 'Tildelt {amount}', en: 'Awarded {amount}' },
  'console.stages.standAside': {
    nb: { one: '{count} medlem var inhabilt', other: '{count} medlemmer var inhabile' },
    nn: { one: '{count} medlem var inhabilt', other: '{count} medlemmer var inhabile' },
    en: { one: '{count} member stood aside', other: '{count} members stood aside' },
  },
  'console.audit.heading': { nb: 'Endringslogg', nn: 'Endringslogg', en: 'Audit trail' },
  'console.audit.none': { nb: 'Ingen hendelser ennå.', nn: 'Ingen hendingar enno.', en: 'No events yet.' },
  'console.audit.when': { nb: 'Når', nn: 'Når', en: 'When' },
  'console.audit.who': { nb: 'Hvem', nn: 'Kven', en: 'Who' },
  'console.audit.what': { nb: 'Hva', nn: 'Kva', en: 'What' },
  'console.actor.workflow': { nb: 'Systemet', nn: 'Systemet', en: 'The system' },
  'console.actor.applicant': { nb: 'Søkeren', nn: 'Søkjaren', en: 'The applicant' },
  'console.actor.staff': { nb: '{id} (sekretariatet)', nn: '{id} (sekretariatet)', en: '{id} (secretariat)' },
  'console.actor.member': { nb: '{id} ({committee})', nn: '{id} ({committee})', en: '{id} ({committee})' },
  'console.actor.memberNamed': {
    nb: '{name} ({committee}, id {id})',
    nn: '{name} ({committee}, id {id})',
    en: '{name} ({committee}, id {id})',
  },
  'console.actor.admin': {
    nb: '{id} (administrator)',
    nn: '{id} (administrator)',
    en: '{id} (administrator)',
  },
  // ── the audit trail's events (an unknown one shows its code) ─────────────────────────
  'console.audit.action.signin-link.resent': {
    nb: 'Ny innloggingslenke sendt til søkeren',
    nn: 'Ny innloggingslenkje send til søkjaren',
    en: 'New sign-in link sent to the applicant',
  },
  'console.audit.action.application.submitted': {
    nb: 'Søknaden ble sendt inn',
    nn: 'Søknaden vart send inn',
    en: 'The application was submitted',
  },
  'console.audit.action.application.withdrawn': {
    nb: 'Søknaden ble trukket',
    nn: 'Søknaden vart trekt',
    en: 'The application was withdrawn',
  },
  'console.audit.action.application.erased': {
    nb: 'Søknaden ble slettet',
    nn: 'Søknaden vart sletta',
    en: 'The application was erased',
  },
  'console.audit.action.link.issued': {
    nb: 'Lenke sendt til utvalgsmedlem',
    nn: 'Lenkje send til utvalsmedlem',
    en: 'Link sent to a committee member',
  },
  'console.audit.action.link.revoked': {
    nb: 'Lenke trukket tilbake',
    nn: 'Lenkje trekt tilbake',
    en: 'Link revoked',
  },
  'console.audit.action.schedule.moved': { nb: 'Datoer flyttet', nn: 'Datoar flytta', en: 'Dates moved' },
  'console.audit.action.stage.opened': {
    nb: 'Utvalgets behandling åpnet',
    nn: 'Handsaminga i utvalet opna',
    en: 'The committee’s stage opened',
  },
  'console.audit.action.stage.invitations.sent': {
    nb: 'Invitasjoner sendt til utvalget',
    nn: 'Invitasjonar sende til utvalet',
    en: 'Invitations sent to the committee',
  },
  'console.audit.action.stage.finalised': {
    nb: 'Utvalgets behandling fullført',
    nn: 'Handsaminga i utvalet fullført',
    en: 'The committee’s stage finalised',
  },
  'console.audit.action.stage.overdue.reminded': {
    nb: 'Påminnelse om passert frist',
    nn: 'Påminning om passert frist',
    en: 'Reminder of a passed deadline',
  },
  'console.audit.action.reminder.sent': { nb: 'Påminnelse sendt', nn: 'Påminning send', en: 'Reminder sent' },
  'console.audit.action.declaration.conflicted': {
    nb: 'Erklærte seg inhabil',
    nn: 'Erklærte seg inhabil',
    en: 'Declared a conflict of interest',
  },
  'console.audit.action.declaration.not-conflicted': {
    nb: 'Erklærte seg habil',
    nn: 'Erklærte seg habil',
    en: 'Declared no conflict of interest',
  },
  'console.audit.action.assessment.saved': {
    nb: 'Vurdering lagret',
    nn: 'Vurdering lagra',
    en: 'Assessment saved',
  },
  'console.audit.action.comment.saved': {
    nb: 'Kommentar lagret',
    nn: 'Kommentar lagra',
    en: 'Comment saved',
  },
  'console.audit.action.discussion.posted': {
    nb: 'Innlegg i utvalgets diskusjon',
    nn: 'Innlegg i diskusjonen i utvalet',
    en: 'Post in the committee’s discussion',
  },
  'console.audit.action.outcome.proposed': {
    nb: 'Utvalgets konklusjon satt',
    nn: 'Konklusjonen til utvalet sett',
    en: 'The committee’s outcome set',
  },
  'console.audit.action.order.set': {
    nb: 'Prioritering satt',
    nn: 'Prioritering sett',
    en: 'Priority order set',
  },
  'console.audit.action.decision.applied': {
    nb: 'Utvalgets vedtak registrert',
    nn: 'Vedtaket til utvalet registrert',
    en: 'The committee’s decision recorded',
  },
  'console.audit.action.conflict.voided': {
    nb: 'Forslag fra inhabilt medlem forkastet',
    nn: 'Forslag frå inhabilt medlem forkasta',
    en: 'Proposal of a conflicted member voided',
  },
  'console.audit.action.outcome.announced': {
    nb: 'Resultatet ble sendt til søkeren',
    nn: 'Resultatet vart sendt til søkjaren',
    en: 'The outcome was sent to the applicant',
  },
  'console.audit.action.attachment.upload-refused': {
    nb: 'Vedlegg avvist ved opplasting',
    nn: 'Vedlegg avvist ved opplasting',
    en: 'Attachment refused at upload',
  },
  'console.audit.action.attachment.malware-found': {
    nb: 'Skadevare funnet i vedlegg',
    nn: 'Skadevare funnen i vedlegg',
    en: 'Malware found in an attachment',
  },
  'console.audit.action.attachment.scan-failed': {
    nb: 'Vedlegget kunne ikke kontrolleres',
    nn: 'Vedlegget kunne ikkje kontrollerast',
    en: 'The attachment could not be scanned',
  },
  'console.audit.action.mail.bounced': {
    nb: 'E-post kom ikke fram',
    nn: 'E-post kom ikkje fram',
    en: 'An e-mail bounced',
  },
  'console.audit.action.mail.complained': {
    nb: 'E-post meldt som søppelpost',
    nn: 'E-post meld som søppelpost',
    en: 'An e-mail was reported as spam',
  },
} as const satisfies Catalogue;

export type ConsoleKey = keyof typeof consoleText;
export type ConsoleText = Text<typeof consoleText>;
/** An action's result in words, said in the language of the moment (a switch rewords it). */
export type Said = (t: ConsoleText['t'], locale: ConsoleText['locale']) => string;

export function useConsoleText(): ConsoleText {
  return useText(consoleText);
}
