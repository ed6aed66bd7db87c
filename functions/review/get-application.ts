import { submittedAttachmentDownloads } from '../../shared/files/downloads.ts';
import { detailView } from '../../shared/review/views.ts';
import { listMemberReviews } from '../../shared/storage/review.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage, loadStageApplication } from './load.ts';

/** Review pages open attachments a little later than the applicant's page does. */
const DOWNLOAD_SECONDS = 5 * 60;

/**
 * GET /review/applications/{applicationId} — the application in full with its accepted
 * attachments (presigned GETs, 5 minutes); the committee's discussion only after the member
 * has declared no conflict of interest.
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  const applicationId = request.pathParameter('applicationId');
  const { stage } = await loadOpenStage(reviewer);
  const { application, previous } = await loadStageApplication(reviewer, applicationId);
  // Exactly what was submitted (the manifest, ADR 060), each file's frozen copy.
  const [accepted, reviews] = await Promise.all([
    submittedAttachmentDownloads(application, DOWNLOAD_SECONDS),
    listMemberReviews(reviewer.round.id, reviewer.committee, applicationId),
  ]);
  return {
    status: 200,
    body: detailView({ reviewer, stage, previous, application, attachments: accepted, reviews }),
  };
});
