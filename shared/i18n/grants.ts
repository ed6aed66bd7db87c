/**
 * After the award (ADR 102, 103), in bokmål, nynorsk and English: the API's answers about the
 * acceptance and the reports (error codes, the texts of general codes said of a report, and a
 * report's unmet rules), and the mails — reminders to the municipality, the secretariat's notices.
 */
import type { Catalogue, Entry } from './catalogue.ts';

/** Field issue: a date after the award would come before the one it must follow. */
export const GRANT_DATE_TOO_EARLY = {
  nb: 'Datoene etter tildelingen må komme i denne rekkefølgen: kunngjøringen, svarfristen for å akseptere, og så rapportfristen for hvert skoleår. Velg en senere dato.',
  nn: 'Datoane etter tildelinga må kome i denne rekkjefølgja: kunngjeringa, svarfristen for å akseptere, og så rapportfristen for kvart skuleår. Vel ein seinare dato.',
  en: 'The dates after the award must come in this order: the announcement, the deadline to accept, then the report deadline of each school year. Choose a later date.',
} as const satisfies Entry;
/** Field issue: a date after the award would come after the one that must follow it. */
export const GRANT_DATE_TOO_LATE = {
  nb: 'Datoene etter tildelingen må komme i denne rekkefølgen: kunngjøringen, svarfristen for å akseptere, og så rapportfristen for hvert skoleår. Velg en tidligere dato, eller flytt den neste datoen først.',
  nn: 'Datoane etter tildelinga må kome i denne rekkjefølgja: kunngjeringa, svarfristen for å akseptere, og så rapportfristen for kvart skuleår. Vel ein tidlegare dato, eller flytt den neste datoen først.',
  en: 'The dates after the award must come in this order: the announcement, the deadline to accept, then the report deadline of each school year. Choose an earlier date, or move the next date first.',
} as const satisfies Entry;
export const NOT_AWARDED = {
  nb: 'Denne søknaden har ikke fått tilskudd, så det er ingenting å akseptere eller rapportere på.',
  nn: 'Denne søknaden har ikkje fått tilskot, så det er ingenting å akseptere eller rapportere på.',
  en: 'This application was not awarded a grant, so there is nothing to accept or report on.',
} as const satisfies Entry;
export const ACCEPTANCE_CLOSED = {
  nb: 'Tilskuddet kan ikke lenger aksepteres eller avslås: det er allerede besvart, eller fristen har gått ut. Kontakt sekretariatet hvis noe er feil.',
  nn: 'Tilskotet kan ikkje lenger aksepterast eller avslåast: det er alt svart på, eller fristen har gått ut. Kontakt sekretariatet om noko er feil.',
  en: 'The grant can no longer be accepted or declined: it has been answered already, or the deadline has passed. Contact the secretariat if something is wrong.',
} as const satisfies Entry;
export const ACCEPTANCE_REQUIRED = {
  nb: 'Tilskuddet må aksepteres før dere kan rapportere på det.',
  nn: 'Tilskotet må aksepterast før de kan rapportere på det.',
  en: 'The grant must be accepted before you can report on it.',
} as const satisfies Entry;

/**
 * A report's answers: its unmet rules (the report's view shows them, `withMessages` in
 * shared/grants/reports.ts), the secretariat's request for more, and the texts said of a
 * report when a general code refuses it (READ_ONLY, VERSION_CONFLICT).
 */
