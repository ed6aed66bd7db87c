import * as z from 'zod';
import { routes } from '../routes.ts';
import { errors, type ErrorCode } from '../../shared/api/errors.ts';
import * as schemas from '../../shared/api/schemas.ts';
import * as reviewResponses from '../../shared/api/review-responses.ts';
import { COMMITTEES } from '../../shared/domain/committees.ts';
import * as review from '../../shared/domain/review.ts';

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate and
 * answer with (zod's own JSON Schema output, draft 2020-12 — what OpenAPI 3.1 uses). Every
 * route has an entry here: its success answers and the error codes it may answer, from which
 * the statuses follow. The integration tests check every answer they receive against this
 * document (test/support/openapi.ts, ADR 066), so a handler and its entry cannot drift apart.
 */

type Auth = 'public' | 'applicant' | 'review';

/** A success answer's body: JSON described by a schema, or a file in one of these media types. */
type Body = z.ZodType | { files: readonly string[] };

interface Operation {
  auth: Auth;
  summary: string;
  /** The request body the handler validates with, if any. */
  request?: z.ZodType;
  /** Query parameters the handler reads: name → allowed values. */
  query?: Record<string, readonly string[]>;
  /** Success answers: status → what it means and its body (none: no content). */
  ok: Record<number, { description: string; body?: Body }>;
  /** The error codes it may answer besides those every operation of its kind answers. */
  errors: readonly ErrorCode[];
}

const CSV = 'text/csv';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Review pages name their committee (`?committee=`); another committee's link is refused. */
const committeeQuery = { committee: COMMITTEES };

export const operations: Record<string, Operation> = {
  ListRounds: {
    auth: 'public',
    summary: 'The configured rounds, with the dates as they hold now',
    ok: { 200: { description: 'The rounds', body: schemas.roundsResponse } },
    errors: [],
  },
  GetOpenApi: {
    auth: 'public',
    summary: 'This document',
    ok: {
      200: {
        description: 'The OpenAPI 3.1 document',
        body: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }),
      },
    },
    errors: [],
  },
  StartApplication: {
    auth: 'public',
    summary: 'Ask for a magic link to a new or existing application',
    request: schemas.startApplicationRequest,
    ok: {
      202: {
        description: 'A magic link is on its way (the same answer whether or not the address is known)',
        body: schemas.startResponse,
      },
    },
    errors: ['APPLICATION_PERIOD_CLOSED', 'RATE_LIMITED'],
  },
  CreateSession: {
    auth: 'public',
    summary: "Exchange a magic link's token for a session",
    request: schemas.createSessionRequest,
    ok: { 201: { description: 'A session token for the application', body: schemas.sessionResponse } },
    errors: ['UNAUTHORIZED'],
  },
  GetApplication: {
    auth: 'applicant',
    summary: 'The application: draft or submission, attachments, unmet rules, stage',
    ok: { 200: { description: 'The application', body: schemas.applicationView } },
    errors: ['NOT_FOUND', 'ROUND_NOT_FOUND'],
  },
  UpdateDraft: {
    auth: 'applicant',
    summary: 'Save the draft (optimistic concurrency on its version)',
    request: schemas.updateDraftRequest,
    ok: { 200: { description: 'The draft was saved', body: schemas.draftSaved } },
    errors: ['NOT_FOUND', 'READ_ONLY', 'VERSION_CONFLICT', 'APPLICATION_PERIOD_CLOSED'],
  },
  SubmitApplication: {
    auth: 'applicant',
    summary: 'Submit the application (idempotent)',
    ok: {
      200: { description: 'Submitted (or already submitted): the receipt', body: schemas.submitResponse },
    },
    errors: [
      'NOT_FOUND',
      'ROUND_NOT_FOUND',
      'READ_ONLY',
      'VALIDATION_FAILED',
      'VERSION_CONFLICT',
      'APPLICATION_PERIOD_NOT_OPEN',
      'APPLICATION_PERIOD_CLOSED',
    ],
  },
  WithdrawApplication: {
    auth: 'applicant',
    summary: 'Withdraw the application while the period is open',
    ok: { 200: { description: 'Withdrawn', body: schemas.withdrawResponse } },
    errors: ['NOT_FOUND', 'ROUND_NOT_FOUND', 'WITHDRAW_NOT_ALLOWED'],
  },
  CreateAttachmentUpload: {
    auth: 'applicant',
    summary: 'Declare an attachment and get a presigned POST for its file',
    request: schemas.createUploadRequest,
    ok: {
      201: {
        description: 'A presigned POST for the browser to upload the file straight to storage',
        body: schemas.uploadResponse,
      },
    },
    errors: [
      'NOT_FOUND',
      'ROUND_NOT_FOUND',
      'READ_ONLY',
      'ATTACHMENT_LIMIT_REACHED',
      'APPLICATION_PERIOD_CLOSED',
    ],
  },
  ListAttachments: {
    auth: 'applicant',
    summary: "The application's attachments with their verification status",
    ok: {
      200: {
        description: 'The attachments',
        body: z.object({ attachments: z.array(schemas.attachmentView) }),
      },
    },
    errors: [],
  },
  DeleteAttachment: {
    auth: 'applicant',
    summary: 'Remove an attachment from a draft',
    ok: { 204: { description: 'Deleted' } },
    errors: ['NOT_FOUND', 'READ_ONLY', 'ATTACHMENT_NOT_FOUND', 'APPLICATION_PERIOD_CLOSED'],
  },
  DownloadAttachment: {
    auth: 'applicant',
    summary: 'A short-lived download link for an accepted attachment',
    ok: { 200: { description: 'A short-lived download link', body: schemas.downloadResponse } },
    errors: ['ATTACHMENT_NOT_FOUND'],
  },
  ListAwards: {
    auth: 'public',
    summary: "The round's awards, once announced",
    ok: {
      200: { description: 'The awards (none before the announcement)', body: reviewResponses.awardsResponse },
    },
    errors: ['ROUND_NOT_FOUND'],
  },
  // The review API (docs/review-api.md).
  GetReviewContext: {
    auth: 'review',
    summary: "Who the link belongs to, the round, and where the committee's stage stands",
    query: committeeQuery,
    ok: { 200: { description: 'The context', body: reviewResponses.reviewContext } },
    errors: [],
  },
  ListReviewApplications: {
    auth: 'review',
    summary: "The committee's list, shaped for the member",
    query: committeeQuery,
    ok: { 200: { description: 'The list', body: reviewResponses.reviewList } },
    errors: ['STAGE_NOT_OPEN'],
  },
  GetReviewApplication: {
    auth: 'review',
    summary: "One application of the committee's stage in full",
    query: committeeQuery,
    ok: { 200: { description: 'The application', body: reviewResponses.reviewDetail } },
    errors: ['STAGE_NOT_OPEN', 'NOT_FOUND'],
  },
  DeclareConflict: {
    auth: 'review',
    summary: 'Declare whether the member has a conflict of interest (habilitet)',
    query: committeeQuery,
    request: review.declarationSchema,
    ok: { 200: { description: 'Declared', body: reviewResponses.declarationResponse } },
    errors: ['STAGE_NOT_OPEN', 'STAGE_FINALISED', 'STAGE_FINALISING', 'NOT_FOUND', 'DECLARATION_FINAL'],
  },
  SaveAssessment: {
    auth: 'review',
    summary: "An expert member's assessment, or a county adviser's comment",
    query: committeeQuery,
    request: z.union([review.expertAssessmentSchema, review.geographicCommentSchema]),
    ok: { 200: { description: 'Saved', body: reviewResponses.assessmentResponse } },
    errors: [
      'STAGE_NOT_OPEN',
      'STAGE_FINALISED',
      'STAGE_FINALISING',
      'NOT_FOUND',
      'COUNTY_NOT_YOURS',
      'DECLARATION_REQUIRED',
      'CONFLICTED',
    ],
  },
  SetOutcome: {
    auth: 'review',
    summary: "The chair's outcome for one application (expert or final committee)",
    query: committeeQuery,
    request: z.union([review.expertOutcomeSchema, review.finalOutcomeSchema]),
    ok: { 200: { description: 'The proposal and the stage version', body: reviewResponses.outcomeResponse } },
    errors: [
      'STAGE_NOT_OPEN',
      'STAGE_FINALISED',
      'NOT_FOUND',
      'NOT_CHAIR',
      'DECLARATION_REQUIRED',
      'CONFLICTED',
    ],
  },
  SetPriorityOrder: {
    auth: 'review',
    summary: "The geographic committee's national priority order",
    query: committeeQuery,
    request: review.priorityOrderSchema,
    ok: { 200: { description: 'The order and the stage version', body: reviewResponses.orderResponse } },
    errors: ['STAGE_NOT_OPEN', 'STAGE_FINALISED', 'NOT_CHAIR', 'DECLARATION_REQUIRED', 'CONFLICTED'],
  },
  FinaliseStage: {
    auth: 'review',
    summary: "The chair finalises the committee's stage: one decision",
    query: committeeQuery,
    request: review.finaliseSchema,
    ok: { 200: { description: 'Finalised', body: reviewResponses.finaliseResponse } },
    errors: [
      'STAGE_NOT_OPEN',
      'STAGE_FINALISED',
      'NOT_CHAIR',
      'VERSION_CONFLICT',
      'STAGE_INCOMPLETE',
      'STAGE_FINALISING',
      'OVER_BUDGET',
    ],
  },
  ExportReview: {
    auth: 'review',
    summary: "The committee's list as a spreadsheet, as the member sees it",
    query: { ...committeeQuery, format: ['xlsx', 'csv'] },
    ok: {
      200: {
        description: 'The file (content-disposition: attachment)',
        body: { files: [XLSX, CSV] },
      },
    },
    errors: ['STAGE_NOT_OPEN', 'VALIDATION_FAILED'],
  },
};

