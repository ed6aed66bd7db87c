/**
 * The e-mails' text (`shared/mail/templates.ts` keeps their structure only): a catalogue
 * (`./catalogue.ts`). `{round}` is the round's title; `{count}` chooses the plural form.
 * Values are filled in as text; the HTML part escapes the filled paragraph. A catalogue per
 * mail, so a function bundles only the text of the mails it sends.
 */
import type { Catalogue } from './catalogue.ts';

export const signatureText = {
  'mail.signature': {
    nb: 'Vennlig hilsen\nNorsk kulturskoleråd',
    nn: 'Venleg helsing\nNorsk kulturskoleråd',
    en: 'Kind regards\nNorsk kulturskoleråd (the Norwegian Council for Schools of Music and Performing Arts)',
  },
} as const satisfies Catalogue;

/** The sign-in link. */
export const magicLinkText = {
  'mail.magicLink.subject': {
    nb: 'Din lenke til søknaden – {round}',
    nn: 'Lenkja di til søknaden – {round}',
    en: 'Your link to the application – {round}',
  },
  'mail.magicLink.intro': {
    nb: {
      one: 'Her er lenken til søknaden din om midler fra {round}. Lenken virker én gang, i {count} time; be om en ny på søknadssiden når du vil inn igjen.',
      other:
        'Her er lenken til søknaden din om midler fra {round}. Lenken virker én gang, i {count} timer; be om en ny på søknadssiden når du vil inn igjen.',
    },
    nn: {
      one: 'Her er lenkja til søknaden din om midlar frå {round}. Lenkja verkar éin gong, i {count} time; be om ei ny på søknadssida når du vil inn att.',
      other:
        'Her er lenkja til søknaden din om midlar frå {round}. Lenkja verkar éin gong, i {count} timar; be om ei ny på søknadssida når du vil inn att.',
    },
    en: {
      one: 'Here is the link to your application for funding from {round}. The link works once, for {count} hour; ask for a new one on the application page when you want to come back.',
      other:
        'Here is the link to your application for funding from {round}. The link works once, for {count} hours; ask for a new one on the application page when you want to come back.',
    },
  },
  'mail.magicLink.open': { nb: 'Åpne søknaden', nn: 'Opne søknaden', en: 'Open the application' },
  'mail.magicLink.deadline': {
    nb: 'Søknadsfristen er {closes}.',
    nn: 'Søknadsfristen er {closes}.',
    en: 'The application deadline is {closes}.',
  },
  'mail.magicLink.ignore': {
    nb: 'Har du ikke bedt om denne lenken, kan du se bort fra e-posten.',
    nn: 'Har du ikkje bede om denne lenkja, kan du sjå bort frå e-posten.',
    en: 'If you did not ask for this link, you can ignore this e-mail.',
  },
} as const satisfies Catalogue;

/** The receipt. */
export const receiptText = {
  'mail.receipt.subject': {
    nb: 'Kvittering for søknad {receiptNumber} – {round}',
    nn: 'Kvittering for søknad {receiptNumber} – {round}',
    en: 'Receipt for application {receiptNumber} – {round}',
  },
  'mail.receipt.intro': {
    nb: 'Vi har mottatt søknaden din {submittedAt}. Kvitteringsnummer: {receiptNumber}.',
    nn: 'Vi har motteke søknaden din {submittedAt}. Kvitteringsnummer: {receiptNumber}.',
    en: 'We received your application on {submittedAt}. Receipt number: {receiptNumber}.',
  },
  'mail.receipt.partners': { nb: 'Samarbeidsparter', nn: 'Samarbeidspartar', en: 'Partners' },
  'mail.receipt.requested': { nb: 'Omsøkt beløp', nn: 'Søkt beløp', en: 'Amount requested' },
  'mail.receipt.total': { nb: 'Totalt omsøkt', nn: 'Totalt søkt', en: 'Total requested' },
  'mail.receipt.next': {
    nb: 'Søknaden kan ikke lenger endres. Den går nå videre til behandling i sakkyndig utvalg etter søknadsfristen.',
    nn: 'Søknaden kan ikkje lenger endrast. Han går no vidare til handsaming i sakkunnig utval etter søknadsfristen.',
    en: 'The application can no longer be changed. After the deadline it goes to the expert committee for review.',
  },
  'mail.receipt.status': {
    nb: 'Se status for søknaden',
    nn: 'Sjå status for søknaden',
    en: 'See the status of the application',
  },
} as const satisfies Catalogue;