export const reportMessages = {
  'grant.report.versionConflict': {
    nb: 'Rapporten er endret et annet sted etter at du åpnet den, kanskje i en annen fane eller av en kollega. Last inn siden på nytt og gjør endringen din igjen.',
    nn: 'Rapporten er endra ein annan stad etter at du opna han, kanskje i ei anna fane eller av ein kollega. Last inn sida på nytt og gjer endringa di igjen.',
    en: 'The report was changed elsewhere after you opened it, perhaps in another tab or by a colleague. Reload the page and make your change again.',
  },
  'grant.report.readOnly': {
    nb: 'Rapporten er sendt inn og kan ikke endres nå. Hvis sekretariatet ber om mer informasjon, kan dere endre den igjen.',
    nn: 'Rapporten er send inn og kan ikkje endrast no. Om sekretariatet ber om meir informasjon, kan de endre han igjen.',
    en: 'The report has been submitted and cannot be changed now. If the secretariat asks for more information, you can change it again.',
  },
  'grant.report.notSubmitted': {
    nb: 'Rapporten er ikke sendt inn, eller den er allerede vurdert. Last inn oversikten på nytt.',
    nn: 'Rapporten er ikkje send inn, eller han er alt vurdert. Last inn oversikta på nytt.',
    en: 'The report has not been submitted, or it has been reviewed already. Reload the overview.',
  },
  'grant.report.schoolYear': {
    nb: 'Dette skoleåret er ikke et av skoleårene tilskuddet gjelder.',
    nn: 'Dette skuleåret er ikkje eitt av skuleåra tilskotet gjeld.',
    en: 'This school year is not one of the school years the grant covers.',
  },
  REPORT_MESSAGE_REQUIRED: {
    nb: 'Skriv hva dere trenger mer informasjon om.',
    nn: 'Skriv kva de treng meir informasjon om.',
    en: 'Write what you need more information about.',
  },
  REPORT_ACTIVITY_REQUIRED: {
    nb: 'Beskriv hva som ble gjort i dette aktivitetsområdet.',
    nn: 'Skildre kva som vart gjort i dette aktivitetsområdet.',
    en: 'Describe what was done in this activity area.',
  },
  REPORT_PUPILS_REQUIRED: {
    nb: 'Oppgi hvor mange elever dere nådde, for minst én målgruppe.',
    nn: 'Oppgi kor mange elevar de nådde, for minst éi målgruppe.',
    en: 'State how many pupils you reached, for at least one target group.',
  },
  REPORT_GROUP_REQUIRED: {
    nb: 'Skriv hvilken målgruppe tallet gjelder.',
    nn: 'Skriv kva målgruppe talet gjeld.',
    en: 'Write which target group the number is for.',
  },
  REPORT_ART_SUBJECTS_REQUIRED: {
    nb: 'Velg minst ett kunstfag, eller skriv et annet.',
    nn: 'Vel minst eitt kunstfag, eller skriv eit anna.',
    en: 'Choose at least one art subject, or write another.',
  },
  REPORT_PARTNERS_REQUIRED: {
    nb: 'Beskriv hva samarbeidspartnerne bidro med.',
    nn: 'Skildre kva samarbeidspartnarane bidrog med.',
    en: 'Describe what the partners contributed.',
  },
  REPORT_SPENDING_REQUIRED: {
    nb: 'Oppgi hva som ble brukt på denne budsjettposten (0 hvis ingenting).',
    nn: 'Oppgi kva som vart brukt på denne budsjettposten (0 om ingenting).',
    en: 'State what was spent on this budget line (0 if nothing).',
  },
  REPORT_CONTINUATION_REQUIRED: {
    nb: 'Beskriv hvordan tilbudet videreføres.',
    nn: 'Skildre korleis tilbodet blir vidareført.',
    en: 'Describe how the offer continues.',
  },
} as const satisfies Catalogue;

/** Every answer of the grants' routes (the catalogue of all codes, shared/i18n/messages.ts). */
export const grantMessages = /* @__PURE__ */ (() =>
  ({
    GRANT_DATE_TOO_EARLY,
    GRANT_DATE_TOO_LATE,
    NOT_AWARDED,
    ACCEPTANCE_CLOSED,
    ACCEPTANCE_REQUIRED,
    ...reportMessages,
  }) as const satisfies Catalogue)();

