import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { formatOsloDateTime } from '../domain/time.ts';
import { applicationText } from '../i18n/application.ts';
import { translator } from '../i18n/catalogue.ts';
import { coeditorInvitationText, joinRequestText } from '../i18n/coediting.ts';
import { committeeText } from '../i18n/committees.ts';
import { formatNok } from '../i18n/intl.ts';
import type { Locale } from '../i18n/locale.ts';
import {
  contactNoticeText,
  invitationText,
  magicLinkText,
  mailProblemText,
  malwareNoticeText,
  outcomeText,
  overdueText,
  receiptText,
  reminderText,
  signatureText,
  staffSignInText,
  withdrawalText,
} from '../i18n/mail.ts';

/**
 * The e-mails the portal sends, in the recipient's language: their structure only — the text
 * is in the catalogue `shared/i18n/mail.ts` (and the shared words of `application.ts` and
 * `committees.ts`). Plain text is the real content; the HTML part is the same text with the
 * link clickable. Every paragraph is escaped after its values are filled in.
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

export function render(
  subject: string,
  paragraphs: (string | { link: string; label: string })[],
): MailContent {
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

/** Amounts in a plain-text e-mail: '300 000 kr' with ordinary spaces. */
const nok = (amount: number) => formatNok(amount, ' ');

export function magicLinkMail(input: {
  locale: Locale;
  round: RoundSchedule;
  link: string;
  validHours: number;
}): MailContent {
  const t = translator(input.locale, magicLinkText, signatureText);
  const round = input.round.title[input.locale];
  const closes = formatOsloDateTime(input.round.applicationPeriod.closes, input.locale);
  return render(t('mail.magicLink.subject', { round }), [
    t('mail.magicLink.intro', { round, count: input.validHours }),
    { link: input.link, label: t('mail.magicLink.open') },
    t('mail.magicLink.deadline', { closes }),
    t('mail.magicLink.ignore'),
    t('mail.signature'),
  ]);
}

