/**
 * The mails after an award (ADR 102, 103), in the recipient's language: structure only, the
 * text is in shared/i18n/grants.ts; rendered as every mail of the portal (shared/mail/templates.ts).
 */
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { formatOsloDateTime } from '../domain/time.ts';
import { translator } from '../i18n/catalogue.ts';
import { grantMailText } from '../i18n/grants.ts';
import { formatNok } from '../i18n/intl.ts';
import type { Locale } from '../i18n/locale.ts';
import { signatureText } from '../i18n/mail.ts';
import { render, type MailContent } from '../mail/templates.ts';

const schoolYearLabel = (round: RoundSchedule, schoolYear: string, locale: Locale) =>
  round.schoolYears.find((year) => year.id === schoolYear)?.label[locale] ?? schoolYear;

/** To the owner, before the acceptance deadline. */
export function acceptanceReminderMail(input: {
  locale: Locale;
  round: RoundSchedule;
  title: string;
  deadline: string;
  link: string;
}): MailContent {
  const t = translator(input.locale, grantMailText, signatureText);
  const deadline = formatOsloDateTime(input.deadline, input.locale);
  const round = input.round.title[input.locale];
  return render(t('mail.acceptanceReminder.subject', { deadline }), [
    t('mail.acceptanceReminder.body', { title: input.title, round, deadline }),
    { link: input.link, label: t('mail.grant.open') },
    t('mail.signature'),
  ]);
}

/** To the owner, before a report's due date (`before`) or after it, while not submitted. */
export function reportReminderMail(input: {
  locale: Locale;
  round: RoundSchedule;
  title: string;
  schoolYear: string;
  deadline: string;
  when: 'before' | 'after';
  link: string;
}): MailContent {
  const t = translator(input.locale, grantMailText, signatureText);
  const params = {
    title: input.title,
    schoolYear: schoolYearLabel(input.round, input.schoolYear, input.locale),
    deadline: formatOsloDateTime(input.deadline, input.locale),
  };
  const [subject, body] =
    input.when === 'before'
      ? (['mail.reportReminder.subject', 'mail.reportReminder.body'] as const)
      : (['mail.reportOverdue.subject', 'mail.reportOverdue.body'] as const);
  return render(t(subject, params), [
    t(body, params),
    { link: input.link, label: t('mail.grant.open') },
    t('mail.signature'),
  ]);
}

/** To the owner, when the secretariat has reviewed a report. */
export function reportReviewMail(input: {
  locale: Locale;
  round: RoundSchedule;
  title: string;
  schoolYear: string;
  decision: 'APPROVED' | 'RETURNED';
  message?: string;
  link: string;
}): MailContent {
  const t = translator(input.locale, grantMailText, signatureText);
  const schoolYear = schoolYearLabel(input.round, input.schoolYear, input.locale);
  const params = { title: input.title, schoolYear };
  return input.decision === 'RETURNED'
    ? render(t('mail.reportReturned.subject', params), [
        t('mail.reportReturned.body', { ...params, message: input.message ?? '' }),
        { link: input.link, label: t('mail.grant.open') },
        t('mail.signature'),
      ])
    : render(t('mail.reportApproved.subject', params), [
        t('mail.reportApproved.body', params),
        { link: input.link, label: t('mail.grant.open') },
        t('mail.signature'),
      ]);
}

/** To the secretariat (in bokmål, as its other notices): an award not accepted by its deadline. */
export function grantLapsedMail(input: {
  round: RoundSchedule;
  title: string;
  receiptNumber: string;
  deadline: string;
  total: number;
  link: string;
}): MailContent {
  const locale: Locale = 'nb';
  const t = translator(locale, grantMailText, signatureText);
  const params = {
    title: input.title,
    receiptNumber: input.receiptNumber,
    round: input.round.title[locale],
    deadline: formatOsloDateTime(input.deadline, locale),
    total: formatNok(input.total, ' '),
  };
  return render(t('mail.grantLapsed.subject', params), [
    t('mail.grantLapsed.body', params),
    { link: input.link, label: t('mail.grant.open') },
  ]);
}
