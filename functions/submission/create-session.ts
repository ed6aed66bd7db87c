import { openSession } from '../../shared/submission/start.ts';
import { httpHandler } from '../http/public.ts';
import { logger } from '../observability.ts';
import { CreateSession } from './declarations.ts';

/**
 * POST /sessions — the magic-link landing page exchanges the link's token for a session
 * token, once. A POST, so a mail scanner that fetches the link signs nobody in.
 */
export const handler = httpHandler(CreateSession)(async ({ body, sourceIp }) => {
  const { session, created } = await openSession(body.token, sourceIp);
  if (created) logger.info('application created', created);
  return { status: 201, body: session };
});
