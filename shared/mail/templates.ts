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

const COMMITTEE_NAMES = {
  nb: { expert: 'sakkyndig utvalg', geographic: 'geografisk utvalg', final: 'innstillingsutvalget' },
  nn: { expert: 'sakkunnig utval', geographic: 'geografisk utval', final: 'innstillingsutvalet' },
  en: {
    expert: 'the expert committee',
    geographic: 'the geographic committee',
    final: 'the final committee',
  },
} as const;

type CommitteeName = keyof (typeof COMMITTEE_NAMES)['nb'];

/** A committee member's invitation when the stage opens (or a re-issued link). */
export function reviewInvitationMail(input: {
  locale: Locale;
  round: Round;
  committee: CommitteeName;
  memberName: string;
  link: string;
  deadline: string;
}): MailContent {
  const { locale } = input;
  const title = input.round.title[locale];
  const committee = COMMITTEE_NAMES[locale][input.committee];
  const deadline = formatOsloDateTime(input.deadline, locale);
  const texts = {
    nb: {
      subject: `Søknader til behandling i ${committee} – ${title}`,
      intro: `Hei ${input.memberName}! Søknadene er klare til behandling i ${committee}. Lenken under er personlig: den gir deg tilgang som medlem av utvalget, og virker til fristen ${deadline}.`,
      label: 'Åpne søknadene',
      conflict:
        'Du tar stilling til habilitet for hver søknad før du ser vurderingsskjemaet. Ikke del lenken med andre.',
    },
    nn: {
      subject: `Søknader til handsaming i ${committee} – ${title}`,
      intro: `Hei ${input.memberName}! Søknadene er klare til handsaming i ${committee}. Lenkja under er personleg: ho gjev deg tilgang som medlem av utvalet, og verkar til fristen ${deadline}.`,
      label: 'Opne søknadene',
      conflict:
        'Du tek stilling til habilitet for kvar søknad før du ser vurderingsskjemaet. Ikkje del lenkja med andre.',
    },
    en: {
      subject: `Applications for review by ${committee} – ${title}`,
      intro: `Hello ${input.memberName}! The applications are ready for review by ${committee}. The link below is personal: it gives you access as a committee member and works until the deadline, ${deadline}.`,
      label: 'Open the applications',
      conflict:
        'You declare any conflict of interest for each application before you see the assessment form. Do not share the link.',
    },
  }[locale];
  return render(texts.subject, [
    texts.intro,
    { link: input.link, label: texts.label },
    texts.conflict,
    SIGNATURE[locale],
  ]);
}

/** To the chair (and the secretariat's reply-to) when a stage's deadline passed without a decision. */
export function stageOverdueMail(input: {
  locale: Locale;
  round: Round;
  committee: CommitteeName;
  chairName: string;
  deadline: string;
  undecided: number;
}): MailContent {
  const { locale } = input;
  const title = input.round.title[locale];
  const committee = COMMITTEE_NAMES[locale][input.committee];
  const deadline = formatOsloDateTime(input.deadline, locale);
  const texts = {
    nb: {
      subject: `Påminnelse: fristen for ${committee} er passert – ${title}`,
      body: `Hei ${input.chairName}! Fristen for ${committee} var ${deadline}, og vedtaket er ikke fattet ennå (${input.undecided} søknader venter). Fullfør behandlingen og avslutt trinnet. Trenger utvalget mer tid, eller er lenken utløpt, kontakt sekretariatet, som kan flytte fristen og sende nye lenker.`,
    },
    nn: {
      subject: `Påminning: fristen for ${committee} er passert – ${title}`,
      body: `Hei ${input.chairName}! Fristen for ${committee} var ${deadline}, og vedtaket er ikkje gjort enno (${input.undecided} søknader ventar). Fullfør handsaminga og avslutt steget. Treng utvalet meir tid, eller har lenkja gått ut, kontakt sekretariatet, som kan flytte fristen og sende nye lenkjer.`,
    },
    en: {
      subject: `Reminder: the deadline for ${committee} has passed – ${title}`,
      body: `Hello ${input.chairName}! The deadline for ${committee} was ${deadline}, and the decision has not been made yet (${input.undecided} applications are waiting). Please complete the review and finalise the stage. If the committee needs more time, or the link has expired, contact the secretariat, who can move the deadline and send new links.`,
    },
  }[locale];
  return render(texts.subject, [texts.body, SIGNATURE[locale]]);
}

/** The outcome e-mail on the announcement date, to the application's contact person. */
export function outcomeMail(input: {
  locale: Locale;
  round: Round;
  receiptNumber: string;
  projectTitle: string;
  outcome:
    | { result: 'AWARDED'; amounts: { schoolYear: string; amount: number }[]; total: number }
    | { result: 'DECLINED' | 'NOT_QUALIFIED'; reason: string };
  statusLink: string;
}): MailContent {
  const { locale, outcome } = input;
  const title = input.round.title[locale];
  const amounts =
    outcome.result === 'AWARDED'
      ? outcome.amounts.map((year) => `• ${year.schoolYear}: ${nok(year.amount)}`).join('\n')
      : '';
  const texts = {
    nb: {
      subject: `Svar på søknad ${input.receiptNumber} – ${title}`,
      awarded: `Vi har gleden av å meddele at søknaden «${input.projectTitle}» har fått tilskudd fra ${title}, til sammen ${nok(outcome.result === 'AWARDED' ? outcome.total : 0)}:\n${amounts}`,
      declined: `Søknaden «${input.projectTitle}» har dessverre ikke fått tilskudd fra ${title}.`,
      notQualified: `Søknaden «${input.projectTitle}» ble ikke vurdert som kvalifisert for ${title}, og har derfor ikke fått tilskudd.`,
      reason: 'Begrunnelse',
      status: 'Se søknaden',
    },
    nn: {
      subject: `Svar på søknad ${input.receiptNumber} – ${title}`,
      awarded: `Vi har gleda av å melde at søknaden «${input.projectTitle}» har fått tilskot frå ${title}, til saman ${nok(outcome.result === 'AWARDED' ? outcome.total : 0)}:\n${amounts}`,
      declined: `Søknaden «${input.projectTitle}» har diverre ikkje fått tilskot frå ${title}.`,
      notQualified: `Søknaden «${input.projectTitle}» vart ikkje vurdert som kvalifisert for ${title}, og har difor ikkje fått tilskot.`,
      reason: 'Grunngjeving',
      status: 'Sjå søknaden',
    },
    en: {
      subject: `Decision on application ${input.receiptNumber} – ${title}`,
      awarded: `We are pleased to tell you that the application “${input.projectTitle}” has been awarded funding from ${title}, in total ${nok(outcome.result === 'AWARDED' ? outcome.total : 0)}:\n${amounts}`,
      declined: `Unfortunately, the application “${input.projectTitle}” has not been awarded funding from ${title}.`,
      notQualified: `The application “${input.projectTitle}” was not found qualified for ${title}, and has therefore not been awarded funding.`,
      reason: 'Reason',
      status: 'See the application',
    },
  }[locale];
  const paragraphs =
    outcome.result === 'AWARDED'
      ? [texts.awarded]
      : [
          outcome.result === 'DECLINED' ? texts.declined : texts.notQualified,
          `${texts.reason}: ${outcome.reason}`,
        ];
  return render(texts.subject, [
    ...paragraphs,
    { link: input.statusLink, label: texts.status },
    SIGNATURE[locale],
  ]);
}
