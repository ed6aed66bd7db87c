import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import { ApiError, errors } from '../shared/api/errors.ts';
import { verifyApplicantToken, type ApplicantClaims } from '../shared/auth/tokens.ts';
import { issuesFromZod, type FieldIssue } from '../shared/domain/application.ts';
import { localeFromAcceptLanguage, message, type Locale } from '../shared/i18n/index.ts';
import { authenticateReviewer, type Reviewer } from '../shared/review/links.ts';
import { logger, metrics, publishMetrics, tracer } from './observability.ts';

/** What a route handler sees: the parsed request, never the raw Lambda types. */
export interface HttpRequest {
  readonly event: APIGatewayProxyEventV2;
  readonly locale: Locale;
  /** A path parameter; a missing one is a 404 (the route did not match it). */
  pathParameter(name: string): string;
  /** The JSON body validated by `schema`; bad JSON → 400, schema failure → 400 with field paths. */
  body<T>(schema: z.ZodType<T>): T;
  /** The caller's applicant session, which must be for the application in the path. */
  applicant(): Promise<ApplicantClaims>;
  /** The committee member behind the request's review link (every check passed), or 401. */
  reviewer(): Promise<Reviewer>;
  /** A query-string parameter, if given. */
  query(name: string): string | undefined;
}

export interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A body that is not JSON (a file): its bytes, sent base64-encoded as API Gateway expects. */
  file?: { bytes: Uint8Array; contentType: string; fileName: string };
}

const BASE_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function respond(result: HttpResult): APIGatewayProxyStructuredResultV2 {
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

/** Turns an error into the one error body shape: `{ code, message, fields?, ...details }`. */
export function errorResponse(error: ApiError, locale: Locale): APIGatewayProxyStructuredResultV2 {
  const fields = error.fields?.map((issue) => ({
    path: issue.path,
    code: issue.code,
    message: message(issue.code, locale, issue.params),
  }));
  return respond({
    status: error.status,
    body: {
      code: error.code,
      message: message(error.text?.key ?? error.code, locale, error.text?.params),
      ...(fields ? { fields } : {}),
      ...error.details,
    },
  });
}

function bearerToken(event: APIGatewayProxyEventV2, missing: () => Error = errors.unauthorized): string {
  const header = event.headers?.authorization ?? event.headers?.Authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!match) throw missing();
  return match[1]!;
}

function makeRequest(event: APIGatewayProxyEventV2, locale: Locale): HttpRequest {
  return {
    event,
    locale,
    pathParameter(name) {
      const value = event.pathParameters?.[name];
      if (!value) throw errors.notFound();
      return value;
    },
    body<T>(schema: z.ZodType<T>): T {
      let json: unknown;
      try {
        const raw = event.isBase64Encoded
          ? Buffer.from(event.body ?? '', 'base64').toString('utf8')
          : event.body;
        json = raw ? JSON.parse(raw) : {};
      } catch {
        throw errors.badRequest();
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) throw errors.validation(issuesFromZod(parsed.error));
      return parsed.data;
    },
    async applicant() {
      const claims = await verifyApplicantToken(bearerToken(event), 'session');
      const applicationId = event.pathParameters?.applicationId;
      // A valid session for another application may not read or touch this one.
      if (applicationId !== undefined && claims.applicationId !== applicationId) throw errors.forbidden();
      logger.appendKeys({ applicationId: claims.applicationId });
      return claims;
    },
    async reviewer() {
      const reviewer = await authenticateReviewer(bearerToken(event, errors.reviewLinkInvalid));
      // The page names its committee (`?committee=expert`): another committee's link is refused.
      const page = event.queryStringParameters?.committee;
      if (page !== undefined && page !== reviewer.committee) throw errors.wrongCommittee();
      logger.appendKeys({
        roundId: reviewer.round.id,
        committee: reviewer.committee,
        memberId: reviewer.member.id,
      });
      return reviewer;
    },
    query(name) {
      return event.queryStringParameters?.[name];
    },
  };
}

/**
 * The middy stack every HTTP route shares: Powertools logger (with request context),
 * metrics and tracer; errors mapped to the one error body in the caller's language.
 */
export function httpHandler(route: (request: HttpRequest) => Promise<HttpResult>) {
  const base = async (event: APIGatewayProxyEventV2, _context: Context) => {
    const locale = localeFromAcceptLanguage(event.headers?.['accept-language']);
    try {
      return respond(await route(makeRequest(event, locale)));
    } catch (error) {
      if (error instanceof ApiError) {
        metrics.addMetric(`Error${error.code}`, MetricUnit.Count, 1);
        if (error.status >= 500) logger.error('request failed', { code: error.code });
        else logger.info('request refused', { code: error.code, status: error.status });
        return errorResponse(error, locale);
      }
      logger.error('unexpected error', error as Error);
      return errorResponse(errors.internal(), locale);
    }
  };
  return middy(base)
    .use(captureLambdaHandler(tracer, { captureResponse: false }))
    .use(injectLambdaContext(logger, { clearState: true }))
    .use(publishMetrics());
}

export type { FieldIssue };
