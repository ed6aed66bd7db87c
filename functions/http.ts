import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import { safeParse } from 'zod/mini';
import type * as Responses from '../shared/api/responses.ts';
import type { StaffMember } from '../shared/auth/staff.ts';
import type { ApplicantClaims } from '../shared/auth/tokens.ts';
import type { Committee } from '../shared/domain/committees.ts';
import { issuesFromZod } from '../shared/domain/application.ts';
import * as errors from '../shared/errors.ts';
import { DomainError } from '../shared/errors.ts';
import { format, type Catalogue } from '../shared/i18n/catalogue.ts';
import { localeFromAcceptLanguage, type Locale } from '../shared/i18n/locale.ts';
import type { Reviewer } from '../shared/review/links.ts';
import {
  PATH_PARAMETERS,
  type AuthKind,
  type HttpDeclaration,
  type PathParameter,
  type PathParameterNames,
  type ResponseName,
} from './declare.ts';
import { HTTP_STATUS } from './http-status.ts';
import { logger, metrics, MetricUnit, publishMetrics } from './observability.ts';

/**
 * The HTTP wrapper every route runs in, entered through its auth kind's module
 * (`functions/http/<kind>.ts`: `import { httpHandler } from '../http/applicant.ts'`), which
 * brings what checking that kind's caller takes — and nothing of the other kinds (a public
 * route bundles no token library) — and the messages its routes can answer. Before the route
 * runs it
 *   1. checks the caller as the declaration's auth kind says (a session for the application in
 *      the path, or a review link — of a committee the route admits), so no route can forget;
 *   2. parses the path parameters (a value of another form: 404), the query and the JSON body
 *      with the declaration's schemas (bad JSON: 400 BAD_REQUEST; schema: 400 VALIDATION_FAILED
 *      with field paths);
 * and hands the route what it needs, typed: `{ body, params, query, locale }` and the
 * `applicant`, `reviewer` or `staff`. What the route throws as a domain error is answered with the
 * status of its code (functions/http-status.ts) and the one error body, in the caller's
 * language; anything else is a logged 500 that tells the caller nothing.
 */

/** The caller, by auth kind. A new kind fails the type check until it names its caller here. */
export interface Callers {
  public: object;
  applicant: { readonly applicant: ApplicantClaims };
  reviewer: { readonly reviewer: Reviewer };
  staff: { readonly staff: StaffMember };
}

type CommitteeOf<D> = D extends { committees: readonly (infer C)[] }
  ? C
  : D extends { requestByCommittee: infer R }
    ? keyof R
    : Committee;

type CallerOf<D extends HttpDeclaration> = D['auth'] extends 'reviewer'
  ? { readonly reviewer: Reviewer & { readonly committee: CommitteeOf<D> } }
  : Callers[D['auth']];

type BodyOf<D> = D extends { request: infer S extends z.core.$ZodType }
  ? z.output<S>
  : D extends { requestByCommittee: infer R }
    ? { [K in keyof R]: R[K] extends z.core.$ZodType ? z.output<R[K]> : never }[keyof R]
    : undefined;

type QueryOf<D> = D extends { query: infer Q extends z.core.$ZodType } ? z.output<Q> : Record<string, never>;

/** What a route handler sees: the parsed request, never the raw Lambda types. */
export type HttpRequest<D extends HttpDeclaration> = CallerOf<D> & {
  readonly body: BodyOf<D>;
  readonly params: { readonly [K in PathParameterNames<D['path']>]: string };
  readonly query: QueryOf<D>;
  readonly locale: Locale;
  /** The caller's IP address as API Gateway saw it (per-IP limits, ADR 085). */
  readonly sourceIp: string;
};

/** A file answer: its bytes, sent base64-encoded as API Gateway expects. */
export interface FileBody {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

type AnswerOf<S, A> = A extends { body: infer N extends ResponseName }
  ? { status: S; body: z.input<(typeof Responses)[N]>; headers?: Record<string, string> }
  : A extends { body: { files: readonly string[] } }
    ? { status: S; file: FileBody; headers?: Record<string, string> }
    : { status: S; headers?: Record<string, string> };

/** What a route answers: one of its declared success answers, with its body's type. */
export type HttpResult<D extends HttpDeclaration> = {
  [S in keyof D['responses'] & number]: AnswerOf<S, D['responses'][S]>;
}[keyof D['responses'] & number];

interface AnyResult {
  status: number;
  body?: unknown;
  file?: FileBody;
  headers?: Record<string, string>;
}

const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function respond(result: AnyResult): APIGatewayProxyStructuredResultV2 {
  if (result.file) {
    return {
      statusCode: result.status,
      headers: {
        ...BASE_HEADERS,
        'content-type': result.file.contentType,
        'content-disposition': `attachment; filename="${result.file.fileName.replace(/[^\w.-]/g, '_')}"`,
        ...result.headers,
      },
      body: Buffer.from(result.file.bytes).toString('base64'),
      isBase64Encoded: true,
    };
  }
  if (result.body === undefined) {
    // No content (204): no content type either — the document says so (ADR 066).
    const { 'content-type': _json, ...headers } = BASE_HEADERS;
    return { statusCode: result.status, headers: { ...headers, ...result.headers }, body: '' };
  }
  return {
    statusCode: result.status,
    headers: { ...BASE_HEADERS, ...result.headers },
    body: JSON.stringify(result.body),
  };
}

/**
 * A domain error as the one error body: `{ code, message, fields?, ...details }`, with its
 * status; the messages from the route's auth kind's catalogue (a code it lacks reads as
 * FIELD_INVALID's message, never as a raw code — the unit test `http-messages.test.ts` proves
 * every code each route can answer has its own).
 */
export function errorResponse(
  error: DomainError,
  locale: Locale,
  messages: Catalogue,
): APIGatewayProxyStructuredResultV2 {
  const message = (code: string, params?: Record<string, string | number>) =>
    format(messages[code] ?? messages.FIELD_INVALID!, locale, params);
  const fields = error.fields?.map((issue) => ({
    path: issue.path,
    code: issue.code,
    message: message(issue.code, issue.params),
  }));
  return respond({
    status: HTTP_STATUS[error.code],
    body: {
      code: error.code,
      message: message(error.text?.key ?? error.code, error.text?.params),
      ...(fields ? { fields } : {}),
      ...error.details,
    },
    ...(error.retryAfterSeconds ? { headers: { 'retry-after': String(error.retryAfterSeconds) } } : {}),
  });
}

/** The bearer token of the request's `Authorization` header; none, or another scheme: `missing()`. */
export function bearerToken(event: APIGatewayProxyEventV2, missing: () => DomainError): string {
  const header = event.headers?.authorization ?? event.headers?.Authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match) throw missing();
  return match[1]!;
}

