/**
 * The co-editing calls (ADR 096, 097): with the session of one application, and the public
 * request to join one. Typed by the routes' declarations (app/api.ts).
 */
import { call, type RequestBody } from '../../../app/api.ts';
import type { Locale } from '../../../app/i18n.tsx';

export type CoeditingApi = ReturnType<typeof coeditingApi>;

export function coeditingApi(applicationId: string, token: string) {
  const ids = { applicationId };
  const auth = (locale: Locale, signal?: AbortSignal) => ({ locale, token, signal });
  return {
    /** Role, co-editors, join requests (owner) and the last changes. */
    get: (locale: Locale, signal?: AbortSignal) =>
      call('GET /applications/{applicationId}/coeditors', ids, auth(locale, signal)),
    invite: (locale: Locale, body: RequestBody<'POST /applications/{applicationId}/coeditors'>) =>
      call('POST /applications/{applicationId}/coeditors', ids, { ...auth(locale), body }),
    remove: (locale: Locale, coeditorId: string) =>
      call(
        'DELETE /applications/{applicationId}/coeditors/{coeditorId}',
        { ...ids, coeditorId },
        auth(locale),
      ),
    accept: (locale: Locale, requestId: string) =>
      call(
        'POST /applications/{applicationId}/join-requests/{requestId}/accept',
        { ...ids, requestId },
        auth(locale),
      ),
    decline: (locale: Locale, requestId: string) =>
      call(
        'DELETE /applications/{applicationId}/join-requests/{requestId}',
        { ...ids, requestId },
        auth(locale),
      ),
  };
}

/** POST …/join-requests: ask the owner of an application naming one's municipality to invite you. */
export const requestToJoin = (
  applicationId: string,
  body: RequestBody<'POST /applications/{applicationId}/join-requests'>,
  locale: Locale,
) => call('POST /applications/{applicationId}/join-requests', { applicationId }, { locale, body });
