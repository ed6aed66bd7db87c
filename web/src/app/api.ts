/**
 * The one way the web app talks to the API. A call names its route as the registry declares it
 * (`'PUT /applications/{applicationId}/draft'`, functions/registry.ts): the route, its path
 * parameters, its body and its answer are typed from that declaration and the API's own schemas
 * (type-only imports — nothing of them reaches the bundle), so a route renamed or a body changed
 * on the server fails the web's type check. Each feature keeps its calls in its `api.ts`.
 *
 * JSON in and out, the caller's bearer token, Accept-Language so every message comes back in
 * the chosen language, and the caller's AbortSignal. Every non-2xx answer becomes an `ApiError`
 * carrying the API's error body (`{ code, message, fields? }` plus details such as a conflict's
 * `current`). The API's address comes from /config.json, read once, when the first call needs it.
 */
import type * as z from 'zod/v4/core';
import type { Registry } from '../../../functions/registry.ts';
import type * as responses from '../../../shared/api/responses.ts';
import type { Locale } from '../../../shared/i18n/locale.ts';

export interface FieldError {
  path: string;
  code: string;
  message: string;
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

/** The message to show for a failed call: the API's own (in the chosen language), else `fallback`. */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError && !error.isNetwork && error.message ? error.message : fallback;
}

export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

// ── the API's address ───────────────────────────────────────────────────────────────────────

let base: Promise<string> | undefined;

/** The API's address, from /config.json (written by the local stack or by the deploy); read once. */
export function apiBaseUrl(): Promise<string> {
  base ??= fetch('/config.json', { cache: 'no-store' })
    .then(async (response) => {
      if (!response.ok) throw new Error(`config.json: ${response.status}`);
      const config = (await response.json()) as { apiBaseUrl?: string };
      return (config.apiBaseUrl ?? '').replace(/\/+$/, '');
    })
    .catch((error: unknown) => {
      base = undefined; // the next call tries again
      throw new ApiError(0, 'NETWORK', String(error));
    });
  return base;
}

/** Tests and tools: the API's address without /config.json. */
export function setApiBaseUrl(url: string) {
  base = Promise.resolve(url.replace(/\/+$/, ''));
}

// ── routes, typed by the registry ───────────────────────────────────────────────────────────

type HttpDeclarations = {
  [K in keyof Registry as Registry[K] extends { trigger: 'http' } ? K : never]: Registry[K];
};
type EndpointOf<D> = D extends { method: infer M extends string; path: infer P extends string }
  ? `${M} ${P}`
  : never;
/** Every route of the API: `'METHOD /path/{param}'`. */
export type Endpoint = {
  [K in keyof HttpDeclarations]: EndpointOf<HttpDeclarations[K]>;
}[keyof HttpDeclarations];
type DeclarationOf<E extends Endpoint> = {
  [K in keyof HttpDeclarations]: EndpointOf<HttpDeclarations[K]> extends E ? HttpDeclarations[K] : never;
}[keyof HttpDeclarations];

type ParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;
type PathOf<E extends string> = E extends `${string} ${infer P}` ? P : never;
export type PathParams<E extends Endpoint> = { [N in ParamNames<PathOf<E>>]: string };

type ResponseNames = {
  [N in keyof typeof responses]: (typeof responses)[N] extends z.$ZodType ? N : never;
}[keyof typeof responses];
type BodyOf<A> = A extends { body: infer N extends ResponseNames }
  ? z.output<(typeof responses)[N]>
  : undefined;
/** The success answer's body of a route (its first success status with a JSON body). */
export type Answer<E extends Endpoint> =
  DeclarationOf<E> extends { responses: infer R }
    ? { [S in keyof R]: BodyOf<R[S]> }[keyof R] extends infer B
      ? Exclude<B, undefined> extends never
        ? undefined
        : Exclude<B, undefined>
      : never
    : never;
/** The JSON body a route takes (by committee for the review routes: any of them). */
export type RequestBody<E extends Endpoint> =
  DeclarationOf<E> extends { request: infer S extends z.$ZodType }
    ? z.input<S>
    : DeclarationOf<E> extends { requestByCommittee: infer B }
      ? { [C in keyof B]: B[C] extends z.$ZodType ? z.input<B[C]> : never }[keyof B]
      : never;

interface SendOptions {
  locale: Locale;
  token?: string;
  signal?: AbortSignal;
  body?: unknown;
  query?: Record<string, string>;
}

/** A call's options: the language, the caller's token and signal, the route's own body type. */
export interface CallOptions<E extends Endpoint> extends SendOptions {
  body?: RequestBody<E>;
}

/** The address of a route with its parameters (each encoded). */
export function endpointPath<E extends Endpoint>(endpoint: E, params: PathParams<E>): string {
  const path = endpoint.slice(endpoint.indexOf(' ') + 1);
  return path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent((params as Record<string, string>)[name] ?? ''),
  );
}

async function send(method: string, path: string, options: SendOptions, accept: string) {
  const url = (await apiBaseUrl()) + path + (options.query ? `?${new URLSearchParams(options.query)}` : '');
  try {
    return await fetch(url, {
      method,
      headers: {
        accept,
        'accept-language': options.locale,
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
        ...(options.token && { authorization: `Bearer ${options.token}` }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(0, 'NETWORK', (error as Error).message);
  }
}

async function failure(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON (a proxy's error page): the status says enough
  }
  const body = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  return new ApiError(
    response.status,
    typeof body.code === 'string' ? body.code : `HTTP_${response.status}`,
    typeof body.message === 'string' ? body.message : response.statusText,
    Array.isArray(body.fields) ? (body.fields as FieldError[]) : [],
    body,
  );
}

/** Calls a route of the API and answers its JSON body. */
export async function call<E extends Endpoint>(
  endpoint: E,
  params: PathParams<E>,
  options: CallOptions<E>,
): Promise<Answer<E>> {
  const method = endpoint.slice(0, endpoint.indexOf(' '));
  const response = await send(method, endpointPath(endpoint, params), options, 'application/json');
  if (!response.ok) throw await failure(response);
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as Answer<E>;
}

/** Calls a route that answers a file (an export): the bytes and the name the API gives them. */
export async function download<E extends Endpoint>(
  endpoint: E,
  params: PathParams<E>,
  options: CallOptions<E>,
): Promise<{ blob: Blob; fileName?: string }> {
  const method = endpoint.slice(0, endpoint.indexOf(' '));
  const response = await send(method, endpointPath(endpoint, params), options, '*/*');
  if (!response.ok) throw await failure(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  return { blob: await response.blob(), fileName: /filename="?([^";]+)"?/.exec(disposition)?.[1] };
}
