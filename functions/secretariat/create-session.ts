import { openStaffSession } from '../../shared/secretariat/sign-in.ts';
import { httpHandler } from '../http/public.ts';
import { logger } from '../observability.ts';
import { CreateStaffSession } from './declarations.ts';

/** POST /staff/sessions — the console's sign-in page exchanges the link's token, once (ADR 093). */
export const handler = httpHandler(CreateStaffSession)(async ({ body, sourceIp }) => {
  const session = await openStaffSession(body.token, sourceIp);
  logger.info('staff signed in');
  return {
    status: 201,
    body: {
      accessToken: session.accessToken,
      email: session.email,
      expiresAt: session.expiresAt,
      idleMinutes: session.idleMinutes,
    },
  };
});
