/**
 * Reminders before a deadline (docs/decisions/091-reminders.md), sent by the scheduled
 * SendReminders function: to each draft of a round not submitted, `draftDaysBefore` days and
 * one day before the application period closes; to each committee member who has not finished,
 * `memberDaysBefore` days before their stage's deadline. The dates are the round's as they hold
 * now (moved dates included). Each reminder is claimed by one conditional write before it is
 * sent — once per application and kind (only while a draft), once per member and stage (only
 * while the stage is open) — given back if the mail fails, and audited once sent.
 */
import * as clock from '../clock.ts';
import { ENV, requireEnv } from '../config/env.ts';
import { signReviewToken } from '../auth/tokens.ts';
import { COMMITTEES, memberLocale, type Committee, type CommitteeMember } from '../domain/committees.ts';
import { listRounds } from '../domain/rounds/index.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import type { Locale } from '../i18n/index.ts';
import { isLocale } from '../i18n/locale.ts';
import { sendMail } from '../mail/ses.ts';
import { draftReminderMail, memberReminderMail } from '../mail/templates.ts';
import {
  claimDraftReminder,
  listDraftApplications,
  releaseDraftReminder,
  type ApplicationRecord,
} from '../storage/applications.ts';
import { recordAudit } from '../storage/audit.ts';
import {
  claimMemberReminder,
  getStage,
  listLinks,
  listMemberReviews,
  releaseMemberReminder,
  type MemberReviewRecord,
  type ReviewLinkRecord,
} from '../storage/review.ts';
import { issueLink, reviewUrl } from './links.ts';
import { roundDates } from './schedule.ts';
import { applicationCounties, stageApplications } from './stages.ts';

const DAY_MS = 86_400_000;

/** The round's reminder days (its configuration, else 7 days for drafts and 2 for members). */
export function reminderDays(round: RoundSchedule) {
  return { draftDaysBefore: 7, memberDaysBefore: 2, ...round.reminders };
}

/**
 * Which draft reminder is due now, if any: `draft-last-day` in the last day before the period
 * closes, `draft-early` from `draftDaysBefore` days before until then. A run that comes late
 * sends only the one due, never both at once.
 */
export function dueDraftReminder(
  closes: string,
  draftDaysBefore: number,
  now: Date,
): 'draft-early' | 'draft-last-day' | undefined {
  const left = Date.parse(closes) - now.getTime();
  if (left <= 0) return undefined;
  if (left <= DAY_MS) return 'draft-last-day';
  if (draftDaysBefore > 1 && left <= draftDaysBefore * DAY_MS) return 'draft-early';
  return undefined;
}

/**
 * How many of the stage's applications a member has not finished: not declared on; expert —
 * declared no conflict but not assessed; geographic — a county adviser's application (one
 * touching their counties) declared on without a comment. The final committee declares.
 */
export function unfinishedCount(
  round: RoundSchedule,
  committee: Committee,
  memberId: string,
  applications: readonly ApplicationRecord[],
  reviews: readonly MemberReviewRecord[],
): number {
  const member = round.committees[committee].members.find((candidate) => candidate.id === memberId);
  const isChair = round.committees[committee].chair === memberId;
  const counties = new Set(member?.counties ?? []);
  return applications.filter((application) => {
    const mine = reviews.find(
      (review) => review.applicationId === application.applicationId && review.memberId === memberId,
    );
    if (!mine?.declaration) return true;
    if (mine.declaration.conflicted) return false;
    if (committee === 'expert') return !mine.assessment;
    if (committee === 'geographic' && !isChair)
      return applicationCounties(round, application).some((county) => counties.has(county)) && !mine.comment;
    return false;
  }).length;
}

/**
 * What a member's reminder links to (ADR 106), given the member's links for the committee: the
 * newest link not revoked that lasts to the stage's deadline as it holds now — the same link,
 * its token signed again (a link is its record; a token only its signature, and none is
 * stored); nothing when the newest of them all was revoked (the secretariat took that access
 * away, and gives it back by re-issuing); else `issue` — none was ever issued, or the newest
 * ends before the deadline (it was moved).
 */
