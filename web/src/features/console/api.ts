/**
 * The secretariat's calls (functions/secretariat): ask for a sign-in link, exchange its token
 * for a session, read a round's overview and one application, and the actions — each a POST,
 * each audited by the API under the staff member's address. Every read takes the page's
 * AbortSignal (app/resource.ts); errors are `ApiError`s with the API's message and fields.
 */
import { call } from '../../app/api.ts';
import type { Locale } from '../../app/i18n.tsx';
import type { StaffSession } from './session.ts';
import type { Committee, ScheduledEvent } from './types.ts';

// PROVISIONAL until the staff routes are in the registry: the same client, untyped.
const untyped = call as unknown as <T>(
  endpoint: string,
  params: Record<string, string>,
  options: { locale: Locale; token?: string; signal?: AbortSignal; body?: unknown },
) => Promise<T>;

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
  const options = (signal?: AbortSignal, body?: unknown) => ({ locale, token, signal, body });
  return {
    signOut: () => call('POST /staff/sign-out', {}, { locale, token }),
    overview: (roundId: string, signal?: AbortSignal) =>
      call('GET /staff/rounds/{roundId}', { roundId }, { locale, token, signal }),
    application: (applicationId: string, signal?: AbortSignal) =>
      call('GET /staff/applications/{applicationId}', { applicationId }, { locale, token, signal }),
    resendLink: (applicationId: string) =>
      untyped<unknown>('POST /staff/applications/{applicationId}/resend-link', { applicationId }, options()),
    withdraw: (applicationId: string, reason: string) =>
      untyped<unknown>(
        'POST /staff/applications/{applicationId}/withdraw',
        { applicationId },
        options(undefined, { reason }),
      ),
    issueLink: (roundId: string, committee: Committee, memberId: string) =>
      untyped<unknown>(
        'POST /staff/rounds/{roundId}/links',
        { roundId },
        options(undefined, { committee, memberId }),
      ),
    revokeLink: (roundId: string, linkId: string) =>
      untyped<unknown>('POST /staff/rounds/{roundId}/links/{linkId}/revoke', { roundId, linkId }, options()),
    moveDate: (roundId: string, event: ScheduledEvent, at: string) =>
      untyped<unknown>(
        'POST /staff/rounds/{roundId}/dates',
        { roundId },
        options(undefined, { [event]: at }),
      ),
    announce: (roundId: string) =>
      untyped<unknown>('POST /staff/rounds/{roundId}/announce', { roundId }, options()),
  };
}
