/**
 * What the secretariat sees of a round (ADR 094): every application — draft, submitted,
 * withdrawn, at whatever stage and outcome — with the facts the console filters, searches and
 * sorts on; counts and sums per county, activity area and art subject; and each committee's
 * progress (members, who has assessed or declared what, conflicts, the deadline, overdue).
 *
 * GetItem/Query only: the round's applications come from the gsi2 round index's three
 * partitions (ROUND#r#DRAFT, #SUBMITTED, #WITHDRAWN — every application is in exactly one from
 * its creation on), a stage per committee, each committee's reviews partition and the round's
 * links. A round has a few hundred applications: the list is answered whole, and the console
 * filters and sorts it in the browser.
 */
import * as clock from '../clock.ts';
import { COMMITTEES, roleOf, type Committee } from '../domain/committees.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { mergeDates, type RoundDates } from '../review/schedule.ts';
import { mergeGrantDates } from '../grants/dates.ts';
import { stageApplications } from '../review/stages.ts';
import { applicationSummary, stageView } from '../review/views.ts';
import { unfinishedCount } from '../review/reminders.ts';
import {
  listDraftApplications,
  listSubmittedApplications,
  listWithdrawnApplications,
  type ApplicationRecord,
} from '../storage/applications.ts';
import {
  getScheduleOverrides,
  getStage,
  listLinks,
  listMemberReviews,
  type ReviewLinkRecord,
} from '../storage/review.ts';

/** An application as one row of the overview. */
export function overviewRow(round: RoundSchedule, application: ApplicationRecord) {
  const summary = applicationSummary(round, application);
  const contact = application.draft.contact;
  return {
    applicationId: application.applicationId,
    status: application.status,
    stage: application.stage ?? null,
    outcome: application.outcome ?? null,
    title: summary.title,
    receiptNumber: application.receipt?.number ?? null,
    leadMunicipality: summary.leadMunicipality.number ? summary.leadMunicipality : null,
    partnerMunicipalities: summary.partnerMunicipalities,
    counties: summary.counties,
    activityAreas: summary.activityAreas,
    artSubjects: summary.artSubjects,
    requested: summary.requested.total,
    awarded: application.finalDecision?.awarded ? application.finalDecision.total : null,
    contact:
      contact?.name || contact?.email ? { name: contact.name ?? '', email: contact.email ?? '' } : null,
    ownerEmail: application.ownerEmail,
    createdAt: application.createdAt,
    updatedAt: application.updatedAt,
    submittedAt: application.receipt?.submittedAt ?? null,
    withdrawnAt: application.withdrawnAt ?? null,
  };
}
export type OverviewRow = ReturnType<typeof overviewRow>;

export interface Tally {
  key: string;
  /** Applications, by status. */
  drafts: number;
  submitted: number;
  withdrawn: number;
  /** Requested in all by the submitted (not withdrawn) applications, kroner. */
  requested: number;
  /** Awarded in all (the final committee's decisions), kroner. */
  awarded: number;
}

/**
 * Counts and sums per key: each application counts once under every county, activity area or
 * art subject it names (so the rows of one tally may add up to more than the round's total).
 */
export function tally(
  rows: readonly OverviewRow[],
  keysOf: (row: OverviewRow) => readonly string[],
): Tally[] {
  const byKey = new Map<string, Tally>();
  for (const row of rows) {
    for (const key of new Set(keysOf(row))) {
      const entry = byKey.get(key) ?? {
        key,
        drafts: 0,
        submitted: 0,
        withdrawn: 0,
        requested: 0,
        awarded: 0,
      };
      if (row.status === 'DRAFT') entry.drafts++;
      else if (row.status === 'WITHDRAWN') entry.withdrawn++;
      else {
        entry.submitted++;
        entry.requested += row.requested;
        entry.awarded += row.awarded ?? 0;
      }
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key));
}

