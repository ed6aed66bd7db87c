import { openSession } from '../../shared/submission/start.ts';
import { httpHandler } from '../http/public.ts';
import { CreateSession } from './declarations.ts';

/**
 * POST /sessions — the magic-link landing page exchanges the link's token for a session
 * token. A POST, so a mail scanner that fetches the link signs nobody in.
 */
export const handler = httpHandler(CreateSession)(async ({ body, sourceIp }) => ({
  status: 201,
  body: await openSession(body.token, sourceIp),
}));
