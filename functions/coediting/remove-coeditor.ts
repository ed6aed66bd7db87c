import { removeCoeditor } from '../../shared/submission/coeditors.ts';
import { httpHandler } from '../http/applicant.ts';
import { RemoveCoeditor } from './declarations.ts';

/** DELETE /applications/{applicationId}/coeditors/{coeditorId} — removed (or left); sessions refused. */
export const handler = httpHandler(RemoveCoeditor)(async ({ applicant, params }) => {
  await removeCoeditor(applicant.applicationId, applicant.actor, params.coeditorId);
  return { status: 204 };
});
