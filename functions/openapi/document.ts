import * as z from 'zod';
import { routes } from '../routes.ts';
import { roundSchema } from '../../shared/domain/rounds/schema.ts';
import * as schemas from '../../shared/api/schemas.ts';
import * as review from '../../shared/domain/review.ts';

/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate
 * with (zod's own JSON Schema output, draft 2020-12 — what OpenAPI 3.1 uses).
 */
const requestBodies: Record<string, z.ZodType> = {
  StartApplication: schemas.startApplicationRequest,
  CreateSession: schemas.createSessionRequest,
  UpdateDraft: schemas.updateDraftRequest,
  CreateAttachmentUpload: schemas.createUploadRequest,
  // The review API (docs/review-api.md has the shapes of the answers).
  DeclareConflict: review.declarationSchema,
  SaveAssessment: z.union([review.expertAssessmentSchema, review.geographicCommentSchema]),
  SetOutcome: z.union([review.expertOutcomeSchema, review.finalOutcomeSchema]),
  SetPriorityOrder: review.priorityOrderSchema,
  FinaliseStage: review.finaliseSchema,
};

/** Review routes: the bearer token is a committee member's review link (docs/review-api.md). */
const REVIEW_ROUTES = new Set([
  'GetReviewContext',
  'ListReviewApplications',
  'GetReviewApplication',
  'DeclareConflict',
  'SaveAssessment',
  'SetOutcome',
  'SetPriorityOrder',
  'FinaliseStage',
  'ExportReview',
]);

const responses: Record<string, { status: string; description: string; schema?: z.ZodType }> = {
  ListRounds: {
    status: '200',
    description: 'The configured rounds',
    schema: z.object({ rounds: z.array(roundSchema) }),
  },
  GetOpenApi: { status: '200', description: 'This document' },
  StartApplication: {
    status: '202',
    description: 'A magic link is on its way (the same answer whether or not the address is known)',
    schema: z.object({ status: z.literal('sent') }),
  },
  CreateSession: {
    status: '201',
    description: 'A session token for the application',
    schema: schemas.sessionResponse,
  },
  GetApplication: { status: '200', description: 'The application', schema: schemas.applicationView },
  UpdateDraft: {
    status: '200',
    description: 'The draft was saved',
    schema: z.object({ version: z.int(), updatedAt: z.iso.datetime() }),
  },
  SubmitApplication: {
    status: '200',
    description: 'Submitted (or already submitted): the receipt',
    schema: z.object({
      applicationId: z.string(),
      status: z.literal('SUBMITTED'),
      receipt: schemas.receiptBody,
    }),
  },
  WithdrawApplication: {
    status: '200',
    description: 'Withdrawn',
    schema: z.object({
      applicationId: z.string(),
      status: z.literal('WITHDRAWN'),
      withdrawnAt: z.iso.datetime(),
    }),
  },
  CreateAttachmentUpload: {
    status: '201',
    description: 'A presigned POST for the browser to upload the file straight to storage',
    schema: schemas.uploadResponse,
  },
  ListAttachments: {
    status: '200',
    description: 'The attachments',
    schema: z.object({ attachments: z.array(schemas.attachmentView) }),
  },
  DeleteAttachment: { status: '204', description: 'Deleted' },
  DownloadAttachment: {
    status: '200',
    description: 'A short-lived download link',
    schema: z.object({ url: z.string(), expiresAt: z.iso.datetime() }),
  },
};

const PUBLIC_ROUTES = new Set([
  'ListRounds',
  'GetOpenApi',
  'StartApplication',
  'CreateSession',
  'ListAwards',
]);

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => ({
      name: match[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const body = requestBodies[route.id];
    const ok = responses[route.id];
    (paths[route.path] ??= {})[route.method.toLowerCase()] = {
      operationId: route.id,
      ...(parameters.length ? { parameters } : {}),
      ...(PUBLIC_ROUTES.has(route.id) ? { security: [] } : {}),
      ...(REVIEW_ROUTES.has(route.id) ? { security: [{ reviewLink: [] }] } : {}),
      ...(body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(body) } } } }
        : {}),
      responses: {
        ...(ok
          ? {
              [ok.status]: {
                description: ok.description,
                ...(ok.schema ? { content: { 'application/json': { schema: jsonSchema(ok.schema) } } } : {}),
              },
            }
          : {}),
        default: {
          description:
            "An error: a stable code, a message in the caller's language, and field paths for validation",
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Inkluderende kulturskoler — application portal API',
      version: '1.0.0',
      description:
        "Norsk kulturskoleråd's grant scheme: applicants start, edit, attach and submit applications; " +
        'committee members review them through signed review links (see docs/review-api.md).',
    },
    components: {
      securitySchemes: {
        applicantSession: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        reviewLink: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
      schemas: { Error: jsonSchema(schemas.errorBody) },
    },
    security: [{ applicantSession: [] }],
    paths,
  };
}
