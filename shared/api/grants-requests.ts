/**
 * Request bodies and queries after the award (ADR 102, 103): parsed by the HTTP wrapper with
 * the route's declaration, shown in the OpenAPI document. Strict and bounded; marked pure, so a
 * function bundles only the schema it parses.
 */
import * as z from 'zod/mini';
import { REPORT_LIMITS, reportDraftSchema } from '../grants/report.ts';
import { INT32_MAX } from './requests.ts';

const schoolYear = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.length(9), /* @__PURE__ */ z.regex(/^\d{4}-\d{4}$/));

/** `?schoolYear=2022-2023`: the report's school year. */
export const reportQuery = /* @__PURE__ */ z.object({ schoolYear });

/** PUT …/grant/report: the report's draft whole, on the version the applicant edited. */
export const saveReportRequest = /* @__PURE__ */ z.strictObject({
  schoolYear,
  version: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(0)),
  report: reportDraftSchema,
});

/** POST …/grant/report/submit: the version the applicant saw. */
export const submitReportRequest = /* @__PURE__ */ z.strictObject({
  schoolYear,
  version: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1)),
});

/** POST /staff/…/grant/report/review: approved, or returned with a message. */
export const reviewReportRequest = /* @__PURE__ */ (() =>
  z.strictObject({
    schoolYear,
    decision: /* @__PURE__ */ z.enum(['APPROVED', 'RETURNED']),
    message: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(REPORT_LIMITS.messageLength)),
    ),
  }))();

/**
 * POST …/grant/report/attachments: a file for the report (ADR 112), declared as the
 * application's are (name, type, size; the service checks type and size against the round).
 */
export const reportUploadRequest = /* @__PURE__ */ z.strictObject({
  schoolYear,
  fileName: /* @__PURE__ */ z
    .string()
    .check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(200)),
  contentType: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.maxLength(255)),
  size: /* @__PURE__ */ z.int().check(/* @__PURE__ */ z.minimum(1), /* @__PURE__ */ z.maximum(INT32_MAX)),
});
