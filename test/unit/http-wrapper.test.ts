import { randomBytes } from 'node:crypto';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import * as z from 'zod';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { http } from '../../functions/declare.ts';
import { httpHandler as applicantHandlerOf } from '../../functions/http/applicant.ts';
import { httpHandler as reviewerHandlerOf } from '../../functions/http/reviewer.ts';
import { resetSigningKeyCache } from '../../shared/auth/signing-key.ts';
import { signLinkToken, signSessionToken } from '../../shared/auth/tokens.ts';
import { lambdaContext } from '../../local/lambda.ts';

// Sessions are checked against their record (ADR 086): here every session signed by `sessionToken()`.
const sessions = vi.hoisted(
  () => new Map<string, { sessionId: string; applicationId: string; expiresAt: number }>(),
);
vi.mock('../../shared/storage/sessions.ts', () => ({
  // Read with the application (ADR 121); these fake routes use none.
  getSessionWithApplication: async (sessionId: string) => ({
    session: sessions.get(sessionId),
    application: undefined,
  }),
}));

// Quiet Powertools (read when the wrapper's module loads, before these imports run).
vi.hoisted(() => {
  process.env.POWERTOOLS_DEV = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
});

/**
 * The HTTP wrapper enforces a declaration's auth kind and parses its path, query and body before
 * the route runs: a route cannot forget to check its caller. Fake declarations, real tokens.
 */
const APPLICATION = '01JC0000000000000000000000';
const OTHER = '01JC0000000000000000000001';
const IN_AN_HOUR = () => new Date(Date.now() + 3_600_000);

/** A session token for `applicationId`, with its record. */
async function sessionToken(applicationId: string) {
  const sessionId = `s-${sessions.size}`;
  sessions.set(sessionId, { sessionId, applicationId, expiresAt: 0 });
  return signSessionToken(applicationId, sessionId, IN_AN_HOUR());
}

const applicantRoute = http({
  method: 'POST',
  path: '/things/{applicationId}',
  auth: 'applicant',
  summary: 'A fake applicant route',
  request: z.strictObject({ name: z.string().max(10) }),
  query: z.object({ size: z.enum(['s', 'm']).default('s') }),
  responses: { 200: { description: 'Done', body: 'draftSaved' } },
  entry: 'none.ts',
  access: [],
});

const reviewerRoute = http({
  method: 'GET',
  path: '/review/things',
  auth: 'reviewer',
  committees: ['geographic'],
  summary: 'A fake reviewer route',
  responses: { 204: { description: 'Done' } },
  entry: 'none.ts',
  access: [],
});

const calls: unknown[] = [];
const applicantHandler = applicantHandlerOf(applicantRoute)(async (request) => {
  calls.push(request);
  return { status: 200, body: { version: 1, updatedAt: '2026-01-01T00:00:00.000Z' } };
});
const reviewerHandler = reviewerHandlerOf(reviewerRoute)(async (request) => {
  calls.push(request);
  return { status: 204 };
});

function event(input: {
  path: string;
  applicationId?: string;
  token?: string;
  body?: string;
  query?: Record<string, string>;
}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /things/{applicationId}',
    rawPath: input.path,
    rawQueryString: '',
    headers: input.token ? { authorization: `Bearer ${input.token}` } : {},
    ...(input.applicationId ? { pathParameters: { applicationId: input.applicationId } } : {}),
    ...(input.query ? { queryStringParameters: input.query } : {}),
    ...(input.body !== undefined ? { body: input.body } : {}),
    isBase64Encoded: false,
    requestContext: {} as APIGatewayProxyEventV2['requestContext'],
  };
}

async function call(
  handler: typeof applicantHandler | typeof reviewerHandler,
  input: Parameters<typeof event>[0],
) {
  calls.length = 0;
  const result = (await handler(
    event(input),
    lambdaContext('Test', 3000, 'request'),
  )) as APIGatewayProxyStructuredResultV2;
  return {
    status: result.statusCode,
    body: result.body ? JSON.parse(result.body) : undefined,
    ran: calls.length,
  };
}

beforeAll(() => {
  process.env.SIGNING_KEY = randomBytes(32).toString('base64url');
  resetSigningKeyCache();
});