/** The mails after an award. */
export const grantMailText = {
  'mail.acceptanceReminder.subject': {
    nb: 'Påminnelse: aksepter tilskuddet innen {deadline}',
    nn: 'Påminning: aksepter tilskotet innan {deadline}',
    en: 'Reminder: accept the grant by {deadline}',
  },
  'mail.acceptanceReminder.body': {
    nb: '«{title}» har fått tilskudd fra {round}. Kommunen må akseptere tilskuddet og vilkårene i portalen innen {deadline}. Er tilskuddet ikke akseptert innen fristen, får sekretariatet beskjed.',
    nn: '«{title}» har fått tilskot frå {round}. Kommunen må akseptere tilskotet og vilkåra i portalen innan {deadline}. Er tilskotet ikkje akseptert innan fristen, får sekretariatet melding.',
    en: '“{title}” has been awarded a grant from {round}. The municipality must accept the grant and its conditions in the portal by {deadline}. If it is not accepted by then, the secretariat is told.',
  },
  'mail.grant.open': { nb: 'Gå til tilskuddet', nn: 'Gå til tilskotet', en: 'Go to the grant' },
  'mail.reportReminder.subject': {
    nb: 'Påminnelse: rapporten for {schoolYear} skal leveres innen {deadline}',
    nn: 'Påminning: rapporten for {schoolYear} skal leverast innan {deadline}',
    en: 'Reminder: the report on {schoolYear} is due by {deadline}',
  },
  'mail.reportReminder.body': {
    nb: 'Rapporten for «{title}» ({schoolYear}) skal leveres i portalen innen {deadline}. Utkastet lagres mens dere skriver.',
    nn: 'Rapporten for «{title}» ({schoolYear}) skal leverast i portalen innan {deadline}. Utkastet blir lagra medan de skriv.',
    en: 'The report on “{title}” ({schoolYear}) is due in the portal by {deadline}. The draft is saved as you type.',
  },
  'mail.reportOverdue.subject': {
    nb: 'Rapporten for {schoolYear} er ikke levert – fristen var {deadline}',
    nn: 'Rapporten for {schoolYear} er ikkje levert – fristen var {deadline}',
    en: 'The report on {schoolYear} has not been submitted – it was due {deadline}',
  },
  'mail.reportOverdue.body': {
    nb: 'Rapporten for «{title}» ({schoolYear}) skulle vært levert innen {deadline}. Lever den i portalen så snart som mulig, eller kontakt sekretariatet.',
    nn: 'Rapporten for «{title}» ({schoolYear}) skulle ha vore levert innan {deadline}. Lever han i portalen så snart som mogleg, eller kontakt sekretariatet.',
    en: 'The report on “{title}” ({schoolYear}) was due by {deadline}. Submit it in the portal as soon as you can, or contact the secretariat.',
  },
  'mail.reportReturned.subject': {
    nb: 'Sekretariatet ber om mer informasjon i rapporten for {schoolYear}',
    nn: 'Sekretariatet ber om meir informasjon i rapporten for {schoolYear}',
    en: 'The secretariat asks for more information in the report on {schoolYear}',
  },
  'mail.reportReturned.body': {
    nb: 'Sekretariatet har lest rapporten for «{title}» ({schoolYear}) og ber om mer informasjon:\n\n{message}\n\nEndre rapporten i portalen og send den inn på nytt.',
    nn: 'Sekretariatet har lese rapporten for «{title}» ({schoolYear}) og ber om meir informasjon:\n\n{message}\n\nEndre rapporten i portalen og send han inn på nytt.',
    en: 'The secretariat has read the report on “{title}” ({schoolYear}) and asks for more information:\n\n{message}\n\nAmend the report in the portal and submit it again.',
  },
  'mail.reportApproved.subject': {
    nb: 'Rapporten for {schoolYear} er godkjent',
    nn: 'Rapporten for {schoolYear} er godkjend',
    en: 'The report on {schoolYear} has been approved',
  },
  'mail.reportApproved.body': {
    nb: 'Sekretariatet har godkjent rapporten for «{title}» ({schoolYear}). Takk!',
    nn: 'Sekretariatet har godkjent rapporten for «{title}» ({schoolYear}). Takk!',
    en: 'The secretariat has approved the report on “{title}” ({schoolYear}). Thank you!',
  },
  'mail.grantLapsed.subject': {
    nb: 'Tilskudd ikke akseptert innen fristen: {title}',
    nn: 'Tilskot ikkje akseptert innan fristen: {title}',
    en: 'Grant not accepted by the deadline: {title}',
  },
  'mail.grantLapsed.body': {
    nb: 'Tilskuddet til «{title}» (kvittering {receiptNumber}, {round}) ble ikke akseptert innen fristen {deadline}. Tildelt beløp: {total}. Ta kontakt med kommunen og avgjør hva som skal skje med midlene.',
    nn: 'Tilskotet til «{title}» (kvittering {receiptNumber}, {round}) vart ikkje akseptert innan fristen {deadline}. Tildelt beløp: {total}. Ta kontakt med kommunen og avgjer kva som skal skje med midlane.',
    en: 'The grant to “{title}” (receipt {receiptNumber}, {round}) was not accepted by the deadline {deadline}. Amount awarded: {total}. Contact the municipality and decide what happens to the funds.',
  },
} as const satisfies Catalogue;

/** The reports' export (the secretariat's spreadsheet). */
export const grantExportText = {
  'grantExport.sheet': { nb: 'Rapporter', nn: 'Rapportar', en: 'Reports' },
  'grantExport.receipt': { nb: 'Kvittering', nn: 'Kvittering', en: 'Receipt' },
  'grantExport.title': { nb: 'Prosjekt', nn: 'Prosjekt', en: 'Project' },
  'grantExport.answer': { nb: 'Svar på tilskudd', nn: 'Svar på tilskot', en: 'Answer to the award' },
  'grantExport.schoolYear': { nb: 'Skoleår', nn: 'Skuleår', en: 'School year' },
  'grantExport.awarded': { nb: 'Tildelt', nn: 'Tildelt', en: 'Awarded' },
  'grantExport.due': { nb: 'Frist', nn: 'Frist', en: 'Due' },
  'grantExport.status': { nb: 'Status', nn: 'Status', en: 'Status' },
  'grantExport.submitted': { nb: 'Sendt inn', nn: 'Send inn', en: 'Submitted' },
  'grantExport.pupils': { nb: 'Elever nådd', nn: 'Elevar nådde', en: 'Pupils reached' },
  'grantExport.spent': { nb: 'Brukt', nn: 'Brukt', en: 'Spent' },
  'grantExport.activities': { nb: 'Aktiviteter', nn: 'Aktivitetar', en: 'Activities' },
  'grantExport.partners': {
    nb: 'Samarbeidspartnernes del',
    nn: 'Samarbeidspartnarane sin del',
    en: "The partners' part",
  },
  'grantExport.continuation': { nb: 'Videreføring', nn: 'Vidareføring', en: 'Continuation' },
  'grantExport.message': {
    nb: 'Siste melding fra sekretariatet',
    nn: 'Siste melding frå sekretariatet',
    en: 'Last message from the secretariat',
  },
  'grantExport.attachments': {
    nb: 'Vedlegg (filnavn)',
    nn: 'Vedlegg (filnamn)',
    en: 'Attachments (file names)',
  },
} as const satisfies Catalogue;