/**
 * To the contact person the applicant typed, when it is not the signed-in owner: a neutral
 * notice with nothing the applicant wrote (ADR 085) — the receipt itself goes to the owner.
 */
export const contactNoticeText = {
  'mail.contactNotice.subject': {
    nb: 'Du er oppgitt som kontaktperson for søknad {receiptNumber} – {round}',
    nn: 'Du er oppgitt som kontaktperson for søknad {receiptNumber} – {round}',
    en: 'You are named as the contact person for application {receiptNumber} – {round}',
  },
  'mail.contactNotice.body': {
    nb: 'Norsk kulturskoleråd har {submittedAt} mottatt en søknad til «{round}» der denne e-postadressen er oppgitt som kontaktperson. Kvitteringsnummer: {receiptNumber}. Kvitteringen og svaret på søknaden sendes til den som sendte inn søknaden.',
    nn: 'Norsk kulturskoleråd har {submittedAt} motteke ein søknad til «{round}» der denne e-postadressa er oppgitt som kontaktperson. Kvitteringsnummer: {receiptNumber}. Kvitteringa og svaret på søknaden blir sende til den som sende inn søknaden.',
    en: 'On {submittedAt} Norsk kulturskoleråd received an application to «{round}» that names this e-mail address as its contact person. Receipt number: {receiptNumber}. The receipt and the answer to the application go to whoever submitted it.',
  },
  'mail.contactNotice.unknown': {
    nb: 'Kjenner du ikke til søknaden, kan du svare på denne e-posten, så sletter vi adressen din fra den.',
    nn: 'Kjenner du ikkje til søknaden, kan du svare på denne e-posten, så slettar vi adressa di frå han.',
    en: 'If you do not know of this application, reply to this e-mail and we will remove your address from it.',
  },
} as const satisfies Catalogue;

/** A committee member's invitation. */
export const invitationText = {
  'mail.invitation.subject': {
    nb: 'Søknader til behandling i {committee} – {round}',
    nn: 'Søknader til handsaming i {committee} – {round}',
    en: 'Applications for review by {committee} – {round}',
  },
  'mail.invitation.intro': {
    nb: 'Hei {name}! Søknadene er klare til behandling i {committee}. Lenken under er personlig: den gir deg tilgang som medlem av utvalget, og virker til fristen {deadline}.',
    nn: 'Hei {name}! Søknadene er klare til handsaming i {committee}. Lenkja under er personleg: ho gjev deg tilgang som medlem av utvalet, og verkar til fristen {deadline}.',
    en: 'Hello {name}! The applications are ready for review by {committee}. The link below is personal: it gives you access as a committee member and works until the deadline, {deadline}.',
  },
  'mail.invitation.open': { nb: 'Åpne søknadene', nn: 'Opne søknadene', en: 'Open the applications' },
  'mail.invitation.conflict': {
    nb: 'Du tar stilling til habilitet for hver søknad før du ser vurderingsskjemaet. Ikke del lenken med andre.',
    nn: 'Du tek stilling til habilitet for kvar søknad før du ser vurderingsskjemaet. Ikkje del lenkja med andre.',
    en: 'You declare any conflict of interest for each application before you see the assessment form. Do not share the link.',
  },
} as const satisfies Catalogue;

