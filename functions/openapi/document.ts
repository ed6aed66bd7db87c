import * as z from 'zod';
import * as Responses from '../../shared/api/responses.ts';
import { errorBodyOf } from '../../shared/api/schemas.ts';
import {
  applicantAudience,
  REVIEW_AUDIENCE,
  TOKEN_ALGORITHM,
  TOKEN_ISSUER,
  TOKEN_LIFETIME_HOURS,
} from '../../shared/auth/tokens.ts';
import { STAFF_SESSION, staffAudience } from '../../shared/auth/staff.ts';
import { COMMITTEES } from '../../shared/domain/committees.ts';
import type { ErrorCode } from '../../shared/errors.ts';
import {
  committeesOf,
  PATH_PARAMETERS,
  type Answer,
  type AuthKind,
  type HttpDeclaration,
  type PathParameter,
} from '../declare.ts';
import { HTTP_STATUS } from '../http-status.ts';
import { functionsOf } from '../registry.ts';

/**
 * The OpenAPI 3.1 document, derived from the registry (functions/registry.ts): one operation
 * per HTTP declaration — its path and parameters, its body (the very zod schema the wrapper
 * parses with, as JSON Schema draft 2020-12), its answers (the response schemas by name), its
 * security and summary — and the error answers: those its declaration names and those its
 * auth kind, path, query and body imply, each at the status of functions/http-status.ts (the
 * table the wrapper answers with). The integration tests check every answer they receive
 * against this document (test/support/openapi.ts, ADR 066); `npm run lint` runs Redocly's
 * recommended rules and Spectral's OWASP ruleset on it (scripts/lint-openapi.ts).
 */

/** How each auth kind shows in the document: its security scheme and the errors checking it may answer. */
const AUTH: Record<
  AuthKind,
  { security: Record<string, string[]>[]; errors: readonly ErrorCode[]; description?: string }
> = {
  public: { security: [], errors: [] },
  applicant: {
    security: [{ applicantSession: [] }],
    errors: ['UNAUTHORIZED', 'FORBIDDEN'],
    description: 'Needs a session for the application in the path (`POST /sessions`).',
  },
  reviewer: {
    security: [{ reviewLink: [] }],
    errors: ['REVIEW_LINK_INVALID', 'REVIEW_LINK_REVOKED', 'WRONG_COMMITTEE'],
    description: "Needs a committee member's review link.",
  },
  staff: {
    security: [{ staffSession: [] }],
    errors: ['UNAUTHORIZED'],
    description: "Needs a secretariat staff member's session (`POST /staff/sessions`).",
  },
};

const jwtPractice =
  `A JWS signed with ${TOKEN_ALGORITHM} (HMAC-SHA-256) under a key of at least 256 bits, one per ` +
  'audience (applicant, review, staff), derived from a key set held in AWS Secrets Manager and named by the ' +
  "header's `kid` (a rotated key verifies its tokens until they expire), following the best current " +
  'practices of RFC8725: the algorithm is fixed on ' +
  `verification (\`alg\` \`none\` and every other algorithm are refused), the issuer (\`${TOKEN_ISSUER}\`) ` +
  'and an audience of its own purpose are required and checked (no token of one purpose is accepted ' +
  'for another), and so is the expiry (`exp`).';

const securitySchemes = {
  applicantSession: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      `${jwtPractice} A session is for one application (\`sub\`), audience \`${applicantAudience('session')}\`, ` +
      `lives ${TOKEN_LIFETIME_HOURS.session} hours and is checked against its record (\`jti\`) on every ` +
      'request, so signing out (`POST /applications/{applicationId}/sign-out`) ends it. It is had from ' +
      `\`POST /sessions\` for the token of a magic link (audience \`${applicantAudience('link')}\`, ` +
      `${TOKEN_LIFETIME_HOURS.link} hour, good once), which is sent in the URL fragment and is no session ` +
      'itself. No token carries an e-mail address.',
  },
  reviewLink: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      `${jwtPractice} A review link is a committee member's (\`sub\`) for one round and committee, ` +
      `audience \`${REVIEW_AUDIENCE}\`; it expires at the committee's deadline and is checked against its ` +
      'record (`jti`) on every request, so an administrator can revoke it.',
  },
  staffSession: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      `${jwtPractice} A secretariat staff member's session, audience \`${staffAudience('session')}\`, had from ` +
      `\`POST /staff/sessions\` for the token of a sign-in link (audience \`${staffAudience('link')}\`, ` +
      `${STAFF_SESSION.linkHours} hour, good once) that \`POST /staff/sign-in\` mails only to an address on the ` +
      `deployment's staff list. It lives at most ${STAFF_SESSION.maxHours} hours, ends after ` +
      `${STAFF_SESSION.idleMinutes} minutes without a request, and is checked against its record (\`jti\`) and ` +
      'the staff list on every request, so signing out (`POST /staff/sign-out`) or leaving the list ends it.',
  },
} as const;

