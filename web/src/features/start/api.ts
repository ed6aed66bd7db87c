/** The start page's and the sign-in page's calls: ask for a magic link, exchange its token for a session. */
import { call, type RequestBody } from '../../app/api.ts';
import type { Locale } from '../../app/i18n.tsx';

/** POST /applications: a magic link to a new or existing application, by e-mail. */
export const requestLink = (body: RequestBody<'POST /applications'>, locale: Locale) =>
  call('POST /applications', {}, { locale, body });

/** POST /sessions: the link's token for a session of its application. */
export const createSession = (token: string, locale: Locale) =>
  call('POST /sessions', {}, { locale, body: { token } });
