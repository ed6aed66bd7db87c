/**
 * Every user-facing message, keyed by stable code, in bokmål, nynorsk and English. Written
 * for a kulturskole leader, not a developer: say what is wrong and what to do about it.
 * `{name}` placeholders are filled from the params.
 */
import type { LocalizedText } from '../domain/text.ts';

/** Answers of the API as a whole (the `code` of an error body). */
export const apiMessages = {
  VALIDATION_FAILED: {
    nb: 'Noe i skjemaet må rettes. Se meldingene ved feltene det gjelder.',
    nn: 'Noko i skjemaet må rettast. Sjå meldingane ved felta det gjeld.',
    en: 'Something in the form needs to be corrected. See the messages next to the fields concerned.',
  },
  UNAUTHORIZED: {
    nb: 'Du er ikke logget inn, eller lenken din er utløpt. Be om en ny innloggingslenke på e-post.',
    nn: 'Du er ikkje logga inn, eller lenkja di har gått ut. Be om ei ny innloggingslenkje på e-post.',
    en: 'You are not signed in, or your link has expired. Ask for a new sign-in link by e-mail.',
  },
  FORBIDDEN: {
    nb: 'Du har ikke tilgang til dette. Sjekk at du bruker lenken du fikk for akkurat denne søknaden.',
    nn: 'Du har ikkje tilgang til dette. Sjekk at du bruker lenkja du fekk for akkurat denne søknaden.',
    en: 'You do not have access to this. Check that you are using the link you received for this application.',
  },
  NOT_FOUND: {
    nb: 'Vi fant ikke det du lette etter. Sjekk at lenken er riktig.',
    nn: 'Vi fann ikkje det du leita etter. Sjekk at lenkja er rett.',
    en: 'We could not find what you were looking for. Check that the link is correct.',
  },
  VERSION_CONFLICT: {
    nb: 'Søknaden er endret et annet sted etter at du åpnet den, kanskje i en annen fane eller av en kollega. Last inn siden på nytt for å se siste versjon, og gjør endringen din igjen.',
    nn: 'Søknaden er endra ein annan stad etter at du opna han, kanskje i ei anna fane eller av ein kollega. Last inn sida på nytt for å sjå siste versjon, og gjer endringa di igjen.',
    en: 'The application was changed elsewhere after you opened it, perhaps in another tab or by a colleague. Reload the page to see the latest version, then make your change again.',
  },
  APPLICATION_PERIOD_CLOSED: {
    nb: 'Søknadsfristen har gått ut. Søknaden kan ikke lenger sendes inn eller endres.',
    nn: 'Søknadsfristen har gått ut. Søknaden kan ikkje lenger sendast inn eller endrast.',
    en: 'The application deadline has passed. The application can no longer be submitted or changed.',
  },
  APPLICATION_PERIOD_NOT_OPEN: {
    nb: 'Søknadsperioden har ikke åpnet ennå. Du kan sende inn søknaden når perioden har startet.',
    nn: 'Søknadsperioden har ikkje opna enno. Du kan sende inn søknaden når perioden har starta.',
    en: 'The application period has not opened yet. You can submit the application once it has started.',
  },
  READ_ONLY: {
    nb: 'Søknaden er sendt inn eller trukket, og kan derfor ikke endres.',
    nn: 'Søknaden er send inn eller trekt, og kan difor ikkje endrast.',
    en: 'The application has been submitted or withdrawn, so it can no longer be changed.',
  },
  RATE_LIMITED: {
    nb: 'Du har gjort mange forsøk på kort tid. Vent litt, og prøv igjen.',
    nn: 'Du har gjort mange forsøk på kort tid. Vent litt, og prøv igjen.',
    en: 'You have made many attempts in a short time. Please wait a little and try again.',
  },
  ROUND_NOT_FOUND: {
    nb: 'Vi fant ikke denne utlysningen. Sjekk at lenken er riktig.',
    nn: 'Vi fann ikkje denne utlysinga. Sjekk at lenkja er rett.',
    en: 'We could not find this funding round. Check that the link is correct.',
  },
  ATTACHMENT_LIMIT_REACHED: {
    nb: 'Søknaden har allerede så mange vedlegg som er tillatt. Slett et vedlegg før du laster opp et nytt.',
    nn: 'Søknaden har alt så mange vedlegg som er tillate. Slett eit vedlegg før du lastar opp eit nytt.',
    en: 'The application already has as many attachments as allowed. Delete one before you upload another.',
  },
  ATTACHMENT_TYPE_NOT_ALLOWED: {
    nb: 'Denne filtypen kan ikke lastes opp. Lagre dokumentet som PDF, og prøv igjen.',
    nn: 'Denne filtypen kan ikkje lastast opp. Lagre dokumentet som PDF, og prøv igjen.',
    en: 'This type of file cannot be uploaded. Save the document as a PDF and try again.',
  },
  ATTACHMENT_TOO_LARGE: {
    nb: 'Filen er for stor. Gjør den mindre, for eksempel ved å lagre den som PDF med lavere bildekvalitet, og prøv igjen.',
    nn: 'Fila er for stor. Gjer ho mindre, til dømes ved å lagre ho som PDF med lågare biletkvalitet, og prøv igjen.',
    en: 'The file is too large. Make it smaller, for example by saving it as a PDF with lower image quality, and try again.',
  },
  ATTACHMENT_NOT_FOUND: {
    nb: 'Vi fant ikke vedlegget. Det kan ha blitt slettet. Last det opp på nytt.',
    nn: 'Vi fann ikkje vedlegget. Det kan ha vorte sletta. Last det opp på nytt.',
    en: 'We could not find the attachment. It may have been deleted. Please upload it again.',
  },
  ATTACHMENT_CONTENT_MISMATCH: {
    nb: 'Innholdet i filen stemmer ikke med filtypen. Åpne filen, lagre den på nytt i riktig format, og prøv igjen.',
    nn: 'Innhaldet i fila stemmer ikkje med filtypen. Opne fila, lagre ho på nytt i rett format, og prøv igjen.',
    en: "The file's content does not match its file type. Open the file, save it again in the right format and try again.",
  },
  ATTACHMENT_EMPTY: {
    nb: 'Filen er tom. Sjekk at du valgte riktig fil.',
    nn: 'Fila er tom. Sjekk at du valde rett fil.',
    en: 'The file is empty. Check that you chose the right file.',
  },
  WITHDRAW_NOT_ALLOWED: {
    nb: 'Søknaden kan ikke trekkes nå. En søknad kan bare trekkes før søknadsfristen har gått ut.',
    nn: 'Søknaden kan ikkje trekkjast no. Ein søknad kan berre trekkjast før søknadsfristen har gått ut.',
    en: 'The application cannot be withdrawn now. An application can only be withdrawn before the deadline.',
  },
  BAD_REQUEST: {
    nb: 'Vi klarte ikke å lese det som ble sendt. Last inn siden på nytt, og prøv igjen.',
    nn: 'Vi klarte ikkje å lese det som vart sendt. Last inn sida på nytt, og prøv igjen.',
    en: 'We could not read what was sent. Reload the page and try again.',
  },
  INTERNAL_ERROR: {
    nb: 'Noe gikk galt hos oss. Det du allerede har lagret, er ikke tapt. Prøv igjen om litt, og kontakt oss hvis feilen fortsetter.',
    nn: 'Noko gjekk gale hos oss. Det du alt har lagra, er ikkje tapt. Prøv igjen om litt, og kontakt oss dersom feilen held fram.',
    en: 'Something went wrong on our side. What you have already saved is not lost. Try again in a little while, and contact us if the problem continues.',
  },
} as const satisfies Record<string, LocalizedText>;

