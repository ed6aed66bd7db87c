/**
 * The one way the web app talks to the API: JSON in and out, the bearer token of the
 * applicant's session, and Accept-Language so every message comes back in the chosen
 * language. Every non-2xx answer becomes an `ApiError` carrying the API's error body
 * (`{ code, message, fields? }` plus details such as a conflict's `current`).
 */
import type { Locale } from '../../../shared/i18n/locale.ts';
import type { FieldError } from './types.ts';

let apiBaseUrl = '';

/** The API's address, from /config.json (written by the local stack or by the deploy). */
export async function loadConfig(): Promise<void> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: ${response.status}`);
  const config = (await response.json()) as { apiBaseUrl?: string };
  apiBaseUrl = (config.apiBaseUrl ?? '').replace(/\/+$/, '');
}

export function setApiBaseUrl(url: string) {
  apiBaseUrl = url.replace(/\/+$/, '');
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
  /** No answer at all: offline, DNS, CORS. */
  get isNetwork() {
    return this.status === 0;
  }
}

export interface RequestOptions {
  locale: Locale;
  token?: string;
  body?: unknown;
  signal?: AbortSignal;
}

export async function api<T>(method: string, path: string, options: RequestOptions): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiBaseUrl + path, {
      method,
      headers: {
        accept: 'application/json',
        'accept-language': options.locale,
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
        ...(options.token && { authorization: `Bearer ${options.token}` }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', (error as Error).message);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON (a proxy's error page): the status says enough
  }
  if (!response.ok) {
    const body = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
    throw new ApiError(
      response.status,
      typeof body.code === 'string' ? body.code : `HTTP_${response.status}`,
      typeof body.message === 'string' ? body.message : response.statusText,
      Array.isArray(body.fields) ? (body.fields as FieldError[]) : [],
      body,
    );
  }
  return json as T;
}
