/**
 * After the award (issue 12 points 2–3; ADR 102, 103): the municipality's acceptance, its
 * reports per school year, the secretariat's review and export, and the workflow's tasks after
 * the announcement. Declarations of the registry (functions/registry.ts); the rules are in
 * shared/grants/.
 */
import {
  reportQuery,
  reportUploadRequest,
  reviewReportRequest,
  saveReportRequest,
  submitReportRequest,
} from '../../shared/api/grants-requests.ts';
import { ATTACHMENT_NOT_FOUND, READ_ONLY, ROUND_NOT_FOUND, VERSION_CONFLICT } from '../../shared/i18n/api.ts';
import { ATTACHMENT_LIMIT_REACHED, attachmentMessages } from '../../shared/i18n/attachments.ts';
import {
  ACCEPTANCE_CLOSED,
  ACCEPTANCE_REQUIRED,
  NOT_AWARDED,
  reportMessages,
} from '../../shared/i18n/grants.ts';
import { http, workflowTask } from '../declare.ts';

/** The spreadsheet type of the reports' export. */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// ── the workflow after the announcement ──────────────────────────────────────────────────

export const GrantStep = /* @__PURE__ */ workflowTask({
  task: 'GrantStep',
  summary: 'After an award: is anything left to wait for (answer, reports), and until when',
  entry: 'functions/grants/grant-step.ts',
  access: ['table:read'],
});

export const AwaitGrant = /* @__PURE__ */ workflowTask({
  task: 'AwaitGrant',
  summary: "After an award: keeps the workflow's token, which an answer, a report or a review resumes",
  entry: 'functions/grants/await-grant.ts',
  access: ['table:read', 'table:write', 'workflow:callback'],
});

export const GrantReminders = /* @__PURE__ */ workflowTask({
  task: 'GrantReminders',
  summary: 'After an award: reminders before the acceptance deadline and around report due dates; the lapse',
  entry: 'functions/grants/grant-reminders.ts',
  access: ['table:read', 'table:write', 'mail:send'],
});

export const GrantContinue = /* @__PURE__ */ workflowTask({
  task: 'GrantContinue',
  summary: "After an award: carries the wait on in a new execution before Step Functions' one-year limit",
  entry: 'functions/grants/grant-continue.ts',
  access: ['table:read', 'table:write', 'workflow:start'],
});

// ── the applicant ─────────────────────────────────────────────────────────────────────────

export const GetGrant = /* @__PURE__ */ http({
  method: 'GET',
  path: '/applications/{applicationId}/grant',
  auth: 'applicant',
  summary: 'The award: amounts per school year, conditions, the acceptance deadline and answer, the reports',
  responses: { 200: { description: 'The award', body: 'grantView' } },
  answers: { NOT_AWARDED },
  entry: 'functions/grants/get-grant.ts',
  access: ['table:read'],
});

export const AcceptGrant = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/grant/accept',
  auth: 'applicant',
  summary: 'Accept the award and its conditions (owner or co-editor, before the deadline)',
  responses: { 200: { description: 'Accepted: who and when', body: 'grantAnswered' } },
  answers: { NOT_AWARDED, ACCEPTANCE_CLOSED },
  entry: 'functions/grants/accept-grant.ts',
  access: ['table:read', 'table:write', 'workflow:callback'],
});

export const DeclineGrant = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/grant/decline',
  auth: 'applicant',
  summary: "Decline the award (before the deadline): the money returns to the round's budget",
  responses: { 200: { description: 'Declined: who and when', body: 'grantAnswered' } },
  answers: { NOT_AWARDED, ACCEPTANCE_CLOSED },
  entry: 'functions/grants/decline-grant.ts',
  access: ['table:read', 'table:write', 'workflow:callback'],
});

export const GetReport = /* @__PURE__ */ http({
  method: 'GET',
  path: '/applications/{applicationId}/grant/report',
  auth: 'applicant',
  summary: 'The report on a school year of the award (an empty draft until first saved)',
  query: reportQuery,
  responses: { 200: { description: 'The report', body: 'reportView' } },
  answers: { NOT_AWARDED, ACCEPTANCE_REQUIRED },
  messages: reportMessages,
  entry: 'functions/grants/get-report.ts',
  access: ['table:read'],
});

export const SaveReport = /* @__PURE__ */ http({
  method: 'PUT',
  path: '/applications/{applicationId}/grant/report',
  auth: 'applicant',
  summary: "Save a report's draft whole (optimistic concurrency on its version)",
  request: saveReportRequest,
  responses: { 200: { description: 'Saved', body: 'reportView' } },
  answers: { NOT_AWARDED, ACCEPTANCE_REQUIRED, READ_ONLY, VERSION_CONFLICT },
  messages: reportMessages,
  entry: 'functions/grants/save-report.ts',
  access: ['table:read', 'table:write'],
});