/** The chair's reminder when a stage is overdue. */
export const overdueText = {
  'mail.overdue.subject': {
    nb: 'Påminnelse: fristen for {committee} er passert – {round}',
    nn: 'Påminning: fristen for {committee} er passert – {round}',
    en: 'Reminder: the deadline for {committee} has passed – {round}',
  },
  'mail.overdue.body': {
    nb: {
      one: 'Hei {name}! Fristen for {committee} var {deadline}, og vedtaket er ikke fattet ennå ({count} søknad venter). Fullfør behandlingen og avslutt trinnet. Trenger utvalget mer tid, eller er lenken utløpt, kontakt sekretariatet, som kan flytte fristen og sende nye lenker.',
      other:
        'Hei {name}! Fristen for {committee} var {deadline}, og vedtaket er ikke fattet ennå ({count} søknader venter). Fullfør behandlingen og avslutt trinnet. Trenger utvalget mer tid, eller er lenken utløpt, kontakt sekretariatet, som kan flytte fristen og sende nye lenker.',
    },
    nn: {
      one: 'Hei {name}! Fristen for {committee} var {deadline}, og vedtaket er ikkje gjort enno ({count} søknad ventar). Fullfør handsaminga og avslutt steget. Treng utvalet meir tid, eller har lenkja gått ut, kontakt sekretariatet, som kan flytte fristen og sende nye lenkjer.',
      other:
        'Hei {name}! Fristen for {committee} var {deadline}, og vedtaket er ikkje gjort enno ({count} søknader ventar). Fullfør handsaminga og avslutt steget. Treng utvalet meir tid, eller har lenkja gått ut, kontakt sekretariatet, som kan flytte fristen og sende nye lenkjer.',
    },
    en: {
      one: 'Hello {name}! The deadline for {committee} was {deadline}, and the decision has not been made yet ({count} application is waiting). Please complete the review and finalise the stage. If the committee needs more time, or the link has expired, contact the secretariat, who can move the deadline and send new links.',
      other:
        'Hello {name}! The deadline for {committee} was {deadline}, and the decision has not been made yet ({count} applications are waiting). Please complete the review and finalise the stage. If the committee needs more time, or the link has expired, contact the secretariat, who can move the deadline and send new links.',
    },
  },
} as const satisfies Catalogue;

/** Reminders before a deadline (ADR 091): to an unsubmitted draft, to a committee member. */
export const reminderText = {
  'mail.draftReminder.subject': {
    nb: 'Påminnelse: søknaden er ikke sendt inn – fristen er {deadline}',
    nn: 'Påminning: søknaden er ikkje send inn – fristen er {deadline}',
    en: 'Reminder: the application has not been submitted – the deadline is {deadline}',
  },
  'mail.draftReminder.body': {
    nb: 'Søknaden «{title}» til {round} er lagret som utkast, men ikke sendt inn. Søknadsfristen er {deadline}; etter fristen kan utkastet ikke sendes inn. Logg inn med e-postadressen din for å fullføre og sende søknaden.',
    nn: 'Søknaden «{title}» til {round} er lagra som utkast, men ikkje send inn. Søknadsfristen er {deadline}; etter fristen kan utkastet ikkje sendast inn. Logg inn med e-postadressa di for å fullføre og sende søknaden.',
    en: 'The application “{title}” to {round} is saved as a draft but has not been submitted. The deadline is {deadline}; after it, the draft cannot be submitted. Sign in with your e-mail address to complete and submit the application.',
  },
  'mail.draftReminder.untitled': { nb: 'uten tittel', nn: 'utan tittel', en: 'untitled' },
  'mail.draftReminder.open': { nb: 'Gå til søknaden', nn: 'Gå til søknaden', en: 'Go to the application' },
  'mail.memberReminder.subject': {
    nb: 'Påminnelse: fristen for {committee} er {deadline} – {round}',
    nn: 'Påminning: fristen for {committee} er {deadline} – {round}',
    en: 'Reminder: the deadline for {committee} is {deadline} – {round}',
  },
  'mail.memberReminder.body': {
    nb: {
      one: 'Hei {name}! Fristen for {committee} er {deadline}, og du har fortsatt {count} søknad du ikke har tatt stilling til habilitet for eller vurdert.',
      other:
        'Hei {name}! Fristen for {committee} er {deadline}, og du har fortsatt {count} søknader du ikke har tatt stilling til habilitet for eller vurdert.',
    },
    nn: {
      one: 'Hei {name}! Fristen for {committee} er {deadline}, og du har framleis {count} søknad du ikkje har teke stilling til habilitet for eller vurdert.',
      other:
        'Hei {name}! Fristen for {committee} er {deadline}, og du har framleis {count} søknader du ikkje har teke stilling til habilitet for eller vurdert.',
    },
    en: {
      one: 'Hello {name}! The deadline for {committee} is {deadline}, and there is still {count} application you have not declared on or assessed.',
      other:
        'Hello {name}! The deadline for {committee} is {deadline}, and there are still {count} applications you have not declared on or assessed.',
    },
  },
  'mail.memberReminder.link': {
    nb: 'Lenken under er din personlige lenke til utvalgets sider, og den virker til fristen. Ikke del den med andre.',
    nn: 'Lenkja under er den personlege lenkja di til sidene for utvalet, og ho verkar til fristen. Ikkje del ho med andre.',
    en: 'The link below is your personal link to the committee’s pages, and it works until the deadline. Do not share it.',
  },
  'mail.memberReminder.open': { nb: 'Åpne søknadene', nn: 'Opne søknadene', en: 'Open the applications' },
  'mail.memberReminder.noLink': {
    nb: 'Lenken din til utvalgets sider er trukket tilbake. Svar på denne e-posten hvis du skal ha en ny.',
    nn: 'Lenkja di til sidene for utvalet er trekt tilbake. Svar på denne e-posten dersom du skal ha ei ny.',
    en: 'Your link to the committee’s pages has been withdrawn. Reply to this e-mail if you need a new one.',
  },
} as const satisfies Catalogue;