/** What every operation of a kind may answer: its authentication, its body's parsing, a fault. */
function commonErrors(operation: Operation): ErrorCode[] {
  return [
    ...(operation.auth === 'applicant' ? (['UNAUTHORIZED', 'FORBIDDEN'] as const) : []),
    ...(operation.auth === 'review'
      ? (['REVIEW_LINK_INVALID', 'REVIEW_LINK_REVOKED', 'WRONG_COMMITTEE'] as const)
      : []),
    ...(operation.request ? (['BAD_REQUEST', 'VALIDATION_FAILED'] as const) : []),
    'INTERNAL_ERROR',
  ];
}

/**
 * Each error code's HTTP status, as `errors` (shared/api/errors.ts) builds it: one place per
 * fact. Each factory is called once with an empty list (what its details are built from).
 */
const STATUS_OF: ReadonlyMap<string, number> = new Map(
  Object.entries(errors).map(([name, make]) => {
    try {
      const error = (make as (...args: unknown[]) => { code: string; status: number })([]);
      return [error.code, error.status];
    } catch (cause) {
      throw new Error(`errors.${name}([]) threw: the OpenAPI document cannot read its status`, { cause });
    }
  }),
);

export function statusOf(code: ErrorCode): number {
  const status = STATUS_OF.get(code);
  if (status === undefined) throw new Error(`${code}: no factory in shared/api/errors.ts gives its status`);
  return status;
}

