/**
 * The review API for one member's link: every call carries the link's token; GETs only read,
 * every action is a POST (docs/review-api.md). Errors are the app's `ApiError`s with the API's
 * message in the chosen language.
 */
import type { Locale } from '../../../shared/i18n/locale.ts';
import { api, ApiError } from '../api/client.ts';
import type {
  Declaration,
  ExpertAssessmentInput,
  ExpertOutcomeInput,
  FinaliseResult,
  FinalOutcomeInput,
  ReviewContext,
  ReviewDetail,
  ReviewList,
} from './types.ts';

export type ExportFormat = 'xlsx' | 'csv';

export interface ReviewApi {
  context(): Promise<ReviewContext>;
  list(): Promise<ReviewList>;
  detail(applicationId: string): Promise<ReviewDetail>;
  declare(applicationId: string, body: { conflicted: boolean; reason?: string }): Promise<Declaration>;
  assess(applicationId: string, body: ExpertAssessmentInput | { comment: string }): Promise<unknown>;
  setOutcome(
    applicationId: string,
    body: ExpertOutcomeInput | FinalOutcomeInput,
  ): Promise<{ stage: { version: number } }>;
  setOrder(order: string[], comments: Record<string, string>): Promise<{ stage: { version: number } }>;
  finalise(version: number): Promise<FinaliseResult>;
  /** The export as a file; `fallbackName` when CORS hides the content-disposition header. */
  download(format: ExportFormat, fallbackName: string): Promise<{ blob: Blob; fileName: string }>;
}

const id = encodeURIComponent;

export function reviewApi(token: string, locale: Locale): ReviewApi {
  const options = { locale, token };
  return {
    context: () => api('GET', '/review/context', options),
    list: () => api('GET', '/review/applications', options),
    detail: (applicationId) => api('GET', `/review/applications/${id(applicationId)}`, options),
    declare: async (applicationId, body) =>
      (
        await api<{ declaration: Declaration }>(
          'POST',
          `/review/applications/${id(applicationId)}/declaration`,
          { ...options, body },
        )
      ).declaration,
    assess: (applicationId, body) =>
      api('POST', `/review/applications/${id(applicationId)}/assessment`, { ...options, body }),
    setOutcome: (applicationId, body) =>
      api('POST', `/review/applications/${id(applicationId)}/outcome`, { ...options, body }),
    setOrder: (order, comments) => api('POST', '/review/order', { ...options, body: { order, comments } }),
    finalise: (version) => api('POST', '/review/finalise', { ...options, body: { version } }),
    download: (format, fallbackName) => downloadExport(token, locale, format, fallbackName),
  };
}

let base: Promise<string> | undefined;

/**
 * The API's address. The shared client keeps it to itself, so the export (a file, not JSON)
 * reads /config.json once more — a small, cached request.
 */
function apiBase(): Promise<string> {
  base ??= fetch('/config.json', { cache: 'no-store' })
    .then((response) => response.json() as Promise<{ apiBaseUrl?: string }>)
    .then((config) => (config.apiBaseUrl ?? '').replace(/\/+$/, ''))
    .catch((error: unknown) => {
      base = undefined;
      throw error;
    });
  return base;
}

/** GET /review/export?format=… as a file: the API writes the spreadsheet (ADR 045). */
async function downloadExport(token: string, locale: Locale, format: ExportFormat, fallbackName: string) {
  let response: Response;
  try {
    response = await fetch(`${await apiBase()}/review/export?format=${format}`, {
      headers: { authorization: `Bearer ${token}`, 'accept-language': locale },
    });
  } catch (error) {
    throw new ApiError(0, 'NETWORK', (error as Error).message);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    throw new ApiError(
      response.status,
      typeof body.code === 'string' ? body.code : `HTTP_${response.status}`,
      typeof body.message === 'string' ? body.message : response.statusText,
      [],
      body,
    );
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? fallbackName;
  return { blob: await response.blob(), fileName };
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
