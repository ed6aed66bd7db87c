/**
 * The secretariat's calls (functions/secretariat): ask for a sign-in link, exchange its token
 * for a session, read a round's overview and one application, and the actions — each a POST,
 * each audited by the API under the staff member's address. Every read takes the page's
 * AbortSignal (app/resource.ts); errors are `ApiError`s with the API's message and fields.
 */
import { call } from '../../app/api.ts';
import type { Locale } from '../../app/i18n.tsx';
import type { StaffSession } from './session.ts';
import type { Committee, DateMove } from './types.ts';

/** POST /staff/sign-in: a link to an allow-listed address (the answer is the same for any address). */
export const requestStaffLink = (email: string, locale: Locale) =>
  call('POST /staff/sign-in', {}, { locale, body: { email, locale } });

/** POST /staff/sessions: the link's token for a session (the answer always carries its token). */
export const createStaffSession = async (token: string, locale: Locale): Promise<StaffSession> => {
  const session = await call('POST /staff/sessions', {}, { locale, body: { token } });
  if (!session.accessToken) throw new Error('POST /staff/sessions answered no token');
  return { ...session, accessToken: session.accessToken };
};

export type StaffApi = ReturnType<typeof staffApi>;

export function staffApi(token: string, locale: Locale) {
  return {
    signOut: () => call('POST /staff/sign-out', {}, { locale, token }),
    overview: (roundId: string, signal?: AbortSignal) =>
      call('GET /staff/rounds/{roundId}', { roundId }, { locale, token, signal }),
    application: (applicationId: string, signal?: AbortSignal) =>
      call('GET /staff/applications/{applicationId}', { applicationId }, { locale, token, signal }),
    resendLink: (applicationId: string) =>
      call('POST /staff/applications/{applicationId}/resend-link', { applicationId }, { locale, token }),
    /** On the applicant's written request: the reason is kept in the audit trail. */
    withdraw: (applicationId: string, reason: string) =>
      call(
        'POST /staff/applications/{applicationId}/withdraw',
        { applicationId },
        { locale, token, body: { reason } },
      ),
    /** A new link to the member, mailed; their earlier links revoked. */
    issueLink: (roundId: string, committee: Committee, memberId: string) =>
      call(
        'POST /staff/rounds/{roundId}/links',
        { roundId },
        { locale, token, body: { committee, memberId } },
      ),
    revokeLink: (roundId: string, linkId: string) =>
      call('POST /staff/rounds/{roundId}/links/{linkId}/revoke', { roundId, linkId }, { locale, token }),
    moveDates: (roundId: string, body: DateMove) =>
      call('POST /staff/rounds/{roundId}/dates', { roundId }, { locale, token, body }),
    announce: (roundId: string) =>
      call('POST /staff/rounds/{roundId}/announce', { roundId }, { locale, token }),
  };
}