export function reminderLinkPlan(
  links: readonly ReviewLinkRecord[],
  deadline: string,
): { reference: ReviewLinkRecord } | 'issue' | 'none' {
  const byAge = links.toSorted((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  const live = byAge.filter((link) => !link.revokedAt && Date.parse(link.expiresAt) >= Date.parse(deadline));
  if (live.length > 0) return { reference: live.at(-1)! };
  if (byAge.at(-1)?.revokedAt) return 'none';
  return 'issue';
}

/** The member's review link for a reminder (reminderLinkPlan), or undefined: no link to give. */
async function memberReminderLink(
  round: RoundSchedule,
  committee: Committee,
  member: CommitteeMember,
  deadline: string,
  links: readonly ReviewLinkRecord[],
): Promise<{ url: string; linkId: string; issued: boolean } | undefined> {
  const webBaseUrl = requireEnv(ENV.webBaseUrl);
  const plan = reminderLinkPlan(
    links.filter((link) => link.committee === committee && link.memberId === member.id),
    deadline,
  );
  if (plan === 'none') return undefined;
  if (plan === 'issue') {
    const issued = await issueLink({
      round,
      committee,
      memberId: member.id,
      actor: { kind: 'workflow' },
      webBaseUrl,
    });
    return { url: issued.url, linkId: issued.record.linkId, issued: true };
  }
  const link = plan.reference;
  const token = await signReviewToken({
    memberId: link.memberId,
    committee,
    roundId: link.roundId,
    linkId: link.linkId,
    expiresAt: link.expiresAt,
  });
  return { url: reviewUrl(webBaseUrl, committee, token), linkId: link.linkId, issued: false };
}

export interface RemindersSent {
  drafts: number;
  members: number;
  failed: string[];
}

/** Every reminder due now, in every round. Failures are listed; the next run tries again. */
export async function sendDueReminders(): Promise<RemindersSent> {
  const sent: RemindersSent = { drafts: 0, members: 0, failed: [] };
  for (const round of listRounds()) {
    const dates = await roundDates(round);
    await remindDrafts(round, dates.applicationCloses, sent);
    for (const committee of COMMITTEES) await remindMembers(round, committee, dates[committee], sent);
  }
  return sent;
}

/**
 * One reminder: claimed by its conditional write (false: already sent, or no longer due), sent,
 * given back if the mail fails (listed; the next run tries again), audited once sent.
 */
async function remindOnce(
  round: RoundSchedule,
  reminder: {
    label: string;
    claim: () => Promise<boolean>;
    release: () => Promise<unknown>;
    send: () => Promise<unknown>;
    /** The audit entry, read once the mail is sent. */
    audit: () => {
      applicationId?: string;
      committee?: Committee;
      details: Record<string, unknown>;
      id: string;
    };
  },
  sent: RemindersSent,
): Promise<boolean> {
  if (!(await reminder.claim())) return false;
  try {
    await reminder.send();
  } catch {
    await reminder.release().catch(() => undefined);
    sent.failed.push(reminder.label);
    return false;
  }
  const { id, ...entry } = reminder.audit();
  await recordAudit(
    {
      roundId: round.id,
      at: clock.now().toISOString(),
      actor: { kind: 'workflow' },
      action: 'reminder.sent',
      ...entry,
    },
    id,
  );
  return true;
}

async function remindDrafts(round: RoundSchedule, closes: string, sent: RemindersSent) {
  const now = clock.now();
  const kind = dueDraftReminder(closes, reminderDays(round).draftDaysBefore, now);
  if (!kind) return;
  for (const application of await listDraftApplications(round.id)) {
    const { applicationId } = application;
    const locale: Locale = isLocale(application.locale) ? application.locale : 'nb';
    const delivered = await remindOnce(
      round,
      {
        label: `${applicationId}:${kind}`,
        claim: () => claimDraftReminder(applicationId, kind, now.toISOString()),
        release: () => releaseDraftReminder(applicationId, kind),
        send: () =>
          sendMail({
            from: round.mail.from,
            replyTo: round.mail.replyTo,
            to: application.ownerEmail,
            ...draftReminderMail({
              locale,
              round,
              projectTitle: application.draft.title ?? '',
              deadline: closes,
              statusLink: `${requireEnv(ENV.webBaseUrl)}/application/${applicationId}`,
            }),
            about: { mail: 'draft-reminder', round: round.id, application: applicationId },
          }),
        audit: () => ({
          applicationId,
          details: { kind, deadline: closes },
          id: `reminder-${kind}-${applicationId}`,
        }),
      },
      sent,
    );
    if (delivered) sent.drafts++;
  }
}

async function remindMembers(
  round: RoundSchedule,
  committee: Committee,
  deadline: string,
  sent: RemindersSent,
) {
  const now = clock.now();
  const left = Date.parse(deadline) - now.getTime();
  if (left <= 0 || left > reminderDays(round).memberDaysBefore * DAY_MS) return;
  const stage = await getStage(round.id, committee);
  if (!stage?.openedAt || stage.finalisedAt) return;
  const [applications, reviews, links] = await Promise.all([
    stageApplications(round, committee),
    listMemberReviews(round.id, committee),
    listLinks(round.id),
  ]);
  for (const member of round.committees[committee].members) {
    const unfinished = unfinishedCount(round, committee, member.id, applications, reviews);
    if (unfinished === 0) continue;
    // The link is known once the reminder is claimed (a fresh one is issued only then), and
    // named in the audit by its id: the token itself goes only into the mail.
    let link: Awaited<ReturnType<typeof memberReminderLink>>;
    const delivered = await remindOnce(
      round,
      {
        label: `${committee}:${member.id}`,
        claim: () => claimMemberReminder(round.id, committee, member.id, now.toISOString()),
        release: () => releaseMemberReminder(round.id, committee, member.id),
        send: async () => {
          link = await memberReminderLink(round, committee, member, deadline, links);
          await sendMail({
            from: round.mail.from,
            replyTo: round.mail.replyTo,
            to: member.email,
            ...memberReminderMail({
              locale: memberLocale(member),
              round,
              committee,
              memberName: member.name,
              deadline,
              unfinished,
              link: link?.url,
            }),
            about: { mail: 'member-reminder', round: round.id, committee, member: member.id },
          });
        },
        audit: () => ({
          committee,
          details: {
            kind: 'member-before-deadline',
            member: member.id,
            deadline,
            unfinished,
            link: link ? { id: link.linkId, issued: link.issued } : null,
          },
          id: `reminder-${committee}-${member.id}`,
        }),
      },
      sent,
    );
    if (delivered) sent.members++;
  }
}
