import { requestToJoin } from '../../shared/submission/coeditors.ts';
import { httpHandler } from '../http/public.ts';
import { RequestToJoin } from './declarations.ts';

/** POST /applications/{applicationId}/join-requests — the owner is mailed (ADR 097). */
export const handler = httpHandler(RequestToJoin)(async ({ body, params, locale, sourceIp }) => {
  await requestToJoin(params.applicationId, body, locale, sourceIp);
  return { status: 202, body: { status: 'sent' } };
});