export const SubmitReport = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/grant/report/submit',
  auth: 'applicant',
  summary: 'Submit a report (its unmet rules answered as field issues)',
  request: submitReportRequest,
  responses: { 200: { description: 'Submitted', body: 'reportView' } },
  answers: { NOT_AWARDED, ACCEPTANCE_REQUIRED, READ_ONLY, VERSION_CONFLICT },
  messages: [reportMessages, attachmentMessages],
  entry: 'functions/grants/submit-report.ts',
  access: ['table:read', 'table:write', 'workflow:callback'],
});

export const CreateReportAttachmentUpload = /* @__PURE__ */ http({
  method: 'POST',
  path: '/applications/{applicationId}/grant/report/attachments',
  auth: 'applicant',
  summary: "Declare a report's attachment and get a presigned POST for its file (a draft or returned report)",
  request: reportUploadRequest,
  responses: {
    201: {
      description: 'A presigned POST for the browser to upload the file straight to storage',
      body: 'uploadResponse',
    },
  },
  answers: { NOT_AWARDED, ACCEPTANCE_REQUIRED, READ_ONLY, ATTACHMENT_LIMIT_REACHED },
  messages: [reportMessages, attachmentMessages],
  entry: 'functions/grants/create-report-upload.ts',
  access: ['table:read', 'table:write', 'bucket:write'],
});

export const DeleteReportAttachment = /* @__PURE__ */ http({
  method: 'DELETE',
  path: '/applications/{applicationId}/grant/report/attachments/{attachmentId}',
  auth: 'applicant',
  summary: "Remove a report's attachment (a draft or returned report)",
  responses: { 204: { description: 'Deleted' } },
  answers: { NOT_AWARDED, ACCEPTANCE_REQUIRED, READ_ONLY, ATTACHMENT_NOT_FOUND },
  messages: reportMessages,
  entry: 'functions/grants/delete-report-attachment.ts',
  access: ['table:read', 'table:write', 'bucket:delete'],
});

export const DownloadReportAttachment = /* @__PURE__ */ http({
  method: 'GET',
  path: '/applications/{applicationId}/grant/report/attachments/{attachmentId}/download',
  auth: 'applicant',
  summary: "A short-lived download link for a report's accepted attachment",
  responses: { 200: { description: 'A short-lived download link', body: 'downloadResponse' } },
  answers: { NOT_AWARDED, ACCEPTANCE_REQUIRED, ATTACHMENT_NOT_FOUND },
  entry: 'functions/grants/download-report-attachment.ts',
  access: ['table:read', 'bucket:read'],
});

// ── the secretariat ───────────────────────────────────────────────────────────────────────

export const ListRoundGrants = /* @__PURE__ */ http({
  method: 'GET',
  path: '/staff/rounds/{roundId}/grants',
  auth: 'staff',
  summary:
    "A round's awards: each answer (accepted, declined, lapsed) and report, and the budget with declines freed",
  responses: { 200: { description: 'The awards', body: 'staffGrantsList' } },
  answers: { ROUND_NOT_FOUND },
  entry: 'functions/grants/list-round-grants.ts',
  access: ['table:read'],
});

export const GetStaffReport = /* @__PURE__ */ http({
  method: 'GET',
  path: '/staff/applications/{applicationId}/grant/report',
  auth: 'staff',
  summary: 'A report with the application it reports on, for review',
  query: reportQuery,
  responses: { 200: { description: 'The report', body: 'staffReportView' } },
  answers: { NOT_AWARDED },
  messages: reportMessages,
  entry: 'functions/grants/get-staff-report.ts',
  access: ['table:read'],
});

export const DownloadStaffReportAttachment = /* @__PURE__ */ http({
  method: 'GET',
  path: '/staff/applications/{applicationId}/grant/report/attachments/{attachmentId}/download',
  auth: 'staff',
  summary: "A short-lived download link for a report's accepted attachment, for review (audited)",
  responses: { 200: { description: 'A short-lived download link', body: 'downloadResponse' } },
  answers: { NOT_AWARDED, ATTACHMENT_NOT_FOUND },
  entry: 'functions/grants/download-staff-report-attachment.ts',
  access: ['table:read', 'table:write', 'bucket:read'],
});

export const ReviewReport = /* @__PURE__ */ http({
  method: 'POST',
  path: '/staff/applications/{applicationId}/grant/report/review',
  auth: 'staff',
  summary: 'Approve a submitted report, or return it with a message (the applicant is mailed)',
  request: reviewReportRequest,
  responses: { 200: { description: 'Reviewed', body: 'reportView' } },
  answers: { NOT_AWARDED, READ_ONLY },
  messages: reportMessages,
  entry: 'functions/grants/review-report.ts',
  access: ['table:read', 'table:write', 'mail:send', 'workflow:callback'],
});

export const ExportReports = /* @__PURE__ */ http({
  method: 'GET',
  path: '/staff/rounds/{roundId}/reports.xlsx',
  auth: 'staff',
  summary: "The round's reports as a spreadsheet (one row per award and school year)",
  responses: {
    200: { description: 'The file (content-disposition: attachment)', body: { files: [XLSX] } },
  },
  answers: { ROUND_NOT_FOUND },
  entry: 'functions/grants/export-reports.ts',
  access: ['table:read'],
});
