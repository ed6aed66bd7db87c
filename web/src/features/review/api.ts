/**
 * The review API for one member's link: every call carries the link's token; GETs only read,
 * every action is a POST (docs/review-api.md). Typed by the routes' declarations (app/api.ts);
 * errors are `ApiError`s with the API's message in the chosen language.
 */
import { call, download } from '../../app/api.ts';
import type { Locale } from '../../app/i18n.tsx';
import type { AssessmentInput, DeclarationInput, DiscussionInput, OutcomeInput } from './types.ts';

export type ExportFormat = 'xlsx' | 'csv';
export type ReviewApi = ReturnType<typeof reviewApi>;

export function reviewApi(token: string, locale: Locale) {
  const options = (signal?: AbortSignal) => ({ locale, token, signal });
  return {
    context: (signal?: AbortSignal) => call('GET /review/context', {}, options(signal)),
    list: (signal?: AbortSignal) => call('GET /review/applications', {}, options(signal)),
    detail: (applicationId: string, signal?: AbortSignal) =>
      call('GET /review/applications/{applicationId}', { applicationId }, options(signal)),
    declare: async (applicationId: string, body: DeclarationInput) =>
      (
        await call(
          'POST /review/applications/{applicationId}/declaration',
          { applicationId },
          {
            ...options(),
            body,
          },
        )
      ).declaration,
    assess: (applicationId: string, body: AssessmentInput) =>
      call('POST /review/applications/{applicationId}/assessment', { applicationId }, { ...options(), body }),
    setOutcome: (applicationId: string, body: OutcomeInput) =>
      call('POST /review/applications/{applicationId}/outcome', { applicationId }, { ...options(), body }),
    /** A post to the committee's discussion of the application (ADR 090): the thread as it stands. */
    discuss: async (applicationId: string, body: DiscussionInput) =>
      (
        await call(
          'POST /review/applications/{applicationId}/discussion',
          { applicationId },
          { ...options(), body },
        )
      ).discussion,
    setOrder: (order: string[], comments: Record<string, string>) =>
      call('POST /review/order', {}, { ...options(), body: { order, comments } }),
    finalise: (version: number) => call('POST /review/finalise', {}, { ...options(), body: { version } }),
    /** The export as a file (ADR 045); `fallbackName` when CORS hides the content-disposition header. */
    download: async (format: ExportFormat, fallbackName: string) => {
      const file = await download('GET /review/export', {}, { ...options(), query: { format } });
      return { blob: file.blob, fileName: file.fileName ?? fallbackName };
    },
  };
}

/** Hands a downloaded file to the browser as a save. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
