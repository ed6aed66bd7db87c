/**
 * What a committee member's review page reads (docs/review-api.md): who the link is for and
 * where the stage stands, the committee's list shaped for the member, one application in full.
 * Every read but the context needs the stage open (its first application has arrived), and an
 * application must be one of the stage's (the previous stage's decision put it there).
 */
import { submittedAttachmentDownloads } from '../files/downloads.ts';
import { errors } from '../errors.ts';
import { getStage, listMemberReviews, type StageRecord } from '../storage/review.ts';
import type { Reviewer } from './links.ts';
import { roundDates } from './schedule.ts';
import { findStageApplication, stageApplications } from './stages.ts';
import { detailView, listView, stageView } from './views.ts';

/** Review pages open attachments a little later than the applicant's page does. */
const DOWNLOAD_SECONDS = 5 * 60;

/** The reviewer's stage, which must be open (STAGE_NOT_OPEN otherwise), and its deadline. */
export async function openStageOf(reviewer: Reviewer): Promise<{ stage: StageRecord; deadline: string }> {
  const [stage, dates] = await Promise.all([
    getStage(reviewer.round.id, reviewer.committee),
    roundDates(reviewer.round),
  ]);
  if (!stage?.openedAt) throw errors.stageNotOpen();
  return { stage, deadline: dates[reviewer.committee] };
}

/**
 * An application of the reviewer's open stage, with the previous stage; anything else (another
 * round, another stage) is NOT_FOUND.
 */
export async function stageApplicationOf(reviewer: Reviewer, applicationId: string) {
  const { stage } = await openStageOf(reviewer);
  const found = await findStageApplication(reviewer.round, reviewer.committee, applicationId);
  if (!found) throw errors.notFound();
  return { ...found, stage };
}

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
      activityAreas: round.activityAreas.map(({ code, area, title }) => ({ code, area, title })),
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
  const { stage, deadline } = await openStageOf(reviewer);
  const [applications, reviews] = await Promise.all([
    stageApplications(reviewer.round, reviewer.committee),
    listMemberReviews(reviewer.round.id, reviewer.committee),
  ]);
  return listView({ reviewer, stage, deadline, applications, reviews });
}

/**
 * One application of the stage in full, with exactly what was submitted (the manifest, ADR 060)
 * as presigned GETs of the frozen copies (5 minutes); the committee's discussion only after the
 * member declared no conflict of interest.
 */
export async function reviewDetail(reviewer: Reviewer, applicationId: string) {
  const { application, previous, stage } = await stageApplicationOf(reviewer, applicationId);
  const [attachments, reviews] = await Promise.all([
    submittedAttachmentDownloads(application, DOWNLOAD_SECONDS),
    listMemberReviews(reviewer.round.id, reviewer.committee, applicationId),
  ]);
  return detailView({ reviewer, stage, previous, application, attachments, reviews });
}