export function tallies(rows: readonly OverviewRow[]) {
  const [total] = tally(rows, () => ['total']);
  return {
    total: total ?? { key: 'total', drafts: 0, submitted: 0, withdrawn: 0, requested: 0, awarded: 0 },
    byCounty: tally(rows, (row) => row.counties.map((county) => county.number)),
    byActivityArea: tally(rows, (row) => row.activityAreas),
    byArtSubject: tally(rows, (row) => row.artSubjects),
  };
}

/** The latest link issued to a member for a committee (live or not), for the overview. */
function latestLink(links: readonly ReviewLinkRecord[], committee: Committee, memberId: string) {
  const mine = links
    .filter((link) => link.committee === committee && link.memberId === memberId)
    .sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  const link = mine.at(-1);
  return link
    ? {
        linkId: link.linkId,
        issuedAt: link.issuedAt,
        expiresAt: link.expiresAt,
        revokedAt: link.revokedAt ?? null,
      }
    : null;
}

/** One committee's progress: its stage, deadline, and what each member has done. */
async function committeeProgress(
  round: RoundSchedule,
  committee: Committee,
  dates: RoundDates,
  links: readonly ReviewLinkRecord[],
  now: Date,
) {
  const [stage, applications, reviews] = await Promise.all([
    getStage(round.id, committee),
    stageApplications(round, committee),
    listMemberReviews(round.id, committee),
  ]);
  const view = stageView(stage, dates[committee]);
  const inStage = new Set(applications.map((application) => application.applicationId));
  const open = view.status === 'open';
  return {
    committee,
    deadline: dates[committee],
    status: view.status,
    openedAt: view.openedAt,
    finalisedAt: view.finalisedAt,
    overdue:
      view.status !== 'finalised' && view.openedAt !== null && Date.parse(dates[committee]) <= now.getTime(),
    applications: applications.length,
    members: round.committees[committee].members.map((member) => {
      const mine = reviews.filter(
        (review) => review.memberId === member.id && inStage.has(review.applicationId),
      );
      const ids = (keep: (review: (typeof mine)[number]) => boolean) =>
        mine
          .filter(keep)
          .map((review) => review.applicationId)
          .sort();
      return {
        memberId: member.id,
        name: member.name,
        email: member.email,
        role: roleOf(round.committees[committee], member.id),
        declared: ids((review) => !!review.declaration),
        conflicts: ids((review) => !!review.declaration?.conflicted),
        assessed: ids((review) => !!(review.assessment ?? review.comment)),
        outstanding: open ? unfinishedCount(round, committee, member.id, applications, reviews) : 0,
        link: latestLink(links, committee, member.id),
      };
    }),
  };
}

/** The round overview (ADR 094). */
export async function roundOverview(round: RoundSchedule, now = clock.now()) {
  const [drafts, submitted, withdrawn, overrides, links] = await Promise.all([
    listDraftApplications(round.id),
    listSubmittedApplications(round.id),
    listWithdrawnApplications(round.id),
    getScheduleOverrides(round.id),
    listLinks(round.id),
  ]);
  // One read of the schedule item: the round's dates and the award's as they hold now.
  const dates = mergeDates(round, overrides);
  // The index follows the item eventually: an application seen in two partitions counts once,
  // as the later state says (withdrawn over submitted over draft).
  const byId = new Map<string, ApplicationRecord>();
  for (const application of [...drafts, ...submitted, ...withdrawn])
    byId.set(application.applicationId, application);
  const rows = [...byId.values()]
    .filter((application) => application.roundId === round.id)
    .map((application) => overviewRow(round, application))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const committees = await Promise.all(
    COMMITTEES.map((committee) => committeeProgress(round, committee, dates, links, now)),
  );
  return {
    round: { id: round.id, title: round.title },
    // The round's dates, then the award's (ADR 113): all of them can be moved here.
    dates: { ...dates, ...mergeGrantDates(round, overrides) },
    applications: rows,
    tallies: tallies(rows),
    committees,
  };
}
