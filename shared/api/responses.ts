/**
 * Every success body the API answers, by name. A declaration in the registry names its answers'
 * bodies (`body: 'applicationView'`, type-checked against this module's exports) rather than
 * importing the schemas, so a handler's bundle carries no response schema at all: only the
 * OpenAPI document (GET /openapi.json) and the contract tests read them, and the handler's
 * answer is typed by them (functions/http.ts).
 */
import * as z from 'zod';
import { attachmentView } from './schemas.ts';

export {
  applicationView,
  downloadResponse,
  draftSaved,
  roundsResponse,
  sessionResponse,
  startResponse,
  submitResponse,
  uploadResponse,
  withdrawResponse,
} from './schemas.ts';
export {
  assessmentResponse,
  awardsResponse,
  declarationResponse,
  discussionResponse,
  finaliseResponse,
  orderResponse,
  outcomeResponse,
  reviewContext,
  reviewDetail,
  reviewList,
} from './review-responses.ts';

export {
  committeeLinkIssued,
  roundOverview,
  signInLinkResent,
  staffApplicationDetail,
  staffRoundDates,
  staffSession,
  staffSignInResponse,
} from './secretariat-responses.ts';

export const attachmentsResponse = z.object({ attachments: z.array(attachmentView) });

/** Co-editors and requests to join (ADR 096, 097). */
export { coeditingResponse, coeditorView, joinRequested } from './coediting.ts';

/** GET /applications/{applicationId}/earlier: the owner's applications in other rounds (ADR 100). */
export { earlierApplicationsResponse } from './earlier.ts';

/** GET /applications/{applicationId}/data: the applicant's own data (ADR 089). */
export { ownDataResponse } from './privacy-responses.ts';

/** GET /rounds/{roundId}/awards.json: a round's awards as open data (ADR 101). */
export { openAwardsResponse } from './opendata-responses.ts';

/** After the award: acceptance and reports (ADR 102, 103). */
export {
  grantAnswered,
  grantView,
  reportView,
  staffGrantsList,
  staffReportView,
} from './grants-responses.ts';

/** GET /openapi.json: the document itself (its parts are checked by the linters, not here). */
export const openApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({}),
  paths: z.looseObject({}),
});