/** The outcome on the announcement date. */
export const outcomeText = {
  'mail.outcome.subject': {
    nb: 'Svar på søknad {receiptNumber} – {round}',
    nn: 'Svar på søknad {receiptNumber} – {round}',
    en: 'Decision on application {receiptNumber} – {round}',
  },
  'mail.outcome.awarded': {
    nb: 'Vi har gleden av å meddele at søknaden «{title}» har fått tilskudd fra {round}, til sammen {total}:',
    nn: 'Vi har gleda av å melde at søknaden «{title}» har fått tilskot frå {round}, til saman {total}:',
    en: 'We are pleased to tell you that the application “{title}” has been awarded funding from {round}, in total {total}:',
  },
  'mail.outcome.reduced': {
    nb: 'Tilskuddet er lavere enn søkt beløp ({requested}). Begrunnelse: {reason}',
    nn: 'Tilskotet er lågare enn søkt beløp ({requested}). Grunngjeving: {reason}',
    en: 'The award is less than the amount requested ({requested}). Reason: {reason}',
  },
  'mail.outcome.declined': {
    nb: 'Søknaden «{title}» har dessverre ikke fått tilskudd fra {round}.',
    nn: 'Søknaden «{title}» har diverre ikkje fått tilskot frå {round}.',
    en: 'Unfortunately, the application “{title}” has not been awarded funding from {round}.',
  },
  'mail.outcome.notQualified': {
    nb: 'Søknaden «{title}» ble ikke vurdert som kvalifisert for {round}, og har derfor ikke fått tilskudd.',
    nn: 'Søknaden «{title}» vart ikkje vurdert som kvalifisert for {round}, og har difor ikkje fått tilskot.',
    en: 'The application “{title}” was not found qualified for {round}, and has therefore not been awarded funding.',
  },
  'mail.outcome.status': {
    nb: 'Se søknaden og last ned vedtaksbrevet (PDF)',
    nn: 'Sjå søknaden og last ned vedtaksbrevet (PDF)',
    en: 'See the application and download the decision letter (PDF)',
  },
} as const satisfies Catalogue;

