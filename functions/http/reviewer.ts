/**
 * The HTTP wrapper's entry for reviewer routes (functions/http.ts): a committee member's review
 * link, checked against its record and the round's configuration, of a committee the route
 * admits. Their messages: those every route answers, the structural field issues of a body,
 * and a link's refusals; a route's declaration adds the committees' and the API's answers it
 * gives besides (its `messages`, ADR 119).
 */
import * as errors from '../../shared/errors.ts';
import { commonMessages, structuralMessages } from '../../shared/i18n/api.ts';
import { reviewLinkMessages } from '../../shared/i18n/review.ts';
import { authenticateReviewer } from '../../shared/review/links.ts';
import { committeesOf, type HttpDeclaration } from '../declare.ts';
import { bearerToken, routeHandler, type AuthKindCheck } from '../http.ts';
import { logger } from '../observability.ts';

export const reviewerKind: AuthKindCheck<'reviewer'> = {
  async authenticate(event, declaration) {
    const reviewer = await authenticateReviewer(bearerToken(event, errors.reviewLinkInvalid));
    // The page names its committee (`?committee=expert`): another committee's link is refused,
    // and so is a committee the route is not for.
    const page = event.queryStringParameters?.committee;
    if (page !== undefined && page !== reviewer.committee) throw errors.wrongCommittee();
    if (!(committeesOf(declaration)?.includes(reviewer.committee) ?? true)) throw errors.wrongCommittee();
    logger.appendKeys({
      roundId: reviewer.round.id,
      committee: reviewer.committee,
      memberId: reviewer.member.id,
    });
    return { reviewer };
  },
  messages: { ...commonMessages, ...structuralMessages, ...reviewLinkMessages },
};

/** `httpHandler(Declaration)(async (request) => answer)` for a route declared `auth: 'reviewer'`. */
export const httpHandler = <D extends HttpDeclaration & { readonly auth: 'reviewer' }>(declaration: D) =>
  routeHandler(declaration, reviewerKind);
