/**
 * SES's bounce and complaint events, as its configuration set publishes them to EventBridge
 * (ADR 083), and the tags the portal puts on every mail so an event can be traced back to what
 * it concerns. The event's `detail` is SES's documented event record ("Contents of event data
 * that Amazon SES publishes", the same record SNS would carry as its message); only the fields
 * the portal reads are parsed, the rest is let through.
 */
import * as z from 'zod/mini';

/** The SES event types the portal listens for, and the EventBridge detail-type of each. */
export const MAIL_EVENT_DETAIL_TYPES = {
  Bounce: 'Email Bounced',
  Complaint: 'Email Complaint Received',
} as const;
export type MailEventType = keyof typeof MAIL_EVENT_DETAIL_TYPES;
export const MAIL_EVENT_TYPES = Object.keys(MAIL_EVENT_DETAIL_TYPES) as MailEventType[];

/** Which mail it was (the `mail` tag). */
export const MAIL_KINDS = [
  'magic-link',
  'receipt',
  'contact-notice',
  'invitation',
  'overdue-reminder',
  'draft-reminder',
  'member-reminder',
  'outcome',
  'secretariat-notice',
  'coeditor-invitation',
  'join-request',
  'withdrawal',
  'acceptance-reminder',
  'report-reminder',
  'report-review',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/**
 * What a mail concerns, as SES message tags (`EmailTags`): the round, and either the
 * application or the committee member. Tag values may hold only A–Z, a–z, 0–9, `_` and `-`
 * (no addresses, which are personal data anyway): ids qualify.
 */
export interface MailSubject {
  readonly mail: MailKind;
  readonly round: string;
  readonly application?: string;
  readonly committee?: string;
  readonly member?: string;
}

const TAG_VALUE = /^[A-Za-z0-9_-]{1,256}$/;

/** The SES message tags of a mail's subject (values SES would refuse are left out). */
export function mailTags(subject: MailSubject): { Name: string; Value: string }[] {
  return Object.entries(subject)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && TAG_VALUE.test(entry[1]))
    .map(([Name, Value]) => ({ Name, Value }));
}

// zod/mini (ADR 077): the mail functions carry no classic zod for this. Each schema built in one
// call marked pure (ADR 077): every function that sends mail imports this module for `mailTags`,
// and keeps none of these schemas unless it parses an event (ADR 122).
const tagValue = /* @__PURE__ */ (() => z.array(z.string()).check(z.minLength(1)))();

/** The `mail` object of an event record: which message, and its tags (each a list of values). */
const mailObject = /* @__PURE__ */ (() =>
  z.object({
    messageId: z.string(),
    timestamp: z.string(),
    destination: z._default(z.array(z.string()), []),
    tags: z._default(z.record(z.string(), tagValue), {}),
  }))();

const bounceRecord = /* @__PURE__ */ (() =>
  z.object({
    eventType: z.literal('Bounce'),
    mail: mailObject,
    bounce: z.object({
      feedbackId: z.string().check(z.minLength(1)),
      /** Permanent (hard), Transient (soft, SES gave up retrying) or Undetermined. */
      bounceType: z.string(),
      bounceSubType: z._default(z.string(), ''),
      bouncedRecipients: z
        .array(
          z.object({
            emailAddress: z.string(),
            status: z.optional(z.string()),
            diagnosticCode: z.optional(z.string()),
          }),
        )
        .check(z.minLength(1)),
      timestamp: z.string(),
    }),
  }))();

const complaintRecord = /* @__PURE__ */ (() =>
  z.object({
    eventType: z.literal('Complaint'),
    mail: mailObject,
    complaint: z.object({
      feedbackId: z.string().check(z.minLength(1)),
      complainedRecipients: z.array(z.object({ emailAddress: z.string() })).check(z.minLength(1)),
      timestamp: z.string(),
      complaintFeedbackType: z.optional(z.string()),
    }),
  }))();

/** SES's event record (the EventBridge event's `detail`, or an SNS message's JSON). */
export const sesEventRecord = /* @__PURE__ */ (() =>
  z.discriminatedUnion('eventType', [bounceRecord, complaintRecord]))();
export type SesEventRecord = z.output<typeof sesEventRecord>;

/** An EventBridge event from SES. */
export const sesEventBridgeEvent = /* @__PURE__ */ (() =>
  z.object({
    source: z.literal('aws.ses'),
    'detail-type': z.enum(Object.values(MAIL_EVENT_DETAIL_TYPES)),
    detail: sesEventRecord,
  }))();

/** One problem with one mail, as the portal records it. */
export interface MailProblem {
  /** SES's feedback id: the same event delivered twice is recorded once. */
  readonly feedbackId: string;
  readonly type: 'bounce' | 'complaint';
  /** Permanent / Transient / Undetermined (bounces), abuse / … (complaints, when the ISP says). */
  readonly detail: string;
  /** What the receiving server said (bounces), when it said it. */
  readonly diagnostic?: string;
  readonly recipients: readonly string[];
  readonly mail?: string;
  readonly messageId: string;
  /** When SES reported it. */
  readonly at: string;
}

/** The problem an event record reports, and the subject the mail's tags name. */
export function problemOf(record: SesEventRecord): { problem: MailProblem; subject: Partial<MailSubject> } {
  const tag = (name: string) => record.mail.tags[name]?.[0];
  const subject: Partial<MailSubject> = {
    mail: MAIL_KINDS.find((kind) => kind === tag('mail')),
    round: tag('round'),
    application: tag('application'),
    committee: tag('committee'),
    member: tag('member'),
  };
  const problem: MailProblem =
    record.eventType === 'Bounce'
      ? {
          feedbackId: record.bounce.feedbackId,
          type: 'bounce',
          detail: [record.bounce.bounceType, record.bounce.bounceSubType].filter(Boolean).join('/'),
          diagnostic: record.bounce.bouncedRecipients.find((r) => r.diagnosticCode)?.diagnosticCode,
          recipients: record.bounce.bouncedRecipients.map((r) => r.emailAddress.toLowerCase()),
          mail: subject.mail,
          messageId: record.mail.messageId,
          at: record.bounce.timestamp,
        }
      : {
          feedbackId: record.complaint.feedbackId,
          type: 'complaint',
          detail: record.complaint.complaintFeedbackType ?? 'complaint',
          recipients: record.complaint.complainedRecipients.map((r) => r.emailAddress.toLowerCase()),
          mail: subject.mail,
          messageId: record.mail.messageId,
          at: record.complaint.timestamp,
        };
  return { problem, subject };
}

/** A soft bounce SES gave up on is recorded; only a hard bounce or a complaint needs a person. */
export const needsAttention = (problem: MailProblem) =>
  problem.type === 'complaint' || !problem.detail.startsWith('Transient');