/** To the secretariat (the round's reply-to address) when a mail bounced or was reported as spam (ADR 083). */
export const mailProblemText = {
  'mail.problem.subject': {
    nb: 'E-post kom ikke fram: {recipients} – {round}',
    nn: 'E-post kom ikkje fram: {recipients} – {round}',
    en: 'A mail did not arrive: {recipients} – {round}',
  },
  'mail.problem.bounce': {
    nb: 'E-posten «{mail}» til {recipients} kom i retur ({detail}). Mottakerens server svarte: {diagnostic}',
    nn: 'E-posten «{mail}» til {recipients} kom i retur ({detail}). Mottakaren sin server svarte: {diagnostic}',
    en: 'The mail “{mail}” to {recipients} bounced ({detail}). The receiving server said: {diagnostic}',
  },
  'mail.problem.complaint': {
    nb: 'Mottakeren {recipients} meldte e-posten «{mail}» som søppelpost ({detail}). Send ikke flere e-poster dit uten å avklare det.',
    nn: 'Mottakaren {recipients} melde e-posten «{mail}» som søppelpost ({detail}). Send ikkje fleire e-postar dit utan å avklare det.',
    en: 'The recipient {recipients} reported the mail “{mail}” as spam ({detail}). Do not send more mail there before clearing it up.',
  },
  'mail.problem.application': {
    nb: 'Den gjelder søknad {applicationId}. Kontakt søkeren på en annen måte og be om en adresse som virker.',
    nn: 'Han gjeld søknad {applicationId}. Kontakt søkjaren på ein annan måte og be om ei adresse som verkar.',
    en: 'It concerns application {applicationId}. Contact the applicant another way and ask for an address that works.',
  },
  'mail.problem.member': {
    nb: 'Den gjelder utvalgsmedlem {memberId} i {committee}. Rett adressen i rundens oppsett og send en ny lenke (npm run admin -- links issue {roundId} {committee} {memberId}).',
    nn: 'Han gjeld utvalsmedlem {memberId} i {committee}. Rett adressa i oppsettet til runden og send ei ny lenkje (npm run admin -- links issue {roundId} {committee} {memberId}).',
    en: 'It concerns committee member {memberId} of {committee}. Correct the address in the round’s configuration and send a new link (npm run admin -- links issue {roundId} {committee} {memberId}).',
  },
  'mail.problem.unknown': {
    nb: 'Portalen fant ikke hva e-posten gjaldt; se revisjonsloggen.',
    nn: 'Portalen fann ikkje kva e-posten galdt; sjå revisjonsloggen.',
    en: 'The portal could not tell what the mail concerned; see the audit trail.',
  },
} as const satisfies Catalogue;

/** To the secretariat (the round's reply-to address) when the malware scan found a threat in an attachment (ADR 089). */
export const malwareNoticeText = {
  'mail.malware.subject': {
    nb: 'Skadelig fil stoppet: søknad {applicationId} – {round}',
    nn: 'Skadeleg fil stoppa: søknad {applicationId} – {round}',
    en: 'Harmful file stopped: application {applicationId} – {round}',
  },
  'mail.malware.found': {
    nb: 'Virussjekken fant {threats} i vedlegget «{fileName}» ({attachmentId}) til søknad {applicationId}. Filen er slettet og aldri gjort tilgjengelig for utvalgene; søkeren ser i vedleggslisten at filen ble avvist og hvorfor.',
    nn: 'Viruskontrollen fann {threats} i vedlegget «{fileName}» ({attachmentId}) til søknad {applicationId}. Fila er sletta og aldri gjord tilgjengeleg for utvala; søkjaren ser i vedleggslista at fila vart avvist og kvifor.',
    en: 'The virus check found {threats} in the attachment “{fileName}” ({attachmentId}) of application {applicationId}. The file has been deleted and was never made available to the committees; the applicant sees in the attachment list that it was rejected and why.',
  },
  'mail.malware.advice': {
    nb: 'Ta gjerne kontakt med søkeren: maskinen filen kom fra kan være infisert. Hendelsen står i revisjonsloggen (attachment.malware-found).',
    nn: 'Ta gjerne kontakt med søkjaren: maskina fila kom frå kan vere infisert. Hendinga står i revisjonsloggen (attachment.malware-found).',
    en: 'Consider contacting the applicant: the computer the file came from may be infected. The event is in the audit trail (attachment.malware-found).',
  },
} as const satisfies Catalogue;