/** Answers of the review API (committee members, through their signed review links). */
export const reviewMessages = {
  REVIEW_LINK_INVALID: {
    nb: 'Lenken virker ikke. Den kan være utløpt eller ufullstendig. Åpne lenken fra e-posten på nytt, eller be sekretariatet om en ny.',
    nn: 'Lenkja verkar ikkje. Ho kan ha gått ut eller vere ufullstendig. Opne lenkja frå e-posten på nytt, eller be sekretariatet om ei ny.',
    en: 'The link does not work. It may have expired or be incomplete. Open the link from the e-mail again, or ask the secretariat for a new one.',
  },
  REVIEW_LINK_REVOKED: {
    nb: 'Denne lenken er trukket tilbake. Bruk den nyeste lenken du har fått på e-post, eller be sekretariatet om en ny.',
    nn: 'Denne lenkja er trekt tilbake. Bruk den nyaste lenkja du har fått på e-post, eller be sekretariatet om ei ny.',
    en: 'This link has been revoked. Use the latest link you received by e-mail, or ask the secretariat for a new one.',
  },
  WRONG_COMMITTEE: {
    nb: 'Lenken din gjelder et annet utvalg. Bruk lenken du fikk for dette utvalget.',
    nn: 'Lenkja di gjeld eit anna utval. Bruk lenkja du fekk for dette utvalet.',
    en: 'Your link is for another committee. Use the link you received for this committee.',
  },
  NOT_CHAIR: {
    nb: 'Bare utvalgets leder (eller nestleder når lederen er inhabil) kan gjøre dette.',
    nn: 'Berre leiaren i utvalet (eller nestleiaren når leiaren er inhabil) kan gjere dette.',
    en: 'Only the committee chair (or the deputy chair when the chair is conflicted) can do this.',
  },
  CONFLICTED: {
    nb: 'Du har meldt deg inhabil i denne søknaden, og kan ikke se utvalgets vurderinger eller delta i avgjørelsen.',
    nn: 'Du har meldt deg inhabil i denne søknaden, og kan ikkje sjå vurderingane til utvalet eller delta i avgjerda.',
    en: 'You have declared a conflict of interest for this application, so you cannot see the committee’s assessments or take part in the decision.',
  },
  COUNTY_NOT_YOURS: {
    nb: 'Søknaden gjelder ikke noen av fylkene du har ansvar for.',
    nn: 'Søknaden gjeld ikkje nokon av fylka du har ansvar for.',
    en: 'The application does not concern any of the counties you are responsible for.',
  },
  DECLARATION_REQUIRED: {
    nb: 'Du må ta stilling til habilitet i denne søknaden før du kan vurdere den.',
    nn: 'Du må ta stilling til habilitet i denne søknaden før du kan vurdere han.',
    en: 'Declare whether you have a conflict of interest in this application before you assess it.',
  },
  DECLARATION_FINAL: {
    nb: 'Du har allerede meldt deg inhabil i denne søknaden. Det kan ikke endres.',
    nn: 'Du har alt meldt deg inhabil i denne søknaden. Det kan ikkje endrast.',
    en: 'You have already declared a conflict of interest in this application. That cannot be changed.',
  },
  STAGE_NOT_OPEN: {
    nb: 'Utvalgets behandling har ikke startet ennå. Du får en e-post når søknadene er klare.',
    nn: 'Handsaminga i utvalet har ikkje starta enno. Du får ein e-post når søknadene er klare.',
    en: 'The committee’s review has not started yet. You will get an e-mail when the applications are ready.',
  },
  STAGE_FINALISED: {
    nb: 'Utvalgets vedtak er allerede fattet, og kan ikke endres.',
    nn: 'Vedtaket i utvalet er alt gjort, og kan ikkje endrast.',
    en: 'The committee’s decision has already been made and cannot be changed.',
  },
  STAGE_INCOMPLETE: {
    nb: 'Disse søknadene mangler fortsatt utfall eller plass i prioriteringen: {applications}. Sett utfall for alle søknadene før du avslutter.',
    nn: 'Desse søknadene manglar framleis utfall eller plass i prioriteringa: {applications}. Set utfall for alle søknadene før du avsluttar.',
    en: 'These applications still have no outcome or place in the priority order: {applications}. Set an outcome for every application before you finalise.',
  },
  EARLIER_DECISION_NOT_DELIVERED: {
    nb: 'Vedtaket fra forrige utvalg er ikke kommet fram til disse søknadene ennå: {applications}. Prøv å avslutte igjen om litt. Går det fortsatt ikke, kontakt sekretariatet.',
    nn: 'Vedtaket frå førre utval er ikkje kome fram til desse søknadene enno: {applications}. Prøv å avslutte igjen om litt. Går det framleis ikkje, kontakt sekretariatet.',
    en: 'The previous committee’s decision has not reached these applications yet: {applications}. Try to finalise again in a moment. If it still does not work, contact the secretariat.',
  },
  STAGE_FINALISING: {
    nb: 'Utvalgets vedtak blir avsluttet akkurat nå, så ingenting ble lagret. Last inn siden om et øyeblikk: er vedtaket ikke fattet, kan du prøve igjen.',
    nn: 'Vedtaket i utvalet blir avslutta akkurat no, så ingenting vart lagra. Last inn sida om eit augneblink: er vedtaket ikkje gjort, kan du prøve igjen.',
    en: 'The committee’s decision is being finalised right now, so nothing was saved. Reload the page in a moment: if the decision has not been made, you can try again.',
  },
  OVER_BUDGET: {
    nb: 'Tildelingene er større enn budsjettet. Reduser beløpene før du avslutter.',
    nn: 'Tildelingane er større enn budsjettet. Reduser beløpa før du avsluttar.',
    en: 'The awards exceed the budget. Reduce the amounts before you finalise.',
  },
  AWARD_EXCEEDS_REQUEST: {
    nb: 'Tildelingen kan ikke være større enn søkt beløp ({max} kr).',
    nn: 'Tildelinga kan ikkje vere større enn søkt beløp ({max} kr).',
    en: 'The award cannot be larger than the amount requested (NOK {max}).',
  },
  ORDER_INCOMPLETE: {
    nb: 'Prioriteringen må ta med hver kvalifiserte søknad nøyaktig én gang.',
    nn: 'Prioriteringa må ta med kvar kvalifiserte søknad nøyaktig éin gong.',
    en: 'The priority order must include every qualified application exactly once.',
  },
} as const satisfies Record<string, LocalizedText>;

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
} as const satisfies Record<string, LocalizedText>;

