/**
 * The attachments' answers: an upload refused, a file's rejection reason (shown in the
 * application's view), a submission waiting for the check — of an application's attachments
 * and of a report's. Their own catalogue so that only the routes that handle attachments carry
 * them (a route's declaration or auth kind names it, ADR 115); ATTACHMENT_NOT_FOUND, which a
 * staff route answers too, is the API's. Text as `./api.ts`'s.
 */
import type { Catalogue, Entry } from './catalogue.ts';

/** An upload refused (the round's cap): its own export, named by the upload routes' answers (ADR 125). */
export const ATTACHMENT_LIMIT_REACHED = {
  nb: 'Søknaden har allerede så mange vedlegg som er tillatt. Slett et vedlegg før du laster opp et nytt.',
  nn: 'Søknaden har alt så mange vedlegg som er tillate. Slett eit vedlegg før du lastar opp eit nytt.',
  en: 'The application already has as many attachments as allowed. Delete one before you upload another.',
} as const satisfies Entry;

/**
 * A submission waiting for the check of its attachments: one of the scheme's rules (an application's
 * and a report's), its own export so that the submission names it without the rejection reasons.
 */
export const ATTACHMENTS_PENDING = {
  nb: 'Vent til alle vedleggene er ferdig kontrollert før du sender inn ({count} kontrolleres fortsatt). Det tar vanligvis noen sekunder. Står et vedlegg fast, slett det og last det opp på nytt.',
  nn: 'Vent til alle vedlegga er ferdig kontrollerte før du sender inn ({count} blir framleis kontrollert). Det tek vanlegvis nokre sekund. Står eit vedlegg fast, slett det og last det opp på nytt.',
  en: 'Wait until every attachment has been checked before you submit ({count} still being checked). It usually takes a few seconds. If an attachment is stuck, delete it and upload it again.',
} as const satisfies Entry;

export const attachmentMessages = {
  ATTACHMENTS_PENDING,
  ATTACHMENT_LIMIT_REACHED,
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
  ATTACHMENT_CONTENT_MISMATCH: {
    nb: 'Innholdet i filen stemmer ikke med filtypen. Åpne filen, lagre den på nytt i riktig format, og prøv igjen.',
    nn: 'Innhaldet i fila stemmer ikkje med filtypen. Opne fila, lagre ho på nytt i rett format, og prøv igjen.',
    en: "The file's content does not match its file type. Open the file, save it again in the right format and try again.",
  },
  ATTACHMENT_MALWARE_FOUND: {
    nb: 'Virussjekken fant skadelig innhold i filen, så den er slettet og ikke lagt ved søknaden. Sjekk datamaskinen din med et antivirusprogram, lagre dokumentet på nytt og last opp den rene filen. Sekretariatet er varslet.',
    nn: 'Viruskontrollen fann skadeleg innhald i fila, så ho er sletta og ikkje lagd ved søknaden. Sjekk datamaskina di med eit antivirusprogram, lagre dokumentet på nytt og last opp den reine fila. Sekretariatet er varsla.',
    en: 'The virus check found harmful content in the file, so it has been deleted and not attached to the application. Check your computer with an antivirus program, save the document again and upload the clean file. The secretariat has been notified.',
  },
  ATTACHMENT_SCAN_FAILED: {
    nb: 'Vi klarte ikke å sjekke filen for virus (for eksempel fordi den er passordbeskyttet), så den er ikke lagt ved. Lagre dokumentet uten passord, og last det opp på nytt.',
    nn: 'Vi klarte ikkje å sjekke fila for virus (til dømes fordi ho er passordverna), så ho er ikkje lagd ved. Lagre dokumentet utan passord, og last det opp på nytt.',
    en: 'We could not check the file for viruses (for example because it is password-protected), so it has not been attached. Save the document without a password and upload it again.',
  },
  ATTACHMENT_EMPTY: {
    nb: 'Filen er tom. Sjekk at du valgte riktig fil.',
    nn: 'Fila er tom. Sjekk at du valde rett fil.',
    en: 'The file is empty. Check that you chose the right file.',
  },
} as const satisfies Catalogue;
