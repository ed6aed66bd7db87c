import { requestMagicLink } from '../../shared/submission/start.ts';
import { httpHandler } from '../http/public.ts';
import { StartApplication } from './declarations.ts';

/** POST /applications — e-mail + lead municipality → a magic link by e-mail (shared/submission/start.ts). */
export const handler = httpHandler(StartApplication)(async ({ body, locale, sourceIp }) => {
  const { existing } = await requestMagicLink(body, locale, sourceIp);
  return { status: 202, body: { status: 'sent', existing } };
});
