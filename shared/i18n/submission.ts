/**
 * The scheme's rules for a complete application, in bokmål, nynorsk
 * and English: a catalogue (`./catalogue.ts`) keyed by stable codes.
 * Written for a kulturskole leader, not a developer: say what is wrong and what to do about it.
 * `{name}` placeholders are filled from the error's or issue's params.
 */
import type { Catalogue } from './catalogue.ts';

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
  ORGANISATION_NUMBER_CHECK_DIGIT: {
    nb: 'Organisasjonsnummeret har 9 siffer, men kontrollsifferet (det siste sifferet) stemmer ikke. Kanskje et siffer er byttet om eller skrevet feil? Sjekk nummeret i Brønnøysundregistrene, eller la feltet stå tomt.',
    nn: 'Organisasjonsnummeret har 9 siffer, men kontrollsifferet (det siste sifferet) stemmer ikkje. Kanskje eit siffer er bytt om eller skrive feil? Sjekk nummeret i Brønnøysundregistera, eller la feltet stå tomt.',
    en: 'The organisation number has 9 digits, but the check digit (the last digit) does not match. Perhaps two digits are swapped or one is mistyped? Check the number in the Brønnøysund Register Centre, or leave the field empty.',
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
  LETTER_OF_INTENT_MUNICIPALITY_MISSING: {
    nb: 'Ingen intensjonsavtale er knyttet til {municipality} kommune. Last opp avtalen og velg {municipality} som part, eller endre parten på en avtale du alt har lastet opp.',
    nn: 'Ingen intensjonsavtale er knytt til {municipality} kommune. Last opp avtalen og vel {municipality} som part, eller endre parten på ein avtale du alt har lasta opp.',
    en: 'No letter of intent is tied to {municipality} municipality. Upload the letter and choose {municipality} as its party, or change the party of a letter you have already uploaded.',
  },
  LETTER_OF_INTENT_PARTNER_MISSING: {
    nb: 'Ingen intensjonsavtale er knyttet til samarbeidsparten «{partner}». Last opp avtalen og velg «{partner}» som part, eller endre parten på en avtale du alt har lastet opp.',
    nn: 'Ingen intensjonsavtale er knytt til samarbeidsparten «{partner}». Last opp avtalen og vel «{partner}» som part, eller endre parten på ein avtale du alt har lasta opp.',
    en: 'No letter of intent is tied to the partner “{partner}”. Upload the letter and choose “{partner}” as its party, or change the party of a letter you have already uploaded.',
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
  BUDGET_CO_FUNDING_TOO_LOW: {
    nb: 'I denne utlysningen må egenandel og annen finansiering til sammen dekke minst {percent} % av kostnadene, det vil si minst {required} kr. Nå dekker de {share} %.',
    nn: 'I denne utlysinga må eigendel og anna finansiering til saman dekkje minst {percent} % av kostnadene, det vil seie minst {required} kr. No dekkjer dei {share} %.',
    en: 'In this round, your own contribution and other funding together must cover at least {percent} % of the costs, that is at least NOK {required}. They now cover {share} %.',
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
} as const satisfies Catalogue;
