/**
 * How long the portal keeps an application's personal data (ADR 089), per round in its
 * configuration (`retention` and `retentionOf`, shared/domain/rounds/schema.ts — GET /rounds shows
 * it for the privacy notice), and the scheduled erasure.
 *
 * - Sign-in requests nobody followed leave no application at all: the link's record, the
 *   claim and the rate-limit windows expire by TTL within a day (ADR 085, 086).
 * - Drafts never submitted: erased `draftDaysAfterClose` days after the application period's
 *   effective close (default 30).
 * - Withdrawn applications, and those not awarded (NOT_QUALIFIED, DECLINED): erased
 *   `unsuccessfulMonthsAfterAnnouncement` months after the effective announcement (default 6).
 * - Awarded applications: kept `awardedYearsAfterAnnouncement` years (default 10: the grant's
 *   accounts and the council's archive), never erased by the schedule.
 *
 * `applyRetention` runs on a schedule (functions/privacy, daily in AWS): for each configured
 * round whose dates have passed, it finds the applications through gsi2 (access patterns 6,
 * 18, 19 — no Scan) and erases each due one with `eraseApplication`. Idempotent: an erased
 * application is gone from the indexes, and erasing it again finds nothing.
 */
import { listRounds } from '../domain/rounds/index.ts';
import { retentionOf, type RoundSchedule } from '../domain/rounds/schema.ts';
import { roundDates } from '../review/schedule.ts';
import {
  listDraftApplications,
  listSubmittedApplications,
  listWithdrawnApplications,
} from '../storage/applications.ts';
import type { ApplicationRecord } from '../storage/items.ts';
import { eraseApplication, type EraseOutcome, type EraseReason } from './erase.ts';
import * as clock from '../clock.ts';

const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 24 * 3600 * 1000);
function addMonths(iso: string, months: number): Date {
  const date = new Date(iso);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date;
}

/** When a round's unsubmitted drafts and its withdrawn and unsuccessful applications are erased. */
export async function erasureDates(round: RoundSchedule): Promise<{ drafts: Date; unsuccessful: Date }> {
  const dates = await roundDates(round);
  const retention = retentionOf(round);
  return {
    drafts: addDays(dates.applicationCloses, retention.draftDaysAfterClose),
    unsuccessful: addMonths(dates.announcement, retention.unsuccessfulMonthsAfterAnnouncement),
  };
}

/** Not awarded, once announced: the unsuccessful applications the retention erases. */
const unsuccessful = (application: ApplicationRecord) =>
  application.status === 'SUBMITTED' &&
  application.announcedAt !== undefined &&
  application.outcome !== undefined &&
  application.outcome !== 'AWARDED';

export interface RetentionRun {
  roundId: string;
  erased: { applicationId: string; reason: EraseReason }[];
}

/** Erases every application whose retention has run out, in every configured round. */
export async function applyRetention(): Promise<RetentionRun[]> {
  const now = clock.now();
  const runs: RetentionRun[] = [];
  for (const round of listRounds()) {
    const due = await erasureDates(round);
    const candidates: { application: ApplicationRecord; reason: EraseReason }[] = [];
    if (now >= due.drafts) {
      for (const application of await listDraftApplications(round.id))
        candidates.push({ application, reason: 'draft-never-submitted' });
    }
    if (now >= due.unsuccessful) {
      for (const application of await listWithdrawnApplications(round.id))
        candidates.push({ application, reason: 'withdrawn' });
      for (const application of await listSubmittedApplications(round.id))
        if (unsuccessful(application)) candidates.push({ application, reason: 'unsuccessful' });
    }
    const erased: RetentionRun['erased'] = [];
    for (const { application, reason } of candidates) {
      const outcome: EraseOutcome = await eraseApplication(application.applicationId, {
        reason,
        actor: { kind: 'workflow' },
      });
      if (outcome.outcome === 'erased') erased.push({ applicationId: application.applicationId, reason });
    }
    runs.push({ roundId: round.id, erased });
  }
  return runs;
}