describe('an applicant route', () => {
  it('does not run without a session: none, a magic link, one without its record, or one for another application', async () => {
    const body = JSON.stringify({ name: 'a' });
    const none = await call(applicantHandler, {
      path: `/things/${APPLICATION}`,
      applicationId: APPLICATION,
      body,
    });
    const link = await call(applicantHandler, {
      path: `/things/${APPLICATION}`,
      applicationId: APPLICATION,
      token: await signLinkToken('link-1', IN_AN_HOUR()),
      body,
    });
    const other = await call(applicantHandler, {
      path: `/things/${APPLICATION}`,
      applicationId: APPLICATION,
      token: await sessionToken(OTHER),
      body,
    });

    // A genuine signature whose session has no record (never opened, or signed out and gone).
    const unrecorded = await call(applicantHandler, {
      path: `/things/${APPLICATION}`,
      applicationId: APPLICATION,
      token: await signSessionToken(APPLICATION, 'no-record', IN_AN_HOUR()),
      body,
    });

    expect([none.status, none.body.code, none.ran]).toEqual([401, 'UNAUTHORIZED', 0]);
    expect([link.status, link.body.code, link.ran]).toEqual([401, 'UNAUTHORIZED', 0]);
    expect([unrecorded.status, unrecorded.body.code, unrecorded.ran]).toEqual([401, 'UNAUTHORIZED', 0]);
    expect([other.status, other.body.code, other.ran]).toEqual([403, 'FORBIDDEN', 0]);
  });

  it('runs with a session for its application, handed the parsed body, query and path', async () => {
    const answer = await call(applicantHandler, {
      path: `/things/${APPLICATION}`,
      applicationId: APPLICATION,
      token: await sessionToken(APPLICATION),
      body: JSON.stringify({ name: 'Kor' }),
      query: { size: 'm' },
    });

    expect(answer.status).toBe(200);
    expect(calls[0]).toMatchObject({
      applicant: { applicationId: APPLICATION },
      body: { name: 'Kor' },
      query: { size: 'm' },
      params: { applicationId: APPLICATION },
      locale: 'nb',
    });
  });

  it('does not run on a body, query or path parameter its declaration refuses', async () => {
    const token = await sessionToken(APPLICATION);
    const at = { path: `/things/${APPLICATION}`, applicationId: APPLICATION, token };
    const badJson = await call(applicantHandler, { ...at, body: '{' });
    const unknownKey = await call(applicantHandler, { ...at, body: JSON.stringify({ name: 'a', extra: 1 }) });
    const badQuery = await call(applicantHandler, {
      ...at,
      body: JSON.stringify({ name: 'a' }),
      query: { size: 'x' },
    });
    // A session for an id of another form than an application's (a ULID): the path is no application.
    const notAnId = await call(applicantHandler, {
      path: '/things/nope',
      applicationId: 'nope',
      token: await sessionToken('nope'),
      body: JSON.stringify({ name: 'a' }),
    });

    expect([badJson.status, badJson.body.code, badJson.ran]).toEqual([400, 'BAD_REQUEST', 0]);
    expect([unknownKey.status, unknownKey.body.fields, unknownKey.ran]).toEqual([
      400,
      [expect.objectContaining({ path: 'extra', code: 'FIELD_UNKNOWN' })],
      0,
    ]);
    expect([badQuery.status, badQuery.body.fields[0].path, badQuery.ran]).toEqual([400, 'size', 0]);
    expect([notAnId.status, notAnId.body.code, notAnId.ran]).toEqual([404, 'NOT_FOUND', 0]);
  });
});

describe('a reviewer route', () => {
  it('does not run without a valid review link (an applicant session is none)', async () => {
    const none = await call(reviewerHandler, { path: '/review/things' });
    const session = await call(reviewerHandler, {
      path: '/review/things',
      token: await sessionToken(APPLICATION),
    });

    expect([none.status, none.body.code, none.ran]).toEqual([401, 'REVIEW_LINK_INVALID', 0]);
    expect([session.status, session.body.code, session.ran]).toEqual([401, 'REVIEW_LINK_INVALID', 0]);
  });
});
