import type * as z from 'zod';
import { budgetSummary, validateSubmission } from '../domain/application.ts';
import { retentionOf, type Round, type RoundSchedule } from '../domain/rounds/schema.ts';
import { applicationPeriodState } from '../domain/time.ts';
import { format, type Catalogue, type Params } from '../i18n/catalogue.ts';
import type { Locale } from '../i18n/locale.ts';
import { structuralMessages } from '../i18n/api.ts';
import { attachmentMessages } from '../i18n/attachments.ts';
import { applicationViewMessages } from '../i18n/messages.ts';
import { listRoundsWithContent } from '../domain/rounds/content.ts';
import { roundDates, type RoundDates } from '../review/schedule.ts';
import type { ApplicationRecord } from '../storage/applications.ts';
import { applicationPeriodOf } from '../submission/period.ts';
import {
  countAcceptedLettersOfIntent,
  countPendingAttachments,
  sortedByCreation,
  type AttachmentRecord,
  type SubmittedAttachment,
} from '../storage/attachments.ts';
import type { ApplicantStage } from '../domain/stages.ts';
import { publicRound } from './public-round.ts';
import * as clock from '../clock.ts';

/**
 * A message of the view's catalogue (unmet rules, rejection reasons), so that an applicant
 * route's bundle carries no committee text; an unknown code reads as FIELD_INVALID, as `message`.
 */
function applicantMessage(code: string, locale: Locale, params?: Params): string {
  const catalogue: Catalogue = applicationViewMessages;
  return format(catalogue[code] ?? applicationViewMessages.FIELD_INVALID, locale, params);
}

/**
 * An attachment's rejection reason in words (the attachments' catalogue only, so that a route
 * listing attachments carries none of the scheme's rules, ADR 115); an unknown code reads as
 * FIELD_INVALID.
 */
function rejectionMessage(code: string, locale: Locale): string {
  const catalogue: Catalogue = attachmentMessages;
  return format(catalogue[code] ?? structuralMessages.FIELD_INVALID, locale);
}

/**
 * What GET /rounds tells anyone about a round: the public schema's fields only (the committees
 * stay private), with the dates as they hold now and where `now` lies in the period.
 */
export function publicRoundView(round: Round, dates: RoundDates, now: Date): z.output<typeof publicRound> {
  const effective = {
    ...round,
    applicationPeriod: { ...round.applicationPeriod, closes: dates.applicationCloses },
    committeeDeadlines: { expert: dates.expert, geographic: dates.geographic, final: dates.final },
    announcementDate: dates.announcement,
  };
  return publicRound.parse({
    ...effective,
    applicationPeriodState: applicationPeriodState(effective, now),
    retention: retentionOf(round),
  });
}

/**
 * GET /rounds: every configured round as `publicRoundView` shows it, with the dates that hold
 * now (an administrator may have moved a deadline, ADR 047) — one GetItem per round.
 */
export async function publicRounds(now = clock.now()) {
  return {
    rounds: await Promise.all(
      listRoundsWithContent().map(async (round) => publicRoundView(round, await roundDates(round), now)),
    ),
  };
}

/**
 * The stage an applicant sees. Until the announcement a submitted application is IN_REVIEW,
 * whatever the committees did with it: the committees' stages (GEOGRAPHIC_REVIEW for the
 * qualified, AWAITING_ANNOUNCEMENT for the rest) would tell the expert outcome early.
 */
export function applicantStage(application: Pick<ApplicationRecord, 'status' | 'stage'>): ApplicantStage {
  if (application.status === 'DRAFT') return 'DRAFT';
  if (application.status === 'WITHDRAWN') return 'WITHDRAWN';
  return application.stage === 'ANNOUNCED' ? 'ANNOUNCED' : 'IN_REVIEW';
}

/** When the applicant last changed the application; a committee's work never shows through it. */
function applicantUpdatedAt(application: ApplicationRecord): string {
  switch (applicantStage(application)) {
    case 'DRAFT':
      return application.updatedAt;
    case 'WITHDRAWN':
      return application.withdrawnAt ?? application.updatedAt;
    case 'IN_REVIEW':
      return application.receipt?.submittedAt ?? application.createdAt;
    case 'ANNOUNCED':
      return application.announcedAt ?? application.receipt?.submittedAt ?? application.createdAt;
  }
}

