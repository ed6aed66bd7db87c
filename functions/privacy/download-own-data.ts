import { ownData } from '../../shared/privacy/own-data.ts';
import { assertOwner } from '../../shared/submission/coeditors.ts';
import { httpHandler } from '../http/applicant.ts';
import { DownloadOwnData } from './declarations.ts';

/** GET /applications/{applicationId}/data — everything stored about the application, for its applicant. */
export const handler = httpHandler(DownloadOwnData)(async ({ applicant }) => {
  assertOwner(applicant.actor); // the owner's data, with the co-editors' (ADR 096)
  return { status: 200, body: await ownData(applicant.applicationId) };
});