/** API Gateway's own answers: a body over its limit, and its stage throttling (both `{ message }`). */
const gatewayAnswers: Record<413 | 429, { description: string; schema: z.ZodType }> = {
  413: {
    description: "The request body is over the API Gateway's limit",
    schema: z.object({ message: z.string().max(200), code: z.literal('PAYLOAD_TOO_LARGE').optional() }),
  },
  429: {
    description: "Too many requests: the API's throttling",
    schema: z.strictObject({ message: z.string().max(200) }),
  },
};

/** JSON Schema 2020-12 of a zod schema; integers say whether they fit 32 bits (OWASP API4). */
function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output') {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io,
    override: ({ jsonSchema: node }) => {
      if (node.type !== 'integer' || node.format) return;
      const int32 =
        typeof node.minimum === 'number' &&
        typeof node.maximum === 'number' &&
        node.minimum >= -(2 ** 31) &&
        node.maximum <= 2 ** 31 - 1;
      node.format = int32 ? 'int32' : 'int64';
    },
  }) as Record<string, unknown>;
  return rest;
}

/** A 429 of the application's own limits says when to try again (ADR 085); the gateway's may not. */
const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds until the limit that refused the request lets it through again',
    required: false,
    schema: { type: 'integer', minimum: 1 },
  },
};

const errorComponent = (code: ErrorCode) => `Error_${code}`;
const pathParameterNames = (route: HttpDeclaration) =>
  [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as PathParameter);

/** The error codes an operation answers whatever its route does: its auth kind's, and those its path, query and body imply. */
export function impliedErrorCodesOf(route: HttpDeclaration): ErrorCode[] {
  const hasBody = !!(route.request ?? route.requestByCommittee);
  return [
    ...new Set<ErrorCode>([
      ...AUTH[route.auth].errors,
      ...(pathParameterNames(route).length ? (['NOT_FOUND'] as const) : []),
      ...(route.query ? (['VALIDATION_FAILED'] as const) : []),
      ...(hasBody ? (['BAD_REQUEST', 'VALIDATION_FAILED'] as const) : []),
      'INTERNAL_ERROR',
    ]),
  ];
}

/**
 * Every error code an operation may answer: those its route implies, and the route's own — the
 * codes its declaration answers (`answers`, each named once with its text, ADR 125).
 */
export function errorCodesOf(route: HttpDeclaration): ErrorCode[] {
  const implied = impliedErrorCodesOf(route).filter((code) => code !== 'INTERNAL_ERROR');
  const own = Object.keys(route.answers ?? {}) as ErrorCode[];
  return [...new Set<ErrorCode>([...implied, ...own, 'INTERNAL_ERROR'])];
}

function errorResponses(route: HttpDeclaration, used: Set<ErrorCode>) {
  const byStatus = new Map<
    number,
    { codes: ErrorCode[]; gateway?: { description: string; schema: z.ZodType } }
  >();
  for (const code of errorCodesOf(route)) {
    used.add(code);
    const status = HTTP_STATUS[code];
    const entry = byStatus.get(status) ?? { codes: [] };
    entry.codes.push(code);
    byStatus.set(status, entry);
  }
  const gateway = route.request || route.requestByCommittee ? [413, 429] : [429];
  for (const status of gateway as (keyof typeof gatewayAnswers)[]) {
    byStatus.set(status, { codes: byStatus.get(status)?.codes ?? [], gateway: gatewayAnswers[status] });
  }
  return Object.fromEntries(
    [...byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, { codes, gateway: answer }]) => {
        const schemas = [
          ...codes.map((code) => ({ $ref: `#/components/schemas/${errorComponent(code)}` })),
          ...(answer ? [jsonSchema(answer.schema, 'output')] : []),
        ];
        return [
          String(status),
          {
            description: [...codes, ...(answer ? [answer.description] : [])].join(', '),
            ...(status === HTTP_STATUS.RATE_LIMITED ? { headers: RETRY_AFTER } : {}),
            content: {
              'application/json': { schema: schemas.length === 1 ? schemas[0] : { oneOf: schemas } },
            },
          },
        ];
      }),
  );
}