/** The scheme's rules for a complete application (validateSubmission). */
export const submissionMessages = {
  TITLE_REQUIRED: {
    nb: 'Gi prosjektet et navn.',
    nn: 'Gi prosjektet eit namn.',
    en: 'Give the project a name.',
  },
  LEAD_MUNICIPALITY_REQUIRED: {
    nb: 'Velg søkerkommunen, altså kommunen som søker på vegne av samarbeidet.',
    nn: 'Vel søkjarkommunen, altså kommunen som søkjer på vegner av samarbeidet.',
    en: 'Choose the lead municipality, the municipality applying on behalf of the collaboration.',
  },
  MUNICIPALITY_UNKNOWN: {
    nb: 'Vi finner ingen kommune med kommunenummer {number}. Velg kommunen fra listen.',
    nn: 'Vi finn ingen kommune med kommunenummer {number}. Vel kommunen frå lista.',
    en: 'We cannot find a municipality with the number {number}. Choose the municipality from the list.',
  },
  MUNICIPALITIES_TOO_FEW: {
    nb: 'Søknaden må gjelde minst {min} kommuner: søkerkommunen og minst én samarbeidskommune. Legg til en samarbeidskommune.',
    nn: 'Søknaden må gjelde minst {min} kommunar: søkjarkommunen og minst éin samarbeidskommune. Legg til ein samarbeidskommune.',
    en: 'The application must involve at least {min} municipalities: the lead municipality and at least one partner municipality. Add a partner municipality.',
  },
  LEAD_MUNICIPALITY_AMONG_PARTNERS: {
    nb: 'Søkerkommunen står også som samarbeidskommune. Fjern den fra listen over samarbeidskommuner.',
    nn: 'Søkjarkommunen står òg som samarbeidskommune. Fjern han frå lista over samarbeidskommunar.',
    en: 'The lead municipality is also listed as a partner municipality. Remove it from the partner municipalities.',
  },
  PARTNER_MUNICIPALITY_DUPLICATE: {
    nb: 'Denne kommunen står flere ganger blant samarbeidskommunene. Fjern den doble oppføringen.',
    nn: 'Denne kommunen står fleire gonger blant samarbeidskommunane. Fjern den doble oppføringa.',
    en: 'This municipality is listed more than once among the partner municipalities. Remove the duplicate.',
  },
  PARTNER_NAME_REQUIRED: {
    nb: 'Skriv navnet på samarbeidsparten.',
    nn: 'Skriv namnet på samarbeidsparten.',
    en: "Enter the partner's name.",
  },
  ORGANISATION_NUMBER_INVALID: {
    nb: 'Organisasjonsnummeret er ikke gyldig. Det skal ha 9 siffer. Sjekk nummeret i Brønnøysundregistrene, eller la feltet stå tomt.',
    nn: 'Organisasjonsnummeret er ikkje gyldig. Det skal ha 9 siffer. Sjekk nummeret i Brønnøysundregistera, eller la feltet stå tomt.',
    en: 'The organisation number is not valid. It should have 9 digits. Check the number in the Brønnøysund Register Centre, or leave the field empty.',
  },
  SCHOOL_YEARS_REQUIRED: {
    nb: 'Velg hvilket skoleår, eller hvilke to skoleår, søknaden gjelder.',
    nn: 'Vel kva skuleår, eller kva to skuleår, søknaden gjeld.',
    en: 'Choose which school year, or which two school years, the application covers.',
  },
  SCHOOL_YEARS_TOO_MANY: {
    nb: 'Du kan søke for høyst {max} skoleår. Fjern et skoleår.',
    nn: 'Du kan søkje for høgst {max} skuleår. Fjern eitt skuleår.',
    en: 'You can apply for at most {max} school years. Remove one.',
  },
  SCHOOL_YEAR_UNKNOWN: {
    nb: 'Skoleåret {schoolYear} er ikke med i denne utlysningen. Velg et skoleår fra listen.',
    nn: 'Skuleåret {schoolYear} er ikkje med i denne utlysinga. Vel eit skuleår frå lista.',
    en: 'The school year {schoolYear} is not part of this round. Choose a school year from the list.',
  },
  SCHOOL_YEAR_DUPLICATE: {
    nb: 'Skoleåret {schoolYear} er valgt to ganger. Fjern det ene.',
    nn: 'Skuleåret {schoolYear} er valt to gonger. Fjern det eine.',
    en: 'The school year {schoolYear} is chosen twice. Remove one of them.',
  },
  ACTIVITY_AREAS_REQUIRED: {
    nb: 'Velg minst ett aktivitetsområde for tiltaket.',
    nn: 'Vel minst eitt aktivitetsområde for tiltaket.',
    en: 'Choose at least one activity area for the measure.',
  },
  ACTIVITY_AREA_UNKNOWN: {
    nb: 'Aktivitetsområdet «{code}» finnes ikke i denne utlysningen. Velg et område fra listen.',
    nn: 'Aktivitetsområdet «{code}» finst ikkje i denne utlysinga. Vel eit område frå lista.',
    en: 'The activity area “{code}” is not part of this round. Choose an area from the list.',
  },
  ACTIVITY_AREA_DUPLICATE: {
    nb: 'Aktivitetsområde {code} er valgt mer enn én gang. Beskriv alt om dette området på ett sted, og fjern det andre.',
    nn: 'Aktivitetsområde {code} er valt meir enn éin gong. Skildre alt om dette området på éin stad, og fjern det andre.',
    en: 'Activity area {code} is chosen more than once. Describe everything about this area in one place, and remove the other.',
  },
  ACTIVITY_AREA_MEASURE_REQUIRED: {
    nb: 'Beskriv tiltaket for aktivitetsområde {code}.',
    nn: 'Skildre tiltaket for aktivitetsområde {code}.',
    en: 'Describe the measure for activity area {code}.',
  },
  ART_SUBJECTS_REQUIRED: {
    nb: 'Velg minst ett kunstfag, eller skriv under «Annet» hvilket kunstfag det gjelder.',
    nn: 'Vel minst eitt kunstfag, eller skriv under «Anna» kva kunstfag det gjeld.',
    en: 'Choose at least one art subject, or write under “Other” which art subject it is.',
  },
  ART_SUBJECT_NOT_IN_ROUND: {
    nb: 'Dette kunstfaget er ikke med i denne utlysningen. Velg et annet, eller beskriv det under «Annet».',
    nn: 'Dette kunstfaget er ikkje med i denne utlysinga. Vel eit anna, eller skildre det under «Anna».',
    en: 'This art subject is not part of this round. Choose another, or describe it under “Other”.',
  },
  TARGET_GROUP_REQUIRED: {
    nb: 'Beskriv målgruppen, altså hvem tiltaket er for.',
    nn: 'Skildre målgruppa, altså kven tiltaket er for.',
    en: 'Describe the target group: who the measure is for.',
  },
  EXPECTED_PUPILS_REQUIRED: {
    nb: 'Skriv omtrent hvor mange elever tiltaket vil nå.',
    nn: 'Skriv om lag kor mange elevar tiltaket vil nå.',
    en: 'Enter roughly how many pupils the measure will reach.',
  },
  EXPECTED_PUPILS_TOO_FEW: {
    nb: 'Antall elever må være minst {min}.',
    nn: 'Talet på elevar må vere minst {min}.',
    en: 'The number of pupils must be at least {min}.',
  },
  ANCHORING_REQUIRED: {
    nb: 'Beskriv hvordan tiltaket er forankret politisk og administrativt i kommunene og hos samarbeidspartene.',
    nn: 'Skildre korleis tiltaket er forankra politisk og administrativt i kommunane og hos samarbeidspartane.',
    en: 'Describe how the measure is anchored politically and administratively in the municipalities and with the partners.',
  },
  LETTER_OF_INTENT_REQUIRED: {
    nb: 'Legg ved minst én intensjonsavtale som viser at kommunene og samarbeidspartene står bak tiltaket.',
    nn: 'Legg ved minst éin intensjonsavtale som viser at kommunane og samarbeidspartane står bak tiltaket.',
    en: 'Attach at least one letter of intent showing that the municipalities and partners are committed to the measure.',
  },
  SUSTAINABILITY_REQUIRED: {
    nb: 'Beskriv hvordan tiltaket skal leve videre etter at støtteperioden er over (bærekraft).',
    nn: 'Skildre korleis tiltaket skal leve vidare etter at støtteperioden er over (berekraft).',
    en: 'Describe how the measure will continue after the funding period ends (sustainability).',
  },
  BUDGET_REQUIRED: {
    nb: 'Fyll ut budsjettet for hvert skoleår du søker for.',
    nn: 'Fyll ut budsjettet for kvart skuleår du søkjer for.',
    en: 'Fill in the budget for each school year you are applying for.',
  },
  ATTACHMENTS_PENDING: {
    nb: 'Vent til alle vedleggene er ferdig kontrollert før du sender inn ({count} kontrolleres fortsatt). Det tar vanligvis noen sekunder. Står et vedlegg fast, slett det og last det opp på nytt.',
    nn: 'Vent til alle vedlegga er ferdig kontrollerte før du sender inn ({count} blir framleis kontrollert). Det tek vanlegvis nokre sekund. Står eit vedlegg fast, slett det og last det opp på nytt.',
    en: 'Wait until every attachment has been checked before you submit ({count} still being checked). It usually takes a few seconds. If an attachment is stuck, delete it and upload it again.',
  },
  BUDGET_SCHOOL_YEAR_MISSING: {
    nb: 'Budsjettet for skoleåret {schoolYear} mangler. Legg til et budsjett for dette skoleåret.',
    nn: 'Budsjettet for skuleåret {schoolYear} manglar. Legg til eit budsjett for dette skuleåret.',
    en: 'The budget for the school year {schoolYear} is missing. Add a budget for that school year.',
  },
  BUDGET_SCHOOL_YEAR_NOT_CHOSEN: {
    nb: 'Dette budsjettet gjelder et skoleår du ikke har valgt for søknaden. Velg skoleåret, eller fjern budsjettet.',
    nn: 'Dette budsjettet gjeld eit skuleår du ikkje har valt for søknaden. Vel skuleåret, eller fjern budsjettet.',
    en: 'This budget is for a school year you have not chosen for the application. Choose that school year, or remove this budget.',
  },
  BUDGET_SCHOOL_YEAR_DUPLICATE: {
    nb: 'Det finnes to budsjetter for skoleåret {schoolYear}. Slå dem sammen til ett.',
    nn: 'Det finst to budsjett for skuleåret {schoolYear}. Slå dei saman til eitt.',
    en: 'There are two budgets for the school year {schoolYear}. Merge them into one.',
  },
  BUDGET_COST_LINES_REQUIRED: {
    nb: 'Legg til minst én kostnad i budsjettet.',
    nn: 'Legg til minst éin kostnad i budsjettet.',
    en: 'Add at least one cost to the budget.',
  },
  BUDGET_COST_DESCRIPTION_REQUIRED: {
    nb: 'Skriv hva kostnaden gjelder.',
    nn: 'Skriv kva kostnaden gjeld.',
    en: 'Describe what the cost is for.',
  },
  BUDGET_COST_AMOUNT_NOT_POSITIVE: {
    nb: 'Skriv et beløp i hele kroner som er større enn 0.',
    nn: 'Skriv eit beløp i heile kroner som er større enn 0.',
    en: 'Enter an amount in whole kroner that is greater than 0.',
  },
  BUDGET_FUNDING_EXCEEDS_COSTS: {
    nb: 'Egenandel og annen finansiering er til sammen større enn kostnadene ({costs} kr) for skoleåret {schoolYear}. Sjekk beløpene.',
    nn: 'Eigendel og anna finansiering er til saman større enn kostnadene ({costs} kr) for skuleåret {schoolYear}. Sjekk beløpa.',
    en: 'Own contribution and other funding together are more than the costs (NOK {costs}) for the school year {schoolYear}. Check the amounts.',
  },
  BUDGET_REQUESTED_NOT_POSITIVE: {
    nb: 'For skoleåret {schoolYear} er det ingenting igjen å søke om når egenandel og annen finansiering er trukket fra. Sjekk beløpene.',
    nn: 'For skuleåret {schoolYear} er det ingenting att å søkje om når eigendel og anna finansiering er trekte frå. Sjekk beløpa.',
    en: 'For the school year {schoolYear}, nothing is left to apply for once your own contribution and other funding are deducted. Check the amounts.',
  },
  CONTACT_NAME_REQUIRED: {
    nb: 'Skriv navnet på kontaktpersonen.',
    nn: 'Skriv namnet på kontaktpersonen.',
    en: "Enter the contact person's name.",
  },
  CONTACT_EMAIL_REQUIRED: {
    nb: 'Skriv e-postadressen til kontaktpersonen.',
    nn: 'Skriv e-postadressa til kontaktpersonen.',
    en: "Enter the contact person's e-mail address.",
  },
  CONTACT_EMAIL_INVALID: {
    nb: 'E-postadressen ser ikke riktig ut. Sjekk at den er skrevet som navn@kommune.no.',
    nn: 'E-postadressa ser ikkje rett ut. Sjekk at ho er skriven som namn@kommune.no.',
    en: 'The e-mail address does not look right. Check that it is written like name@kommune.no.',
  },
  CONTACT_PHONE_REQUIRED: {
    nb: 'Skriv telefonnummeret til kontaktpersonen.',
    nn: 'Skriv telefonnummeret til kontaktpersonen.',
    en: "Enter the contact person's phone number.",
  },
  CONTACT_PHONE_INVALID: {
    nb: 'Telefonnummeret må ha 8 siffer, gjerne med +47 foran, for eksempel 912 34 567.',
    nn: 'Telefonnummeret må ha 8 siffer, gjerne med +47 framfor, til dømes 912 34 567.',
    en: 'The phone number must have 8 digits, optionally with +47 in front, for example 912 34 567.',
  },
} as const satisfies Record<string, LocalizedText>;

export const messages = {
  ...apiMessages,
  ...reviewMessages,
  ...structuralMessages,
  ...submissionMessages,
} as const satisfies Record<string, LocalizedText>;

export type MessageCode = keyof typeof messages;
