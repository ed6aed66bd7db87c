/**
 * What the API answers after the award (ADR 102, 103): the response schemas of the OpenAPI
 * document, checked against every answer the integration tests receive; they describe
 * shared/grants/.
 */
import * as z from 'zod';
import { attachmentView } from './schemas.ts';

const instant = z.iso.datetime();
const localized = z.object({ nb: z.string(), nn: z.string(), en: z.string() });
const grantAnswer = z.object({
  status: z.enum(['ACCEPTED', 'DECLINED', 'LAPSED']),
  at: instant,
  by: z.object({
    role: z.enum(['owner', 'coeditor', 'workflow']),
    slot: z.number().optional(),
    coeditorId: z.string().optional(),
  }),
});
const reportStatus = z.enum(['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED']);

/** GET /applications/{applicationId}/grant: the award, its conditions, the answer and the reports. */
export const grantView = z.object({
  applicationId: z.string(),
  roundId: z.string(),
  title: z.string(),
  years: z.array(
    z.object({
      schoolYear: z.string(),
      label: localized,
      amount: z.int(),
      reportDue: instant,
      reportStatus: z.union([reportStatus, z.literal('NOT_STARTED')]),
    }),
  ),
  total: z.int(),
  conditions: z.array(localized),
  acceptBy: instant,
  answer: grantAnswer.optional(),
});

/** POST …/grant/accept and …/grant/decline. */
export const grantAnswered = grantAnswer;

const fieldIssue = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});

/** A report on one school year (GET, PUT, submit; the staff's view adds the application). */
export const reportView = z.object({
  schoolYear: z.string(),
  due: instant,
  status: reportStatus,
  /** 0 until the first save. */
  version: z.int(),
  report: z.record(z.string(), z.unknown()),
  updatedAt: instant.optional(),
  submittedAt: instant.optional(),
  reviews: z.array(
    z.object({
      decision: z.enum(['APPROVED', 'RETURNED']),
      message: z.string().optional(),
      by: z.string(),
      at: instant,
    }),
  ),
  /** What a submission still lacks (field issues, with messages in the request's language). */
  issues: z.array(fieldIssue),
  /** Its attachments (ADR 112): while it takes changes each with its state; once submitted, the accepted. */
  attachments: z.array(attachmentView),
});

/** GET /staff/rounds/{roundId}/grants: every award of the round, its answer and reports. */
export const staffGrantsList = z.object({
  roundId: z.string(),
  awards: z.array(
    z.object({
      applicationId: z.string(),
      title: z.string(),
      receiptNumber: z.string(),
      total: z.int(),
      acceptBy: instant,
      answer: grantAnswer.optional(),
      reports: z.array(
        z.object({
          schoolYear: z.string(),
          due: instant,
          status: z.union([reportStatus, z.literal('NOT_STARTED')]),
          submittedAt: instant.optional(),
        }),
      ),
    }),
  ),
  /** The round's budget with declined awards freed. */
  budget: z.object({ budget: z.int(), awarded: z.int(), remaining: z.int() }),
});

/** GET /staff/applications/{applicationId}/grant/report: the report with what it reports on. */
export const staffReportView = reportView.extend({
  applicationId: z.string(),
  title: z.string(),
  application: z.record(z.string(), z.unknown()),
});
