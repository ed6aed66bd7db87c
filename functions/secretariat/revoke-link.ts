import { revokeCommitteeLink, roundById } from '../../shared/secretariat/actions.ts';
import { httpHandler } from '../http/staff.ts';
import { RevokeCommitteeLink } from './declarations.ts';

/** POST /staff/rounds/{roundId}/links/{linkId}/revoke — the link is refused from now on (audited). */
export const handler = httpHandler(RevokeCommitteeLink)(async ({ params, staff }) => {
  await revokeCommitteeLink(roundById(params.roundId), params.linkId, staff.actor);
  return { status: 204 };
});
