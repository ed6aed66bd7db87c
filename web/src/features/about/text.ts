/**
 * The page about the scheme (the first page). A catalogue (`shared/i18n/catalogue.ts`).
 */
import type { Catalogue } from '../../../../shared/i18n/catalogue.ts';

export const aboutText = {
  // ── about the scheme ────────────────────────────────────────────────────────────────
  'about.lead': {
    nb: 'Stimuleringsmidler til fordypningsprogrammet i kulturskolen, slik at barn og unge kan delta uansett hvor de bor.',
    nn: 'Stimuleringsmidlar til fordjupingsprogrammet i kulturskulen, slik at born og unge kan delta uansett kvar dei bur.',
    en: 'Stimulus funds for the in-depth programme of the kulturskole, so that children and young people can take part wherever they live.',
  },
  'about.state.open': {
    nb: 'Søknadsperioden er åpen. Fristen er {closes}.',
    nn: 'Søknadsperioden er open. Fristen er {closes}.',
    en: 'The application period is open. The deadline is {closes}.',
  },
  'about.state.notOpen': {
    nb: 'Søknadsperioden åpner {opens}. Du kan likevel begynne på en søknad nå.',
    nn: 'Søknadsperioden opnar {opens}. Du kan likevel byrje på ein søknad no.',
    en: 'The application period opens {opens}. You can still start an application now.',
  },
  'about.state.closed': {
    nb: 'Søknadsperioden gikk ut {closes}. Det er ikke lenger mulig å søke i denne utlysningen.',
    nn: 'Søknadsperioden gjekk ut {closes}. Det er ikkje lenger mogleg å søkje i denne utlysinga.',
    en: 'The application period ended {closes}. It is no longer possible to apply in this round.',
  },
  'about.cta': { nb: 'Start en søknad', nn: 'Start ein søknad', en: 'Start an application' },
  'about.purpose.heading': { nb: 'Formålet', nn: 'Føremålet', en: 'The purpose' },
  'about.purpose.body': {
    nb: 'Ordningen skal styrke fordypningsprogrammet – opplæringen for elever med særlig interesse og forutsetninger, slik den er beskrevet i Rammeplan for kulturskolen – slik at barn og unge kan delta i det uansett hvor de bor.',
    nn: 'Ordninga skal styrkje fordjupingsprogrammet – opplæringa for elevar med særleg interesse og føresetnader, slik ho er skildra i Rammeplan for kulturskulen – slik at born og unge kan delta i det uansett kvar dei bur.',
    en: 'The scheme strengthens the in-depth programme – teaching for pupils with a particular interest and aptitude, as described in the framework plan for kulturskoler (Rammeplan for kulturskolen) – so that children and young people can take part in it wherever they live.',
  },
  'about.who.heading': { nb: 'Hvem kan søke', nn: 'Kven kan søkje', en: 'Who may apply' },
  'about.who.body': {
    nb: 'Én kommune søker på vegne av et samarbeid mellom minst to kommuner: søkerkommunen og minst én samarbeidskommune. Samarbeidet kan også ha andre samarbeidsparter:',
    nn: 'Éin kommune søkjer på vegner av eit samarbeid mellom minst to kommunar: søkjarkommunen og minst éin samarbeidskommune. Samarbeidet kan òg ha andre samarbeidspartar:',
    en: 'One municipality applies on behalf of a collaboration of at least two municipalities: the lead municipality and at least one partner municipality. The collaboration may also have other partners:',
  },
  'about.years.heading': {
    nb: 'Ett eller to skoleår',
    nn: 'Eitt eller to skuleår',
    en: 'One or two school years',
  },
  'about.years.body': {
    nb: 'Tiltaket kan gjelde ett eller to av disse skoleårene:',
    nn: 'Tiltaket kan gjelde eitt eller to av desse skuleåra:',
    en: 'The measure may cover one or two of these school years:',
  },
  'about.areas.heading': { nb: 'Aktivitetsområder', nn: 'Aktivitetsområde', en: 'Activity areas' },
  'about.areas.body': {
    nb: 'Tiltaket kan gjelde ett eller flere aktivitetsområder, hver for seg eller i kombinasjon. Både små og svært omfattende tiltak er velkomne.',
    nn: 'Tiltaket kan gjelde eitt eller fleire aktivitetsområde, kvar for seg eller i kombinasjon. Både små og svært omfattande tiltak er velkomne.',
    en: 'The measure may cover one or more activity areas, separately or in combination. Both small and very comprehensive measures are welcome.',
  },
  'about.areas.tabs': {
    nb: 'De fem aktivitetsområdene',
    nn: 'Dei fem aktivitetsområda',
    en: 'The five activity areas',
  },
  'about.priority.heading': {
    nb: 'Forankring og bærekraft veier tungt',
    nn: 'Forankring og berekraft veg tungt',
    en: 'Anchoring and sustainability weigh heavily',
  },
  'about.priority.body': {
    nb: 'Forankring – at alle deltakende kommuner og samarbeidsparter står bak tiltaket politisk og administrativt, gjerne dokumentert med intensjonsavtaler – og bærekraft – at tiltaket lever videre etter støtteperioden – er grunnleggende i prioriteringen. Søknadsskjemaet spør om begge, og du legger ved intensjonsavtalene.',
    nn: 'Forankring – at alle kommunane og samarbeidspartane som er med, står bak tiltaket politisk og administrativt, gjerne dokumentert med intensjonsavtalar – og berekraft – at tiltaket lever vidare etter støtteperioden – er grunnleggjande i prioriteringa. Søknadsskjemaet spør om begge, og du legg ved intensjonsavtalane.',
    en: 'Anchoring – every participating municipality and partner committed to the measure politically and administratively, typically documented by letters of intent – and sustainability – the measure living on after the funding period – are fundamental in the prioritisation. The form asks about both, and you attach the letters of intent.',
  },
  'about.budget.heading': { nb: 'Budsjett', nn: 'Budsjett', en: 'Budget' },
  'about.budget.body': {
    nb: 'Ordningen har en ramme på inntil {total}. Beløpet dere søker om, er fritt, men rammen begrenser hva som kan tildeles.',
    nn: 'Ordninga har ei ramme på inntil {total}. Beløpet de søkjer om, er fritt, men ramma avgrensar kva som kan tildelast.',
    en: 'The scheme has a budget of up to {total}. The amount you apply for is up to you, but the budget limits what can be awarded.',
  },
  'about.budget.caption': { nb: 'Rammen per budsjettår', nn: 'Ramma per budsjettår', en: 'Budget per year' },
  'about.budget.year': { nb: 'Budsjettår', nn: 'Budsjettår', en: 'Budget year' },
  'about.budget.amount': { nb: 'Ramme', nn: 'Ramme', en: 'Budget' },
  'about.budget.total': { nb: 'Totalt', nn: 'Totalt', en: 'Total' },
  'about.timeline.heading': { nb: 'Tidslinje', nn: 'Tidslinje', en: 'Timeline' },
  'about.timeline.caption': {
    nb: 'Tidslinje for utlysningen',
    nn: 'Tidslinje for utlysinga',
    en: 'Timeline of the round',
  },
  'about.timeline.when': { nb: 'Når', nn: 'Når', en: 'When' },
  'about.timeline.what': { nb: 'Hva', nn: 'Kva', en: 'What' },
  'about.timeline.weeks': { nb: 'uke {from}–{to}', nn: 'veke {from}–{to}', en: 'weeks {from}–{to}' },
  'about.timeline.week': { nb: 'uke {week}', nn: 'veke {week}', en: 'week {week}' },
  'about.timeline.period': {
    nb: 'Søknadsperioden varer fra {opens} til {closes}.',
    nn: 'Søknadsperioden varer frå {opens} til {closes}.',
    en: 'The application period runs from {opens} to {closes}.',
  },
  'about.timeline.announcement': {
    nb: 'Tildelingene offentliggjøres i uke {week} ({date}).',
    nn: 'Tildelingane blir offentleggjorde i veke {week} ({date}).',
    en: 'The awards are announced in week {week} ({date}).',
  },
  'about.timeline.announced': {
    nb: 'Tildelingene ble offentliggjort i uke {week} ({date}).',
    nn: 'Tildelingane vart offentleggjorde i veke {week} ({date}).',
    en: 'The awards were announced in week {week} ({date}).',
  },
  'about.timeline.step.period': { nb: 'Søknadsperiode', nn: 'Søknadsperiode', en: 'Application period' },
  'about.timeline.step.expert': {
    nb: 'Sakkyndig utvalg vurderer søknadene',
    nn: 'Sakkunnig utval vurderer søknadene',
    en: 'The expert committee assesses the applications',
  },
  'about.timeline.step.geographic': {
    nb: 'Geografisk utvalg prioriterer',
    nn: 'Geografisk utval prioriterer',
    en: 'The geographic committee ranks the applications',
  },
  'about.timeline.step.final': {
    nb: 'Innstillingsutvalget fordeler tilskuddene',
    nn: 'Innstillingsutvalet fordeler tilskota',
    en: 'The final committee allocates the grants',
  },
  'about.timeline.step.announcement': {
    nb: 'Offentliggjøring av tildelinger',
    nn: 'Offentleggjering av tildelingar',
    en: 'Awards are announced',
  },
  'about.awards.before': {
    nb: 'Her blir tildelingene publisert.',
    nn: 'Her blir tildelingane publiserte.',
    en: 'The awards will be published here.',
  },
  'about.awards.after': {
    nb: 'Se tildelingene.',
    nn: 'Sjå tildelingane.',
    en: 'See the awards.',
  },
  'about.process.heading': {
    nb: 'Slik behandles søknadene',
    nn: 'Slik blir søknadene handsama',
    en: 'How the applications are processed',
  },
  'about.process.expert': {
    nb: 'Sakkyndig utvalg kvalitetssikrer det faglige innholdet, forankringen og bærekraften, og anbefaler kvalifiserte søknader.',
    nn: 'Sakkunnig utval kvalitetssikrar det faglege innhaldet, forankringa og berekrafta, og tilrår kvalifiserte søknader.',
    en: 'The expert committee checks the professional content, the anchoring and the sustainability, and recommends qualified applications.',
  },
  'about.process.geographic': {
    nb: 'Geografisk utvalg – rådgivere med fylkesansvar – prioriterer de kvalifiserte søknadene med tanke på geografisk spredning.',
    nn: 'Geografisk utval – rådgjevarar med fylkesansvar – prioriterer dei kvalifiserte søknadene med tanke på geografisk spreiing.',
    en: 'The geographic committee – advisers responsible for the counties – ranks the qualified applications with regard to geographic spread.',
  },
  'about.process.final': {
    nb: 'Innstillingsutvalget avgjør hvem som får støtte, med bredde i kunstfag og balanse mellom aktivitetsområdene innenfor rammen.',
    nn: 'Innstillingsutvalet avgjer kven som får støtte, med breidd i kunstfag og balanse mellom aktivitetsområda innanfor ramma.',
    en: 'The final committee decides who receives support, securing breadth across art subjects and balance between the activity areas within the budget.',
  },
  'about.webinars.heading': { nb: 'Webinarer', nn: 'Webinar', en: 'Webinars' },
  'about.webinars.body': {
    nb: 'Norsk kulturskoleråd holder en serie webinarer om ordningen. Hvert tema holdes flere ganger.',
    nn: 'Norsk kulturskoleråd held ein serie webinar om ordninga. Kvart tema blir halde fleire gonger.',
    en: 'Norsk kulturskoleråd holds a series of webinars about the scheme. Each topic is held several times.',
  },
  'about.webinars.caption': { nb: 'Webinarer', nn: 'Webinar', en: 'Webinars' },
  'about.webinars.topic': { nb: 'Tema', nn: 'Tema', en: 'Topic' },
  'about.webinars.times': { nb: 'Tidspunkter', nn: 'Tidspunkt', en: 'Times' },
  'about.webinars.none': {
    nb: 'Det er ingen webinarer i denne utlysningen.',
    nn: 'Det er ingen webinar i denne utlysinga.',
    en: 'There are no webinars in this round.',
  },
  'about.helpdesk.heading': { nb: 'Brukerstøtte', nn: 'Brukarstøtte', en: 'Helpdesk' },
  'about.helpdesk.body': {
    nb: 'Brukerstøtte for søknadsprosessen og portalen: {weekdays} kl. {opens}–{closes}, fra {from} til {to}.',
    nn: 'Brukarstøtte for søknadsprosessen og portalen: {weekdays} kl. {opens}–{closes}, frå {from} til {to}.',
    en: 'Helpdesk for the application process and the portal: {weekdays}, {opens}–{closes}, from {from} to {to}.',
  },
  'about.helpdesk.contact': {
    nb: 'Skriv til {email} når som helst.',
    nn: 'Skriv til {email} når som helst.',
    en: 'Write to {email} at any time.',
  },
} as const satisfies Catalogue;