/** The secretariat's sign-in link (ADR 093). */
export const staffSignInText = {
  'mail.staffSignIn.subject': {
    nb: 'Innlogging til sekretariatets konsoll – Inkluderende kulturskoler',
    nn: 'Innlogging til konsollen for sekretariatet – Inkluderende kulturskoler',
    en: "Sign-in to the secretariat's console – Inkluderende kulturskoler",
  },
  'mail.staffSignIn.intro': {
    nb: {
      one: 'Her er lenken for å logge inn i sekretariatets konsoll for søknadsportalen. Lenken virker én gang, i {count} time.',
      other:
        'Her er lenken for å logge inn i sekretariatets konsoll for søknadsportalen. Lenken virker én gang, i {count} timer.',
    },
    nn: {
      one: 'Her er lenkja for å logge inn i konsollen for sekretariatet i søknadsportalen. Lenkja verkar éin gong, i {count} time.',
      other:
        'Her er lenkja for å logge inn i konsollen for sekretariatet i søknadsportalen. Lenkja verkar éin gong, i {count} timar.',
    },
    en: {
      one: "Here is the link to sign in to the application portal's secretariat console. The link works once, for {count} hour.",
      other:
        "Here is the link to sign in to the application portal's secretariat console. The link works once, for {count} hours.",
    },
  },
  'mail.staffSignIn.open': {
    nb: 'Logg inn i konsollen',
    nn: 'Logg inn i konsollen',
    en: 'Sign in to the console',
  },
  'mail.staffSignIn.session': {
    nb: 'Innloggingen varer i høyst {maxHours} timer, og avsluttes etter {idleMinutes} minutter uten bruk.',
    nn: 'Innlogginga varer i høgst {maxHours} timar, og vert avslutta etter {idleMinutes} minutt utan bruk.',
    en: 'The sign-in lasts at most {maxHours} hours and ends after {idleMinutes} minutes without use.',
  },
  'mail.staffSignIn.ignore': {
    nb: 'Har du ikke bedt om denne lenken, kan du se bort fra e-posten – og gjerne si fra til IT-ansvarlig.',
    nn: 'Har du ikkje bede om denne lenkja, kan du sjå bort frå e-posten – og gjerne seie frå til IT-ansvarleg.',
    en: 'If you did not ask for this link, you can ignore this e-mail – and please tell whoever runs IT.',
  },
} as const satisfies Catalogue;

/** The owner's confirmation that the application was withdrawn (issue 9 point 6). */
export const withdrawalText = {
  'mail.withdrawal.subject': {
    nb: 'Søknaden er trukket – {round}',
    nn: 'Søknaden er trekt – {round}',
    en: 'Your application has been withdrawn – {round}',
  },
  'mail.withdrawal.body': {
    nb: 'Søknaden «{title}» til {round} ble trukket {withdrawnAt}. Den blir ikke behandlet, og den kan ikke sendes inn igjen.',
    nn: 'Søknaden «{title}» til {round} vart trekt {withdrawnAt}. Han blir ikkje handsama, og han kan ikkje sendast inn igjen.',
    en: 'The application “{title}” to {round} was withdrawn on {withdrawnAt}. It will not be reviewed, and it cannot be submitted again.',
  },
  'mail.withdrawal.receipt': {
    nb: 'Kvitteringsnummeret var {receiptNumber}.',
    nn: 'Kvitteringsnummeret var {receiptNumber}.',
    en: 'Its receipt number was {receiptNumber}.',
  },
  'mail.withdrawal.again': {
    nb: 'Var det ikke du som trakk søknaden, eller ombestemmer du deg? Du kan starte en ny søknad så lenge søknadsperioden er åpen, eller svare på denne e-posten.',
    nn: 'Var det ikkje du som trekte søknaden, eller ombestemmer du deg? Du kan starte ein ny søknad så lenge søknadsperioden er open, eller svare på denne e-posten.',
    en: 'Was it not you who withdrew it, or have you changed your mind? You can start a new application while the application period is open, or reply to this e-mail.',
  },
  'mail.withdrawal.open': { nb: 'Se søknaden', nn: 'Sjå søknaden', en: 'See the application' },
  'mail.withdrawal.untitled': { nb: 'uten tittel', nn: 'utan tittel', en: 'untitled' },
} satisfies Catalogue;
