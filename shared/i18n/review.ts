/**
 * The review API's answers to committee members, in bokmål, nynorsk and English: a catalogue
 * (`./catalogue.ts`) keyed by stable codes; STAGE_INCOMPLETE and EARLIER_DECISION_NOT_DELIVERED
 * have plural forms chosen by `count` (the applications named).
 * Written for a kulturskole leader, not a developer: say what is wrong and what to do about it.
 * `{name}` placeholders are filled from the error's or issue's params.
 *
 * Each answer is its own export: the reviewer routes' auth kind carries `reviewLinkMessages`,
 * which every reviewer route can answer, and a route's declaration names the others it gives
 * (ADR 119); `reviewMessages` is all of them.
 */
import type { Catalogue, Entry } from './catalogue.ts';

/** Answers of the review API (committee members, through their signed review links). */
export const REVIEW_LINK_INVALID = {
  nb: 'Lenken virker ikke. Den kan være utløpt eller ufullstendig. Åpne lenken fra e-posten på nytt, eller be sekretariatet om en ny.',
  nn: 'Lenkja verkar ikkje. Ho kan ha gått ut eller vere ufullstendig. Opne lenkja frå e-posten på nytt, eller be sekretariatet om ei ny.',
  en: 'The link does not work. It may have expired or be incomplete. Open the link from the e-mail again, or ask the secretariat for a new one.',
} as const satisfies Entry;
export const REVIEW_LINK_REVOKED = {
  nb: 'Denne lenken er trukket tilbake. Bruk den nyeste lenken du har fått på e-post, eller be sekretariatet om en ny.',
  nn: 'Denne lenkja er trekt tilbake. Bruk den nyaste lenkja du har fått på e-post, eller be sekretariatet om ei ny.',
  en: 'This link has been revoked. Use the latest link you received by e-mail, or ask the secretariat for a new one.',
} as const satisfies Entry;
export const WRONG_COMMITTEE = {
  nb: 'Lenken din gjelder et annet utvalg. Bruk lenken du fikk for dette utvalget.',
  nn: 'Lenkja di gjeld eit anna utval. Bruk lenkja du fekk for dette utvalet.',
  en: 'Your link is for another committee. Use the link you received for this committee.',
} as const satisfies Entry;
export const NOT_CHAIR = {
  nb: 'Bare utvalgets leder (eller nestleder når lederen er inhabil) kan gjøre dette.',
  nn: 'Berre leiaren i utvalet (eller nestleiaren når leiaren er inhabil) kan gjere dette.',
  en: 'Only the committee chair (or the deputy chair when the chair is conflicted) can do this.',
} as const satisfies Entry;
export const CONFLICTED = {
  nb: 'Du har meldt deg inhabil i denne søknaden, og kan ikke se utvalgets vurderinger eller delta i avgjørelsen.',
  nn: 'Du har meldt deg inhabil i denne søknaden, og kan ikkje sjå vurderingane til utvalet eller delta i avgjerda.',
  en: 'You have declared a conflict of interest for this application, so you cannot see the committee’s assessments or take part in the decision.',
} as const satisfies Entry;
export const COUNTY_NOT_YOURS = {
  nb: 'Søknaden gjelder ikke noen av fylkene du har ansvar for.',
  nn: 'Søknaden gjeld ikkje nokon av fylka du har ansvar for.',
  en: 'The application does not concern any of the counties you are responsible for.',
} as const satisfies Entry;
export const DECLARATION_REQUIRED = {
  nb: 'Du må ta stilling til habilitet i denne søknaden før du kan vurdere den.',
  nn: 'Du må ta stilling til habilitet i denne søknaden før du kan vurdere han.',
  en: 'Declare whether you have a conflict of interest in this application before you assess it.',
} as const satisfies Entry;
export const DECLARATION_FINAL = {
  nb: 'Du har allerede meldt deg inhabil i denne søknaden. Det kan ikke endres.',
  nn: 'Du har alt meldt deg inhabil i denne søknaden. Det kan ikkje endrast.',
  en: 'You have already declared a conflict of interest in this application. That cannot be changed.',
} as const satisfies Entry;
export const ASSESSMENT_REQUIRED = {
  nb: 'Gi din egen vurdering av søknaden før du ser de andres vurderinger og utvalgets diskusjon.',
  nn: 'Gje di eiga vurdering av søknaden før du ser vurderingane til dei andre og diskusjonen i utvalet.',
  en: 'Give your own assessment of the application before you see the others’ assessments and the committee’s discussion.',
} as const satisfies Entry;
export const DISCUSSION_FULL = {
  nb: 'Diskusjonen om denne søknaden har nådd det største antallet innlegg. Ta resten i utvalgets møte.',
  nn: 'Diskusjonen om denne søknaden har nådd det største talet på innlegg. Ta resten i møtet i utvalet.',
  en: 'The discussion of this application has reached the largest number of posts. Take the rest to the committee’s meeting.',
} as const satisfies Entry;
export const STAGE_NOT_OPEN = {
  nb: 'Utvalgets behandling har ikke startet ennå. Du får en e-post når søknadene er klare.',
  nn: 'Handsaminga i utvalet har ikkje starta enno. Du får ein e-post når søknadene er klare.',
  en: 'The committee’s review has not started yet. You will get an e-mail when the applications are ready.',
} as const satisfies Entry;
export const STAGE_FINALISED = {
  nb: 'Utvalgets vedtak er allerede fattet, og kan ikke endres.',
  nn: 'Vedtaket i utvalet er alt gjort, og kan ikkje endrast.',
  en: 'The committee’s decision has already been made and cannot be changed.',
} as const satisfies Entry;
export const STAGE_INCOMPLETE = {
  nb: {
    one: 'Denne søknaden mangler fortsatt utfall eller plass i prioriteringen: {applications}. Sett utfall for alle søknadene før du avslutter.',
    other:
      'Disse søknadene mangler fortsatt utfall eller plass i prioriteringen: {applications}. Sett utfall for alle søknadene før du avslutter.',
  },
  nn: {
    one: 'Denne søknaden manglar framleis utfall eller plass i prioriteringa: {applications}. Set utfall for alle søknadene før du avsluttar.',
    other:
      'Desse søknadene manglar framleis utfall eller plass i prioriteringa: {applications}. Set utfall for alle søknadene før du avsluttar.',
  },
  en: {
    one: 'This application still has no outcome or place in the priority order: {applications}. Set an outcome for every application before you finalise.',
    other:
      'These applications still have no outcome or place in the priority order: {applications}. Set an outcome for every application before you finalise.',
  },
} as const satisfies Entry;
export const EARLIER_DECISION_NOT_DELIVERED = {
  nb: {
    one: 'Vedtaket fra forrige utvalg er ikke kommet fram til denne søknaden ennå: {applications}. Prøv å avslutte igjen om litt. Går det fortsatt ikke, kontakt sekretariatet.',
    other:
      'Vedtaket fra forrige utvalg er ikke kommet fram til disse søknadene ennå: {applications}. Prøv å avslutte igjen om litt. Går det fortsatt ikke, kontakt sekretariatet.',
  },
  nn: {
    one: 'Vedtaket frå førre utval er ikkje kome fram til denne søknaden enno: {applications}. Prøv å avslutte igjen om litt. Går det framleis ikkje, kontakt sekretariatet.',
    other:
      'Vedtaket frå førre utval er ikkje kome fram til desse søknadene enno: {applications}. Prøv å avslutte igjen om litt. Går det framleis ikkje, kontakt sekretariatet.',
  },
  en: {
    one: 'The previous committee’s decision has not reached this application yet: {applications}. Try to finalise again in a moment. If it still does not work, contact the secretariat.',
    other:
      'The previous committee’s decision has not reached these applications yet: {applications}. Try to finalise again in a moment. If it still does not work, contact the secretariat.',
  },
} as const satisfies Entry;
export const STAGE_FINALISING = {
  nb: 'Utvalgets vedtak blir avsluttet akkurat nå, så ingenting ble lagret. Last inn siden om et øyeblikk: er vedtaket ikke fattet, kan du prøve igjen.',
  nn: 'Vedtaket i utvalet blir avslutta akkurat no, så ingenting vart lagra. Last inn sida om eit augneblink: er vedtaket ikkje gjort, kan du prøve igjen.',
  en: 'The committee’s decision is being finalised right now, so nothing was saved. Reload the page in a moment: if the decision has not been made, you can try again.',
} as const satisfies Entry;
export const OVER_BUDGET = {
  nb: 'Tildelingene er større enn budsjettet. Reduser beløpene før du avslutter.',
  nn: 'Tildelingane er større enn budsjettet. Reduser beløpa før du avsluttar.',
  en: 'The awards exceed the budget. Reduce the amounts before you finalise.',
} as const satisfies Entry;
export const AWARD_EXCEEDS_REQUEST = {
  nb: 'Tildelingen kan ikke være større enn søkt beløp ({max} kr).',
  nn: 'Tildelinga kan ikkje vere større enn søkt beløp ({max} kr).',
  en: 'The award cannot be larger than the amount requested (NOK {max}).',
} as const satisfies Entry;
export const AWARD_REDUCED_REASON_REQUIRED = {
  nb: 'Tildelingen er lavere enn søkt beløp. Skriv en begrunnelse for reduksjonen; søkeren får den i svaret.',
  nn: 'Tildelinga er lågare enn søkt beløp. Skriv ei grunngjeving for reduksjonen; søkjaren får ho i svaret.',
  en: 'The award is less than the amount requested. Give a reason for the reduction; the applicant receives it with the outcome.',
} as const satisfies Entry;
export const ORDER_INCOMPLETE = {
  nb: 'Prioriteringen må ta med hver kvalifiserte søknad nøyaktig én gang.',
  nn: 'Prioriteringa må ta med kvar kvalifiserte søknad nøyaktig éin gong.',
  en: 'The priority order must include every qualified application exactly once.',
} as const satisfies Entry;

/**
 * What every reviewer route answers: a link refused, a committee not the link's. A stage not
 * open is answered by every route but the context (which shows where the stage stands), so
 * those routes' declarations name it (ADR 122).
 */
export const reviewLinkMessages = {
  REVIEW_LINK_INVALID,
  REVIEW_LINK_REVOKED,
  WRONG_COMMITTEE,
} as const satisfies Catalogue;

/** Every answer of the review API. */
export const reviewMessages = {
  REVIEW_LINK_INVALID,
  REVIEW_LINK_REVOKED,
  WRONG_COMMITTEE,
  NOT_CHAIR,
  CONFLICTED,
  COUNTY_NOT_YOURS,
  DECLARATION_REQUIRED,
  DECLARATION_FINAL,
  ASSESSMENT_REQUIRED,
  DISCUSSION_FULL,
  STAGE_NOT_OPEN,
  STAGE_FINALISED,
  STAGE_INCOMPLETE,
  EARLIER_DECISION_NOT_DELIVERED,
  STAGE_FINALISING,
  OVER_BUDGET,
  AWARD_EXCEEDS_REQUEST,
  AWARD_REDUCED_REASON_REQUIRED,
  ORDER_INCOMPLETE,
} as const satisfies Catalogue;
