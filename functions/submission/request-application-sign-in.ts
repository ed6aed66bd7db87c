import { requestApplicationSignIn } from '../../shared/submission/start.ts';
import { httpHandler } from '../http/public.ts';
import { RequestApplicationSignIn } from './declarations.ts';

/** POST /applications/{applicationId}/sign-in-link — a link to the owner's address, the same answer always. */
export const handler = httpHandler(RequestApplicationSignIn)(async ({ params, locale, sourceIp }) => {
  await requestApplicationSignIn(params.applicationId, locale, sourceIp);
  return { status: 202, body: { status: 'sent' } };
});
