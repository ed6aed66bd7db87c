/**
 * The applicant's calls, with the session of one application (its bearer token). Each returns
 * the API's answer typed by the route's declaration (app/api.ts); errors are `ApiError`s with
 * the API's message in the chosen language.
 */
import { call, download, type RequestBody } from '../../app/api.ts';
import type { Locale } from '../../app/i18n.tsx';

export type ApplicantApi = ReturnType<typeof applicantApi>;

export function applicantApi(applicationId: string, token: string) {
  const ids = { applicationId };
  const auth = (locale: Locale, signal?: AbortSignal) => ({ locale, token, signal });
  return {
    applicationId,
    /** GET the application as it stands: draft or submission, attachments, stage. */
    get: (locale: Locale, signal?: AbortSignal) =>
      call('GET /applications/{applicationId}', ids, auth(locale, signal)),
    /** PUT the draft whole, based on `version` (409 VERSION_CONFLICT if another was saved first). */
    saveDraft: (locale: Locale, body: RequestBody<'PUT /applications/{applicationId}/draft'>) =>
      call('PUT /applications/{applicationId}/draft', ids, { ...auth(locale), body }),
    /** POST …/sign-out: the session ends on the server; its token is refused from then on. */
    signOut: (locale: Locale) => call('POST /applications/{applicationId}/sign-out', ids, auth(locale)),
    /** GET …/data: everything stored about the application, for its applicant (ADR 089). */
    ownData: (locale: Locale) => call('GET /applications/{applicationId}/data', ids, auth(locale)),
    /** GET …/earlier: the owner's applications in other rounds (ADR 100); 403 for a co-editor. */
    earlier: async (locale: Locale, signal?: AbortSignal) =>
      (await call('GET /applications/{applicationId}/earlier', ids, auth(locale, signal))).applications,
    /** POST …/prefill: the draft filled from one of them, based on `version` (ADR 100). */
    prefill: (locale: Locale, body: RequestBody<'POST /applications/{applicationId}/prefill'>) =>
      call('POST /applications/{applicationId}/prefill', ids, { ...auth(locale), body }),
    /** GET …/decision-letter: the announced decision as a PDF (ADR 099). */
    decisionLetter: (locale: Locale) =>
      download('GET /applications/{applicationId}/decision-letter', ids, auth(locale)),
    submit: (locale: Locale) => call('POST /applications/{applicationId}/submit', ids, auth(locale)),
    withdraw: (locale: Locale) => call('POST /applications/{applicationId}/withdraw', ids, auth(locale)),
    attachments: async (locale: Locale) =>
      (await call('GET /applications/{applicationId}/attachments', ids, auth(locale))).attachments,
    /** An upload form for one file (the file itself goes straight to storage). */
    createUpload: (locale: Locale, body: RequestBody<'POST /applications/{applicationId}/attachments'>) =>
      call('POST /applications/{applicationId}/attachments', ids, { ...auth(locale), body }),
    /** An attachment's kind and party, while a draft (ADR 098): the attachments as they are then. */
    updateAttachment: async (
      locale: Locale,
      attachmentId: string,
      body: RequestBody<'PUT /applications/{applicationId}/attachments/{attachmentId}'>,
    ) =>
      (
        await call(
          'PUT /applications/{applicationId}/attachments/{attachmentId}',
          { ...ids, attachmentId },
          { ...auth(locale), body },
        )
      ).attachments,
    deleteAttachment: (locale: Locale, attachmentId: string) =>
      call(
        'DELETE /applications/{applicationId}/attachments/{attachmentId}',
        { ...ids, attachmentId },
        auth(locale),
      ),
    /** A short-lived link to an accepted attachment's bytes. */
    downloadUrl: async (locale: Locale, attachmentId: string) =>
      (
        await call(
          'GET /applications/{applicationId}/attachments/{attachmentId}/download',
          { ...ids, attachmentId },
          auth(locale),
        )
      ).url,
  };
}