function successResponse(answer: Answer) {
  const { body } = answer;
  if (!body) return { description: answer.description };
  if (typeof body !== 'string') {
    return {
      description: answer.description,
      content: Object.fromEntries(
        body.files.map((mediaType) => [
          mediaType,
          { schema: { type: 'string', contentMediaType: mediaType } },
        ]),
      ),
    };
  }
  return {
    description: answer.description,
    content: { 'application/json': { schema: jsonSchema(Responses[body], 'output') } },
  };
}

function parameters(route: HttpDeclaration) {
  const path = pathParameterNames(route).map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: jsonSchema(PATH_PARAMETERS[name], 'input'),
  }));
  const query = Object.entries(route.query?._zod.def.shape ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !z.safeParse(schema, undefined).success,
    schema: jsonSchema(schema, 'input'),
  }));
  // The review pages name their committee (`?committee=`): another committee's link is refused.
  const committee =
    route.auth === 'reviewer'
      ? [
          {
            name: 'committee',
            in: 'query',
            required: false,
            description: "The page's committee: a link of another committee is refused (WRONG_COMMITTEE).",
            schema: { type: 'string', enum: committeesOf(route) ?? COMMITTEES },
          },
        ]
      : [];
  return [...path, ...query, ...committee];
}

function requestBody(route: HttpDeclaration) {
  const byCommittee = Object.entries(route.requestByCommittee ?? {}) as [string, z.core.$ZodType][];
  const schema = route.request
    ? jsonSchema(route.request, 'input')
    : byCommittee.length
      ? {
          anyOf: byCommittee.map(([committee, body]) => ({
            ...jsonSchema(body, 'input'),
            description: `From a member of the ${committee} committee`,
          })),
        }
      : undefined;
  return schema ? { required: true, content: { 'application/json': { schema } } } : undefined;
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  const usedErrors = new Set<ErrorCode>();
  for (const route of functionsOf('http')) {
    const params = parameters(route);
    const body = requestBody(route);
    const committees = committeesOf(route);
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.id,
      summary: route.summary,
      ...(AUTH[route.auth].description || committees
        ? {
            description: [
              AUTH[route.auth].description,
              committees ? `Only for the ${committees.join(' and ')} committee.` : undefined,
            ]
              .filter(Boolean)
              .join(' '),
          }
        : {}),
      ...(params.length ? { parameters: params } : {}),
      security: AUTH[route.auth].security,
      ...(body ? { requestBody: body } : {}),
      responses: {
        ...Object.fromEntries(
          Object.entries(route.responses).map(([status, answer]) => [status, successResponse(answer)]),
        ),
        ...errorResponses(route, usedErrors),
      },
    };
  }
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Inkluderende kulturskoler — application portal API',
      version: '1.0.0',
      description:
        "Norsk kulturskoleråd's grant scheme: applicants start, edit, attach and submit applications; " +
        'committee members review them through signed review links (see docs/review-api.md). ' +
        "Every error is `{ code, message }` in the caller's language (Accept-Language: nb, nn, en), " +
        'with the properties its code names.',
      license: { name: 'Proprietary — Norsk kulturskoleråd', identifier: 'LicenseRef-Proprietary' },
    },
    servers: [
      {
        url: '/',
        description:
          'The API that serves this document: production, staging or the local stack (`npm start`) — ' +
          'each deployment has its own address',
        'x-internal': false,
      },
    ],
    components: {
      securitySchemes,
      schemas: Object.fromEntries(
        [...usedErrors].sort().map((code) => [errorComponent(code), jsonSchema(errorBodyOf(code), 'output')]),
      ),
    },
    paths,
  };
}