/** The secretariat's sign-in link (ADR 093). */
export function staffSignInMail(input: {
  locale: Locale;
  link: string;
  validHours: number;
  idleMinutes: number;
  maxHours: number;
}): MailContent {
  const t = translator(input.locale, staffSignInText, signatureText);
  return render(t('mail.staffSignIn.subject'), [
    t('mail.staffSignIn.intro', { count: input.validHours }),
    { link: input.link, label: t('mail.staffSignIn.open') },
    t('mail.staffSignIn.session', { maxHours: input.maxHours, idleMinutes: input.idleMinutes }),
    t('mail.staffSignIn.ignore'),
    t('mail.signature'),
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

export function receiptMail(input: {
  locale: Locale;
  round: RoundSchedule;
  summary: ReceiptSummary;
  statusLink: string;
}): MailContent {
  const { summary, locale } = input;
  const t = translator(locale, receiptText, applicationText, signatureText);
  const round = input.round.title[locale];
  const { receiptNumber } = summary;
  const submittedAt = formatOsloDateTime(summary.submittedAt, locale);
  const list = (items: string[]) => (items.length ? items.map((item) => `• ${item}`).join('\n') : '–');
  return render(t('mail.receipt.subject', { receiptNumber, round }), [
    t('mail.receipt.intro', { submittedAt, receiptNumber }),
    [
      `${t('application.project')}: ${summary.projectTitle}`,
      `${t('application.leadMunicipality')}: ${summary.leadMunicipality}`,
      `${t('application.partnerMunicipalities')}:\n${list(summary.partnerMunicipalities)}`,
      `${t('mail.receipt.partners')}:\n${list(summary.partners)}`,
      `${t('application.schoolYears')}: ${summary.schoolYears.join(', ')}`,
      `${t('application.activityAreas')}:\n${list(summary.activityAreas)}`,
      `${t('mail.receipt.requested')}:\n${list(summary.requestedPerSchoolYear.map((y) => `${y.schoolYear}: ${nok(y.requested)}`))}`,
      `${t('mail.receipt.total')}: ${nok(summary.requestedTotal)}`,
      `${t('application.attachments')}:\n${list(summary.attachments)}`,
    ].join('\n\n'),
    t('mail.receipt.next'),
    { link: input.statusLink, label: t('mail.receipt.status') },
    t('mail.signature'),
  ]);
}

/**
 * The contact person's neutral notice (ADR 085): the round, the receipt number and the time —
 * nothing the applicant wrote, so the portal cannot be made to mail anyone a text of theirs.
 */
export function contactNoticeMail(input: {
  locale: Locale;
  round: RoundSchedule;
  receiptNumber: string;
  submittedAt: string;
}): MailContent {
  const t = translator(input.locale, contactNoticeText, signatureText);
  const round = input.round.title[input.locale];
  const { receiptNumber } = input;
  const submittedAt = formatOsloDateTime(input.submittedAt, input.locale);
  return render(t('mail.contactNotice.subject', { receiptNumber, round }), [
    t('mail.contactNotice.body', { submittedAt, round, receiptNumber }),
    t('mail.contactNotice.unknown'),
    t('mail.signature'),
  ]);
}

type CommitteeName = 'expert' | 'geographic' | 'final';

/** A committee member's invitation when the stage opens (or a re-issued link). */
export function reviewInvitationMail(input: {
  locale: Locale;
  round: RoundSchedule;
  committee: CommitteeName;
  memberName: string;
  link: string;
  deadline: string;
}): MailContent {
  const t = translator(input.locale, invitationText, committeeText, signatureText);
  const round = input.round.title[input.locale];
  const committee = t(`committee.inText.${input.committee}`);
  const deadline = formatOsloDateTime(input.deadline, input.locale);
  return render(t('mail.invitation.subject', { committee, round }), [
    t('mail.invitation.intro', { name: input.memberName, committee, deadline }),
    { link: input.link, label: t('mail.invitation.open') },
    t('mail.invitation.conflict'),
    t('mail.signature'),
  ]);
}

/** To the chair (and the secretariat's reply-to) when a stage's deadline passed without a decision. */
export function stageOverdueMail(input: {
  locale: Locale;
  round: RoundSchedule;
  committee: CommitteeName;
  chairName: string;
  deadline: string;
  undecided: number;
}): MailContent {
  const t = translator(input.locale, overdueText, committeeText, signatureText);
  const round = input.round.title[input.locale];
  const committee = t(`committee.inText.${input.committee}`);
  const deadline = formatOsloDateTime(input.deadline, input.locale);
  return render(t('mail.overdue.subject', { committee, round }), [
    t('mail.overdue.body', { name: input.chairName, committee, deadline, count: input.undecided }),
    t('mail.signature'),
  ]);
}

/** To the owner of a draft not submitted, before the application deadline (ADR 091). */
export function draftReminderMail(input: {
  locale: Locale;
  round: RoundSchedule;
  projectTitle: string;
  deadline: string;
  statusLink: string;
}): MailContent {
  const t = translator(input.locale, reminderText, signatureText);
  const round = input.round.title[input.locale];
  const deadline = formatOsloDateTime(input.deadline, input.locale);
  const title = input.projectTitle.trim() || t('mail.draftReminder.untitled');
  return render(t('mail.draftReminder.subject', { deadline }), [
    t('mail.draftReminder.body', { title, round, deadline }),
    { link: input.statusLink, label: t('mail.draftReminder.open') },
    t('mail.signature'),
  ]);
}

/** To a committee member who has not finished, before the stage deadline (ADR 091). */
export function memberReminderMail(input: {
  locale: Locale;
  round: RoundSchedule;
  committee: CommitteeName;
  memberName: string;
  deadline: string;
  unfinished: number;
  /** The member's review link; none when the secretariat has withdrawn it (ADR 106). */
  link?: string;
}): MailContent {
  const t = translator(input.locale, reminderText, committeeText, signatureText);
  const round = input.round.title[input.locale];
  const committee = t(`committee.inText.${input.committee}`);
  const deadline = formatOsloDateTime(input.deadline, input.locale);
  return render(t('mail.memberReminder.subject', { committee, deadline, round }), [
    t('mail.memberReminder.body', { name: input.memberName, committee, deadline, count: input.unfinished }),
    ...(input.link
      ? [t('mail.memberReminder.link'), { link: input.link, label: t('mail.memberReminder.open') }]
      : [t('mail.memberReminder.noLink')]),
    t('mail.signature'),
  ]);
}

/** The outcome e-mail on the announcement date, to the application's contact person. */
export function outcomeMail(input: {
  locale: Locale;
  round: RoundSchedule;
  receiptNumber: string;
  projectTitle: string;
  outcome:
    | {
        result: 'AWARDED';
        amounts: { schoolYear: string; amount: number }[];
        total: number;
        /** Less than requested in a school year: what was requested in total, and why less. */
        reduced?: { requested: number; reason: string };
      }
    | { result: 'DECLINED' | 'NOT_QUALIFIED'; reason: string };
  statusLink: string;
}): MailContent {
  const { locale, outcome } = input;
  const t = translator(locale, outcomeText, committeeText, signatureText);
  const round = input.round.title[locale];
  const title = input.projectTitle;
  const paragraphs =
    outcome.result === 'AWARDED'
      ? [
          [
            t('mail.outcome.awarded', { title, round, total: nok(outcome.total) }),
            ...outcome.amounts.map((year) => `• ${year.schoolYear}: ${nok(year.amount)}`),
          ].join('\n'),
          ...(outcome.reduced
            ? [
                t('mail.outcome.reduced', {
                  requested: nok(outcome.reduced.requested),
                  reason: outcome.reduced.reason,
                }),
              ]
            : []),
        ]
      : [
          t(outcome.result === 'DECLINED' ? 'mail.outcome.declined' : 'mail.outcome.notQualified', {
            title,
            round,
          }),
          `${t('committee.outcome.reason')}: ${outcome.reason}`,
        ];
  return render(t('mail.outcome.subject', { receiptNumber: input.receiptNumber, round }), [
    ...paragraphs,
    { link: input.statusLink, label: t('mail.outcome.status') },
    t('mail.signature'),
  ]);
}

/** To the secretariat: a mail bounced or was reported as spam, and what to do (ADR 083). */
export function mailProblemNotice(input: {
  round: RoundSchedule;
  problem: {
    type: 'bounce' | 'complaint';
    detail: string;
    diagnostic?: string;
    recipients: readonly string[];
  };
  mail: string;
  concerns:
    | { kind: 'application'; applicationId: string }
    | { kind: 'member'; committee: string; memberId: string }
    | { kind: 'unknown' };
}): MailContent {
  // The secretariat works in bokmål.
  const t = translator('nb', mailProblemText, signatureText);
  const recipients = input.problem.recipients.join(', ');
  const round = input.round.title.nb;
  const { concerns } = input;
  return render(t('mail.problem.subject', { recipients, round }), [
    input.problem.type === 'bounce'
      ? t('mail.problem.bounce', {
          mail: input.mail,
          recipients,
          detail: input.problem.detail,
          diagnostic: input.problem.diagnostic ?? '–',
        })
      : t('mail.problem.complaint', { mail: input.mail, recipients, detail: input.problem.detail }),
    concerns.kind === 'application'
      ? t('mail.problem.application', { applicationId: concerns.applicationId })
      : concerns.kind === 'member'
        ? t('mail.problem.member', {
            memberId: concerns.memberId,
            committee: concerns.committee,
            roundId: input.round.id,
          })
        : t('mail.problem.unknown'),
    t('mail.signature'),
  ]);
}

/** To the secretariat: the malware scan stopped an attachment (ADR 089). */
export function malwareNotice(input: {
  round: RoundSchedule;
  applicationId: string;
  attachmentId: string;
  fileName: string;
  threats: readonly string[];
}): MailContent {
  // The secretariat works in bokmål.
  const t = translator('nb', malwareNoticeText, signatureText);
  const { applicationId, attachmentId, fileName } = input;
  return render(t('mail.malware.subject', { applicationId, round: input.round.title.nb }), [
    t('mail.malware.found', {
      threats: input.threats.join(', ') || '–',
      fileName,
      attachmentId,
      applicationId,
    }),
    t('mail.malware.advice'),
    t('mail.signature'),
  ]);
}

/** An invitation to co-edit an application, with the invitee's own sign-in link (ADR 096). */
export function coeditorInvitationMail(input: {
  locale: Locale;
  round: RoundSchedule;
  owner: string;
  title: string | undefined;
  link: string;
  validHours: number;
}): MailContent {
  const t = translator(input.locale, coeditorInvitationText, signatureText);
  const round = input.round.title[input.locale];
  const title = input.title?.trim() || t('mail.coeditor.untitled');
  return render(t('mail.coeditor.subject', { owner: input.owner, round }), [
    t('mail.coeditor.intro', { owner: input.owner, title, round, hours: input.validHours }),
    { link: input.link, label: t('mail.coeditor.open') },
    t('mail.coeditor.later'),
    t('mail.coeditor.ignore'),
    t('mail.signature'),
  ]);
}

/** The owner is told that someone asks to join their application (ADR 097). */
export function joinRequestMail(input: {
  locale: Locale;
  round: RoundSchedule;
  name: string;
  email: string;
  municipality: string;
  link: string;
  validDays: number;
}): MailContent {
  const t = translator(input.locale, joinRequestText, signatureText);
  const round = input.round.title[input.locale];
  const { name, email, municipality } = input;
  return render(t('mail.join.subject', { name, round }), [
    t('mail.join.intro', { name, email, municipality, round }),
    { link: input.link, label: t('mail.join.open') },
    t('mail.join.ignore', { days: input.validDays }),
    t('mail.signature'),
  ]);
}

/** To the owner: their application was withdrawn (issue 9 point 6; sent through the outbox, ADR 063). */
export function withdrawalMail(input: {
  locale: Locale;
  round: RoundSchedule;
  projectTitle: string;
  withdrawnAt: string;
  receiptNumber?: string;
  statusLink: string;
}): MailContent {
  const t = translator(input.locale, withdrawalText, signatureText);
  const round = input.round.title[input.locale];
  const title = input.projectTitle.trim() || t('mail.withdrawal.untitled');
  const withdrawnAt = formatOsloDateTime(input.withdrawnAt, input.locale);
  return render(t('mail.withdrawal.subject', { round }), [
    t('mail.withdrawal.body', { title, round, withdrawnAt }),
    ...(input.receiptNumber ? [t('mail.withdrawal.receipt', { receiptNumber: input.receiptNumber })] : []),
    t('mail.withdrawal.again'),
    { link: input.statusLink, label: t('mail.withdrawal.open') },
    t('mail.signature'),
  ]);
}
