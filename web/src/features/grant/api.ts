/**
 * The calls after the award: the applicant's (with the application's session) and the
 * secretariat's (with the staff session). Typed by the registry's declarations (app/api.ts).
 */
import { call, download, type RequestBody } from '../../app/api.ts';
import type { Locale } from '../../app/i18n.tsx';

export function grantApi(applicationId: string, token: string) {
  const ids = { applicationId };
  const auth = (locale: Locale, signal?: AbortSignal) => ({ locale, token, signal });
  return {
    get: (locale: Locale, signal?: AbortSignal) =>
      call('GET /applications/{applicationId}/grant', ids, auth(locale, signal)),
    accept: (locale: Locale) => call('POST /applications/{applicationId}/grant/accept', ids, auth(locale)),
    decline: (locale: Locale) => call('POST /applications/{applicationId}/grant/decline', ids, auth(locale)),
    application: (locale: Locale, signal?: AbortSignal) =>
      call('GET /applications/{applicationId}', ids, auth(locale, signal)),
    report: (locale: Locale, schoolYear: string, signal?: AbortSignal) =>
      call('GET /applications/{applicationId}/grant/report', ids, {
        ...auth(locale, signal),
        query: { schoolYear },
      }),
    saveReport: (locale: Locale, body: RequestBody<'PUT /applications/{applicationId}/grant/report'>) =>
      call('PUT /applications/{applicationId}/grant/report', ids, { ...auth(locale), body }),
    submitReport: (
      locale: Locale,
      body: RequestBody<'POST /applications/{applicationId}/grant/report/submit'>,
    ) => call('POST /applications/{applicationId}/grant/report/submit', ids, { ...auth(locale), body }),
    /** A report's attachment (ADR 112): an upload form for one file. */
    uploadFile: (
      locale: Locale,
      body: RequestBody<'POST /applications/{applicationId}/grant/report/attachments'>,
    ) => call('POST /applications/{applicationId}/grant/report/attachments', ids, { ...auth(locale), body }),
    deleteFile: (locale: Locale, attachmentId: string) =>
      call(
        'DELETE /applications/{applicationId}/grant/report/attachments/{attachmentId}',
        { applicationId, attachmentId },
        auth(locale),
      ),
    downloadFile: (locale: Locale, attachmentId: string) =>
      call(
        'GET /applications/{applicationId}/grant/report/attachments/{attachmentId}/download',
        { applicationId, attachmentId },
        auth(locale),
      ),
  };
}
export type GrantApi = ReturnType<typeof grantApi>;

export function staffGrantApi(token: string, locale: Locale) {
  const auth = (signal?: AbortSignal) => ({ locale, token, signal });
  return {
    grants: (roundId: string, signal?: AbortSignal) =>
      call('GET /staff/rounds/{roundId}/grants', { roundId }, auth(signal)),
    report: (applicationId: string, schoolYear: string, signal?: AbortSignal) =>
      call(
        'GET /staff/applications/{applicationId}/grant/report',
        { applicationId },
        {
          ...auth(signal),
          query: { schoolYear },
        },
      ),
    review: (
      applicationId: string,
      body: RequestBody<'POST /staff/applications/{applicationId}/grant/report/review'>,
    ) =>
      call(
        'POST /staff/applications/{applicationId}/grant/report/review',
        { applicationId },
        { ...auth(), body },
      ),
    downloadFile: (applicationId: string, attachmentId: string) =>
      call(
        'GET /staff/applications/{applicationId}/grant/report/attachments/{attachmentId}/download',
        { applicationId, attachmentId },
        auth(),
      ),
    exportReports: (roundId: string) =>
      download('GET /staff/rounds/{roundId}/reports.xlsx', { roundId }, auth()),
  };
}
