import { STAFF_SESSION } from '../../shared/auth/staff.ts';
import { httpHandler } from '../http/staff.ts';
import { GetStaffSession } from './declarations.ts';

/** GET /staff/session — who is signed in, and until when (the console's header). */
export const handler = httpHandler(GetStaffSession)(async ({ staff }) => ({
  status: 200,
  body: { email: staff.email, expiresAt: staff.expiresAt, idleMinutes: STAFF_SESSION.idleMinutes },
}));