/** What an applicant sees of an attachment, or of one in a submission's manifest (never the object key). */
export function attachmentView(attachment: AttachmentRecord | SubmittedAttachment, locale: Locale) {
  if (!('status' in attachment)) {
    const { attachmentId, kind, party, fileName, contentType, size, createdAt } = attachment;
    return {
      attachmentId,
      kind,
      ...(party ? { party } : {}),
      fileName,
      contentType,
      size,
      status: 'ACCEPTED' as const,
      createdAt,
    };
  }
  return {
    attachmentId: attachment.attachmentId,
    kind: attachment.kind,
    ...(attachment.party ? { party: attachment.party } : {}),
    fileName: attachment.fileName,
    contentType: attachment.contentType,
    size: attachment.size ?? attachment.declaredSize,
    status: attachment.status,
    ...(attachment.rejectionReason
      ? {
          rejectionReason: attachment.rejectionReason,
          rejectionMessage: rejectionMessage(attachment.rejectionReason, locale),
        }
      : {}),
    createdAt: attachment.createdAt,
  };
}

/**
 * The attachments that are the application's (ADR 060): once submitted, exactly the
 * submission's manifest — a record outside it is not part of the submission; in a draft,
 * every record. Oldest first.
 */
export function listedAttachments(
  application: Pick<ApplicationRecord, 'submittedAttachments'>,
  attachments: readonly AttachmentRecord[],
): (AttachmentRecord | SubmittedAttachment)[] {
  return sortedByCreation<AttachmentRecord | SubmittedAttachment>(
    application.submittedAttachments ?? attachments,
  );
}

export function attachmentViews(
  application: Pick<ApplicationRecord, 'submittedAttachments'>,
  attachments: readonly AttachmentRecord[],
  locale: Locale,
) {
  return listedAttachments(application, attachments).map((attachment) => attachmentView(attachment, locale));
}

/**
 * What an applicant sees of their application, with the rules it does not meet yet, its stage
 * as an applicant sees it, the announcement date and the application period as they hold now
 * (`dates`; a draft is read-only once the period closed, ADR 061).
 */
export function applicationView(
  application: ApplicationRecord,
  attachments: AttachmentRecord[],
  round: RoundSchedule,
  dates: RoundDates,
  locale: Locale,
  now = clock.now(),
) {
  const stage = applicantStage(application);
  const listed = listedAttachments(application, attachments);
  const check = validateSubmission(application.draft, round, {
    letterOfIntentCount: countAcceptedLettersOfIntent(listed),
    letters: listed,
    pendingAttachmentCount: countPendingAttachments(listed),
  });
  const unmetRules = check.ok
    ? []
    : check.issues.map((issue) => ({
        path: issue.path,
        code: issue.code,
        message: applicantMessage(issue.code, locale, issue.params),
      }));
  return {
    applicationId: application.applicationId,
    roundId: application.roundId,
    status: application.status,
    stage,
    announcementDate: dates.announcement,
    applicationPeriod: applicationPeriodOf(round, dates, now),
    version: application.version,
    draft: application.draft,
    budgetSummary: budgetSummary(application.draft.budget ?? []),
    unmetRules,
    attachments: listed.map((attachment) => attachmentView(attachment, locale)),
    receipt: application.receipt,
    ...(stage === 'ANNOUNCED' ? { outcome: outcomeView(application) } : {}),
    updatedAt: applicantUpdatedAt(application),
  };
}

/**
 * The outcome an applicant sees of their application, once announced; undefined before (what
 * `applicationView` shows as `outcome`, without the view's rules and texts: the own-data download).
 */
export function applicantOutcome(application: ApplicationRecord) {
  return applicantStage(application) === 'ANNOUNCED' ? outcomeView(application) : undefined;
}

/** The outcome the applicant sees — only once announced (ANNOUNCED), never before. */
function outcomeView(application: ApplicationRecord) {
  const final = application.finalDecision;
  if (application.outcome === 'AWARDED' && final?.awarded) {
    // A reduced award says why (less than requested in a school year).
    return {
      result: 'AWARDED' as const,
      amounts: final.amounts,
      total: final.total,
      ...(final.reason ? { reason: final.reason } : {}),
    };
  }
  if (application.outcome === 'DECLINED' && final && !final.awarded) {
    return { result: 'DECLINED' as const, reason: final.reason };
  }
  return { result: 'NOT_QUALIFIED' as const, reason: application.expertDecision?.reason ?? '' };
}