/**
 * How an auth kind checks its caller, and the messages its routes answer with: each kind's
 * module (`functions/http/<kind>.ts`) gives one.
 */
export interface AuthKindCheck<K extends AuthKind> {
  readonly authenticate: (event: APIGatewayProxyEventV2, declaration: HttpDeclaration) => Promise<Callers[K]>;
  /** Every message a route of this kind can answer: its codes' and its field issues'. */
  readonly messages: Catalogue;
}

function pathParameters(declaration: HttpDeclaration, event: APIGatewayProxyEventV2) {
  const params: Record<string, string> = {};
  for (const [, name] of declaration.path.matchAll(/\{(\w+)\}/g)) {
    const value = event.pathParameters?.[name!];
    if (!value || !safeParse(PATH_PARAMETERS[name as PathParameter], value).success) throw errors.notFound();
    params[name!] = value;
  }
  return params;
}

function parse<T>(schema: z.core.$ZodType<T>, input: unknown): T {
  // The function form: a route's body schema may be zod/mini's (no methods, ADR 077).
  const parsed = safeParse(schema, input);
  if (!parsed.success) throw errors.validation(issuesFromZod(parsed.error, input));
  return parsed.data;
}

function jsonBody(event: APIGatewayProxyEventV2): unknown {
  try {
    const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : event.body;
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw errors.badRequest();
  }
}

function requestBody(declaration: HttpDeclaration, event: APIGatewayProxyEventV2, caller: object) {
  const schema =
    declaration.request ??
    (declaration.requestByCommittee && 'reviewer' in caller
      ? declaration.requestByCommittee[(caller as Callers['reviewer']).reviewer.committee]
      : undefined);
  return schema ? parse(schema, jsonBody(event)) : undefined;
}

function query(declaration: HttpDeclaration, event: APIGatewayProxyEventV2) {
  return declaration.query ? parse(declaration.query, event.queryStringParameters ?? {}) : {};
}

/**
 * Every message a route can answer: its auth kind's and its declaration's own (`answers`,
 * `messages`).
 */
export function routeMessages(declaration: HttpDeclaration, kind: AuthKindCheck<AuthKind>): Catalogue {
  return Object.assign({}, kind.messages, declaration.answers, ...[declaration.messages].flat()) as Catalogue;
}

/**
 * The Lambda handler of an HTTP route, as its auth kind's module makes it:
 * `httpHandler(Declaration)(async (request) => answer)`. The declaration's checks run first,
 * then the route, inside the middy stack every route shares (Powertools logger with the
 * request context, metrics). (Two calls, so that the declaration is fixed before the route is
 * typed: its answers keep their literal statuses.)
 */
export function routeHandler<D extends HttpDeclaration>(declaration: D, kind: AuthKindCheck<D['auth']>) {
  const messages = routeMessages(declaration, kind);
  return (route: (request: HttpRequest<D>) => Promise<HttpResult<D>>) => {
    const base = async (event: APIGatewayProxyEventV2, _context: Context) => {
      const locale = localeFromAcceptLanguage(event.headers?.['accept-language']);
      try {
        const caller = await kind.authenticate(event, declaration);
        const request = {
          ...caller,
          params: pathParameters(declaration, event),
          query: query(declaration, event),
          body: requestBody(declaration, event, caller),
          locale,
          sourceIp: event.requestContext?.http?.sourceIp ?? 'unknown',
        } as unknown as HttpRequest<D>;
        return respond((await route(request)) as AnyResult);
      } catch (error) {
        if (error instanceof DomainError) {
          const status = HTTP_STATUS[error.code];
          metrics.addMetric(`Error${error.code}`, MetricUnit.Count, 1);
          if (status >= 500) logger.error('request failed', { code: error.code });
          else logger.info('request refused', { code: error.code, status });
          return errorResponse(error, locale, messages);
        }
        logger.error('unexpected error', error as Error);
        return errorResponse(errors.internal(), locale, messages);
      }
    };
    return middy(base)
      .use(injectLambdaContext(logger, { clearState: true }))
      .use(publishMetrics());
  };
}
