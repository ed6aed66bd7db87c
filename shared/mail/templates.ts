import type { Locale } from '../i18n/index.ts';
import type { Round } from '../domain/rounds/schema.ts';
import { formatOsloDateTime } from '../domain/time.ts';

/**
 * The e-mails the portal sends, in the applicant's language. Plain text is the real
 * content; the HTML part is the same text with the link clickable. Every interpolated
 * value is escaped.
 */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function render(subject: string, paragraphs: (string | { link: string; label: string })[]): MailContent {
  const text = paragraphs.map((p) => (typeof p === 'string' ? p : `${p.label}:\n${p.link}`)).join('\n\n');
  const html = [
    '<!doctype html><html><body style="font-family: system-ui, sans-serif; line-height: 1.5; max-width: 40em">',
    ...paragraphs.map((p) =>
      typeof p === 'string'
        ? `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`
        : `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.label)}</a></p>`,
    ),
    '</body></html>',
  ].join('\n');
  return { subject, text, html };
}

const SIGNATURE = {
  nb: 'Vennlig hilsen\nNorsk kulturskoleråd',
  nn: 'Venleg helsing\nNorsk kulturskoleråd',
  en: 'Kind regards\nNorsk kulturskoleråd (the Norwegian Council for Schools of Music and Performing Arts)',
} as const;

export function magicLinkMail(input: {
  locale: Locale;
  round: Round;
  link: string;
  validHours: number;
}): MailContent {
  const title = input.round.title[input.locale];
  const closes = formatOsloDateTime(input.round.applicationPeriod.closes, input.locale);
  const texts = {
    nb: {
      subject: `Din lenke til søknaden – ${title}`,
      intro: `Her er lenken til søknaden din om midler fra ${title}. Lenken virker i ${input.validHours} timer; be om en ny på søknadssiden når den er gått ut.`,
      label: 'Åpne søknaden',
      deadline: `Søknadsfristen er ${closes}.`,
      ignore: 'Har du ikke bedt om denne lenken, kan du se bort fra e-posten.',
    },
    nn: {
      subject: `Lenkja di til søknaden – ${title}`,
      intro: `Her er lenkja til søknaden din om midlar frå ${title}. Lenkja verkar i ${input.validHours} timar; be om ei ny på søknadssida når ho har gått ut.`,
      label: 'Opne søknaden',
      deadline: `Søknadsfristen er ${closes}.`,
      ignore: 'Har du ikkje bede om denne lenkja, kan du sjå bort frå e-posten.',
    },
    en: {
      subject: `Your link to the application – ${title}`,
      intro: `Here is the link to your application for funding from ${title}. The link works for ${input.validHours} hours; ask for a new one on the application page when it has expired.`,
      label: 'Open the application',
      deadline: `The application deadline is ${closes}.`,
      ignore: 'If you did not ask for this link, you can ignore this e-mail.',
    },
  }[input.locale];
  return render(texts.subject, [
    texts.intro,
    { link: input.link, label: texts.label },
    texts.deadline,
    texts.ignore,
    SIGNATURE[input.locale],
  ]);
}

export interface ReceiptSummary {
  receiptNumber: string;
  submittedAt: string;
  projectTitle: string;
  leadMunicipality: string;
  partnerMunicipalities: string[];
  partners: string[];
  schoolYears: string[];
  activityAreas: string[];
  requestedPerSchoolYear: { schoolYear: string; requested: number }[];
  requestedTotal: number;
  attachments: string[];
}

const nok = (amount: number) =>
  `${new Intl.NumberFormat('nb-NO').format(amount).replace(/[\u00a0\u202f]/g, ' ')} kr`;

export function receiptMail(input: {
  locale: Locale;
  round: Round;
  summary: ReceiptSummary;
  statusLink: string;
}): MailContent {
  const { summary, locale } = input;
  const title = input.round.title[locale];
  const submittedAt = formatOsloDateTime(summary.submittedAt, locale);
  const labels = {
    nb: {
      subject: `Kvittering for søknad ${summary.receiptNumber} – ${title}`,
      intro: `Vi har mottatt søknaden din ${submittedAt}. Kvitteringsnummer: ${summary.receiptNumber}.`,
      project: 'Prosjekt',
      lead: 'Søkerkommune',
      partnerMunicipalities: 'Samarbeidskommuner',
      partners: 'Samarbeidsparter',
      schoolYears: 'Skoleår',
      areas: 'Aktivitetsområder',
      requested: 'Omsøkt beløp',
      total: 'Totalt omsøkt',
      attachments: 'Vedlegg',
      next: 'Søknaden kan ikke lenger endres. Den går nå videre til behandling i sakkyndig utvalg etter søknadsfristen.',
      status: 'Se status for søknaden',
    },
    nn: {
      subject: `Kvittering for søknad ${summary.receiptNumber} – ${title}`,
      intro: `Vi har motteke søknaden din ${submittedAt}. Kvitteringsnummer: ${summary.receiptNumber}.`,
      project: 'Prosjekt',
      lead: 'Søkjarkommune',
      partnerMunicipalities: 'Samarbeidskommunar',
      partners: 'Samarbeidspartar',
      schoolYears: 'Skuleår',
      areas: 'Aktivitetsområde',
      requested: 'Søkt beløp',
      total: 'Totalt søkt',
      attachments: 'Vedlegg',
      next: 'Søknaden kan ikkje lenger endrast. Han går no vidare til handsaming i sakkunnig utval etter søknadsfristen.',
      status: 'Sjå status for søknaden',
    },
    en: {
      subject: `Receipt for application ${summary.receiptNumber} – ${title}`,
      intro: `We received your application on ${submittedAt}. Receipt number: ${summary.receiptNumber}.`,
      project: 'Project',
      lead: 'Lead municipality',
      partnerMunicipalities: 'Partner municipalities',
      partners: 'Partners',
      schoolYears: 'School years',
      areas: 'Activity areas',
      requested: 'Amount requested',
      total: 'Total requested',
      attachments: 'Attachments',
      next: 'The application can no longer be changed. After the deadline it goes to the expert committee for review.',
      status: 'See the status of the application',
    },
  }[locale];
  const list = (items: string[]) => (items.length ? items.map((item) => `• ${item}`).join('\n') : '–');
  return render(labels.subject, [
    labels.intro,
    [
      `${labels.project}: ${summary.projectTitle}`,
      `${labels.lead}: ${summary.leadMunicipality}`,
      `${labels.partnerMunicipalities}:\n${list(summary.partnerMunicipalities)}`,
      `${labels.partners}:\n${list(summary.partners)}`,
      `${labels.schoolYears}: ${summary.schoolYears.join(', ')}`,
      `${labels.areas}:\n${list(summary.activityAreas)}`,
      `${labels.requested}:\n${list(summary.requestedPerSchoolYear.map((y) => `${y.schoolYear}: ${nok(y.requested)}`))}`,
      `${labels.total}: ${nok(summary.requestedTotal)}`,
      `${labels.attachments}:\n${list(summary.attachments)}`,
    ].join('\n\n'),
    labels.next,
    { link: input.statusLink, label: labels.status },
    SIGNATURE[locale],
  ]);
}
