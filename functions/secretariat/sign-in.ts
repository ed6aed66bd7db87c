import { requestStaffLink } from '../../shared/secretariat/sign-in.ts';
import { httpHandler } from '../http/public.ts';
import { StaffSignIn } from './declarations.ts';

/** POST /staff/sign-in — a sign-in link to an allow-listed address; the same answer for any (ADR 093). */
export const handler = httpHandler(StaffSignIn)(async ({ body, locale, sourceIp }) => {
  await requestStaffLink(body, locale, sourceIp);
  return { status: 202, body: { status: 'sent' } };
});
