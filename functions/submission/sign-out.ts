import { endSession } from '../../shared/auth/sessions.ts';
import { httpHandler } from '../http/applicant.ts';
import { SignOut } from './declarations.ts';

/** POST /applications/{applicationId}/sign-out — the session ends on the server (ADR 086). */
export const handler = httpHandler(SignOut)(async ({ applicant }) => {
  await endSession(applicant);
  return { status: 204 };
});
