import { endStaffSession } from '../../shared/auth/staff.ts';
import { httpHandler } from '../http/staff.ts';
import { logger } from '../observability.ts';
import { StaffSignOut } from './declarations.ts';

/** POST /staff/sign-out — the staff session ends on the server (ADR 093). */
export const handler = httpHandler(StaffSignOut)(async ({ staff }) => {
  await endStaffSession(staff);
  logger.info('staff signed out');
  return { status: 204 };
});