/** The API Gateway's own answer to a body over its limit (local: `{ code, message }`; AWS: `{ message }`). */
const gatewayError = z.object({ message: z.string(), code: z.string().optional() });

function jsonSchema(schema: z.ZodType, io: 'input' | 'output') {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io,
  }) as Record<string, unknown>;
  return rest;
}

const errorComponent = (code: ErrorCode) => `Error_${code}`;

function errorResponses(operation: Operation, used: Set<ErrorCode>) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of new Set([...commonErrors(operation), ...operation.errors])) {
    used.add(code);
    const status = statusOf(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  if (operation.request) byStatus.set(413, []);
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => [
      String(status),
      codes.length === 0
        ? {
            description: "The request body is over the API Gateway's limit",
            content: { 'application/json': { schema: jsonSchema(gatewayError, 'output') } },
          }
        : {
            description: codes.join(', '),
            content: {
              'application/json': {
                schema:
                  codes.length === 1
                    ? { $ref: `#/components/schemas/${errorComponent(codes[0]!)}` }
                    : {
                        oneOf: codes.map((code) => ({
                          $ref: `#/components/schemas/${errorComponent(code)}`,
                        })),
                      },
              },
            },
          },
    ]),
  );
}

function successResponse(answer: Operation['ok'][number]) {
  const { body } = answer;
  if (!body) return { description: answer.description };
  if ('files' in body) {
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
    content: { 'application/json': { schema: jsonSchema(body as z.ZodType, 'output') } },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  const usedErrors = new Set<ErrorCode>();
  for (const route of routes) {
    const operation = operations[route.id];
    if (!operation) throw new Error(`${route.id}: no entry in functions/openapi/document.ts`);
    const parameters = [
      ...[...route.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
        name: match[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...Object.entries(operation.query ?? {}).map(([name, values]) => ({
        name,
        in: 'query',
        required: false,
        schema: { type: 'string', enum: values },
      })),
    ];
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.id,
      summary: operation.summary,
      ...(parameters.length ? { parameters } : {}),
      security: {
        public: [],
        applicant: [{ applicantSession: [] }],
        review: [{ reviewLink: [] }],
      }[operation.auth],
      ...(operation.request
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(operation.request, 'input') } },
            },
          }
        : {}),
      responses: {
        ...Object.fromEntries(
          Object.entries(operation.ok).map(([status, answer]) => [status, successResponse(answer)]),
        ),
        ...errorResponses(operation, usedErrors),
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
    },
    components: {
      securitySchemes: {
        applicantSession: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        reviewLink: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
      schemas: Object.fromEntries(
        [...usedErrors]
          .sort()
          .map((code) => [errorComponent(code), jsonSchema(schemas.errorBodyOf(code), 'output')]),
      ),
    },
    security: [{ applicantSession: [] }],
    paths,
  };
}
