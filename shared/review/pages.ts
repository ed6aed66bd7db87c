/**
 * What a committee member's review page reads (docs/review-api.md): who the link is for and
 * where the stage stands, the committee's list shaped for the member, one application in full.
 * Every read but the context needs the stage open, and an application must be one of the
 * stage's (open-stage.ts).
 */
import { findRoundWithAreaNames } from '../domain/rounds/area-names.ts';
import { submittedAttachmentDownloads } from '../files/downloads.ts';
import type { ExpertDecision } from '../domain/review.ts';
import { listSubmittedApplications } from '../storage/applications.ts';
import { getApplicationReviews, getStage, listMemberReviews } from '../storage/review.ts';
import type { Reviewer } from './links.ts';
import { roundDates } from './schedule.ts';
import { openStageOf, stageApplicationOf } from './open-stage.ts';
import { stageApplications } from './stages.ts';
import { detailView, listView, stageView } from './views.ts';

/** Review pages open attachments a little later than the applicant's page does. */
const DOWNLOAD_SECONDS = 5 * 60;

/** Who the review link belongs to, the round, and where the committee's stage stands. */
export async function reviewContext(reviewer: Reviewer) {
  const { round, committee, member } = reviewer;
  const [stage, dates] = await Promise.all([getStage(round.id, committee), roundDates(round)]);
  return {
    member: { id: member.id, name: member.name, role: reviewer.role },
    committee,
    round: {
      id: round.id,
      title: round.title,
      division: round.division,
      budgetPerYear: round.budgetPerYear,
      schoolYears: round.schoolYears,
      // The areas' names (ADR 118, 122); their descriptions are the form's.
      activityAreas: findRoundWithAreaNames(round.id)!.activityAreas.map(({ code, area, title }) => ({
        code,
        area,
        title,
      })),
      artSubjects: round.artSubjects,
      dates,
    },
    counties: member.counties ?? [],
    stage: stageView(stage, dates[committee]),
    linkExpiresAt: reviewer.link.expiresAt,
  };
}

/** The committee's list, shaped for the member (a member standing aside sees no standing). */
export async function reviewList(reviewer: Reviewer) {
  return (await loadReviewList(reviewer)).view;
}

/**
 * What the committee's export reads (shared/review/export-sheet.ts): the list as the member
 * sees it, the stage's applications in full (contact person, partners, the art subject written
 * in) and the round's other submitted applications — those an earlier stage let go (not
 * qualified) — with the expert committee's share of its decision.
 */
export async function reviewExport(reviewer: Reviewer) {
  const { round, committee } = reviewer;
  const [{ view, applications }, submitted, expert] = await Promise.all([
    loadReviewList(reviewer),
    listSubmittedApplications(round.id),
    committee === 'expert' ? undefined : getStage(round.id, 'expert'),
  ]);
  const inStage = new Set(applications.map((application) => application.applicationId));
  const others = submitted
    .filter((application) => !inStage.has(application.applicationId))
    .map((application) => {
      const share = expert?.finalisedAt ? expert.decision?.[application.applicationId] : undefined;
      return application.expertDecision || !share
        ? application
        : { ...application, expertDecision: share as ExpertDecision };
    });
  // The activity areas' names are the round's content (ADR 118), without their descriptions (ADR 122).
  return { view, applications, others, activityAreas: findRoundWithAreaNames(round.id)!.activityAreas };
}

async function loadReviewList(reviewer: Reviewer) {
  const { stage, deadline } = await openStageOf(reviewer);
  const [applications, reviews, advisers] = await Promise.all([
    stageApplications(reviewer.round, reviewer.committee),
    listMemberReviews(reviewer.round.id, reviewer.committee),
    reviewer.committee === 'final' ? listMemberReviews(reviewer.round.id, 'geographic') : [],
  ]);
  return { view: listView({ reviewer, stage, deadline, applications, reviews, advisers }), applications };
}

/**
 * One application of the stage in full, with exactly what was submitted (the manifest, ADR 060)
 * as presigned GETs of the frozen copies (5 minutes); the committee's discussion only after the
 * member declared no conflict of interest.
 */
export async function reviewDetail(reviewer: Reviewer, applicationId: string) {
  const { application, previous, stage } = await stageApplicationOf(reviewer, applicationId);
  const [attachments, { reviews, discussion }, advisers] = await Promise.all([
    submittedAttachmentDownloads(application, DOWNLOAD_SECONDS),
    getApplicationReviews(reviewer.round.id, reviewer.committee, applicationId),
    reviewer.committee === 'final' ? listMemberReviews(reviewer.round.id, 'geographic', applicationId) : [],
  ]);
  return detailView({ reviewer, stage, previous, application, attachments, reviews, discussion, advisers });
}
