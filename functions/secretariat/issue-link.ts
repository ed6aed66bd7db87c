import { issueCommitteeLink, roundById } from '../../shared/secretariat/actions.ts';
import { httpHandler } from '../http/staff.ts';
import { IssueCommitteeLink } from './declarations.ts';

/** POST /staff/rounds/{roundId}/links — a member's new review link, mailed; never in the answer. */
export const handler = httpHandler(IssueCommitteeLink)(async ({ params, body, staff }) => {
  const { url: _mailedOnly, ...issued } = await issueCommitteeLink(
    roundById(params.roundId),
    body.committee,
    body.memberId,
    staff.actor,
  );
  return { status: 201, body: issued };
});
