import { presignDownload } from '../../shared/files/s3.ts';
import { detailView } from '../../shared/review/views.ts';
import { listAttachments } from '../../shared/storage/attachments.ts';
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
  const application = await loadStageApplication(reviewer, applicationId);
  const [attachments, reviews] = await Promise.all([
    listAttachments(applicationId),
    listMemberReviews(reviewer.round.id, reviewer.committee, applicationId),
  ]);
  const accepted = await Promise.all(
    attachments
      .filter((attachment) => attachment.status === 'ACCEPTED')
      .toSorted((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map(async (attachment) => ({
        attachmentId: attachment.attachmentId,
        kind: attachment.kind,
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        size: attachment.size ?? attachment.declaredSize,
        ...(await presignDownload(
          attachment.objectKey,
          attachment.fileName,
          attachment.contentType,
          DOWNLOAD_SECONDS,
        )),
      })),
  );
  return { status: 200, body: detailView({ reviewer, stage, application, attachments: accepted, reviews }) };
});
