import { errors } from '../../shared/api/errors.ts';
import { priorityOrderSchema } from '../../shared/domain/review.ts';
import {
  mayActForCommittee,
  stageApplications,
  standAsideByApplication,
} from '../../shared/review/stages.ts';
import { recordAudit } from '../../shared/storage/audit.ts';
import { listMemberReviews, setOrder } from '../../shared/storage/review.ts';
import { httpHandler } from '../http.ts';
import { loadOpenStage, requireNotFinalised } from './load.ts';

/**
 * POST /review/order — the geographic committee's one national priority order, with the
 * committee's comment per application. Set by the chair, or by the deputy chair when the chair
 * stood aside on one of the applications; the one who sets it has declared on every one.
 */
export const handler = httpHandler(async (request) => {
  const reviewer = await request.reviewer();
  const { round, committee, member } = reviewer;
  if (committee !== 'geographic') throw errors.wrongCommittee();
  const { order, comments } = request.body(priorityOrderSchema);
  const { stage } = await loadOpenStage(reviewer);
  requireNotFinalised(stage);
  const [applications, reviews] = await Promise.all([
    stageApplications(round, committee),
    listMemberReviews(round.id, committee),
  ]);
  if (!mayActForCommittee(round, committee, member.id, standAsideByApplication(reviews)))
    throw errors.notChair();
  const mine = new Map(
    reviews
      .filter((review) => review.memberId === member.id)
      .map((review) => [review.applicationId, review.declaration]),
  );
  const ids = new Set(applications.map((application) => application.applicationId));
  const undeclared = [...ids].filter((id) => !mine.get(id));
  if (undeclared.length > 0) throw errors.declarationRequired();
  if (order.length !== ids.size || new Set(order).size !== order.length || order.some((id) => !ids.has(id))) {
    throw errors.validation([{ path: 'order', code: 'ORDER_INCOMPLETE' }]);
  }
  const unknownComment = Object.keys(comments).find((id) => !ids.has(id));
  if (unknownComment)
    throw errors.validation([{ path: `comments.${unknownComment}`, code: 'FIELD_UNKNOWN' }]);

  const written = await setOrder(round.id, order, comments);
  if (!written.ok) {
    if (written.current?.finalisedAt)
      throw errors.stageFinalised({ finalisedAt: written.current.finalisedAt });
    throw errors.stageNotOpen();
  }
  await recordAudit({
    roundId: round.id,
    at: new Date().toISOString(),
    actor: reviewer.actor,
    action: 'order.set',
    committee,
    details: { order },
  });
  return { status: 200, body: { order, comments, stage: { version: written.version } } };
});
