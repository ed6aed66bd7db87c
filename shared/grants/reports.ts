/**
 * Reports on each school year of an award (ADR 103): the applicant's draft saved as they type
 * (whole, on its version: a lost race answers the current one, ADR 062's rule), the submission
 * with its unmet rules as field issues, and the secretariat's review — approved, or returned
 * with a message the applicant is mailed, amends and submits again. Each change nudges the
 * workflow, which waits for every report of the award.
 */
import type { ApplicantClaims } from '../auth/tokens.ts';
import type { FieldIssue } from '../domain/application.ts';
import * as clock from '../clock.ts';
import { findRoundContent } from '../domain/rounds/content.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import { DomainError } from '../errors.ts';
import * as errors from '../errors.ts';
import { format, type Catalogue } from '../i18n/catalogue.ts';
import { reportMessages } from '../i18n/grants.ts';
import type { Locale } from '../i18n/locale.ts';
import { structuralMessages } from '../i18n/messages.ts';
import { sendMail } from '../mail/ses.ts';
import { recordAudit } from '../storage/audit.ts';
import { getApplication } from '../storage/applications.ts';
import { grantActor } from './acceptance.ts';
import { awardedYears, grantLink, loadAward, nudgeWorkflow, type LoadedGrant } from './grant.ts';
import { reportReviewMail } from './mails.ts';
import {
  applicantReportAttachmentDownload,
  listedReportAttachments,
  removeReportAttachment,
  reportAttachmentRecords,
  reportAttachmentViews,
  reportReadOnly,
  requestReportUpload,
  type ReportUploadRequest,
} from './report-attachments.ts';
import type { AttachmentRecord } from '../storage/attachments.ts';
import { reportEditable, reportIssues, type ReportDraft } from './report.ts';
import { getReport, markReportSubmitted, recordReview, saveReportDraft, type ReportRecord } from './store.ts';

const reportConflict = (current: ReportRecord) =>
  new DomainError(
    'VERSION_CONFLICT',
    undefined,
    // The report itself is re-read with GET (the error body's `current` is an application draft's shape).
    { currentVersion: current.version, updatedAt: current.updatedAt },
    { key: 'grant.report.versionConflict' },
  );
const unknownSchoolYear = () => errors.validation([{ path: 'schoolYear', code: 'VALUE_NOT_ALLOWED' }]);

/** An accepted award and one of its school years; else the refusal that says why. */
export async function reportable(applicationId: string, schoolYear: string): Promise<LoadedGrant> {
  const grant = await loadAward(applicationId);
  if (grant.application.grant?.status !== 'ACCEPTED') throw errors.acceptanceRequired();
  if (!grant.situation.schoolYears.includes(schoolYear)) throw unknownSchoolYear();
  return grant;
}

/**
 * A report as its applicant and the secretariat see it (none saved yet: an empty draft at
 * version 0), with its attachments (records; `withMessages` words them).
 */
export function reportView(
  grant: LoadedGrant,
  schoolYear: string,
  report: ReportRecord | undefined,
  attachments: readonly AttachmentRecord[],
) {
  const status = report?.status ?? ('DRAFT' as const);
  return {
    schoolYear,
    due: grant.dates.reportsDue[schoolYear]!,
    status,
    version: report?.version ?? 0,
    report: report?.report ?? {},
    updatedAt: report?.updatedAt,
    submittedAt: report?.submittedAt,
    reviews: report?.reviews ?? [],
    issues: reportIssues(report?.report ?? {}, grant.application.draft, schoolYear),
    attachments: listedReportAttachments(attachments, schoolYear, status),
  };
}

/** A report's unmet rules and its attachments' states with their messages in the reader's language. */
export function withMessages<V extends { issues: FieldIssue[]; attachments: readonly AttachmentRecord[] }>(
  view: V,
  locale: Locale,
) {
  const catalogue: Catalogue = { ...structuralMessages, ...reportMessages };
  return {
    ...view,
    attachments: reportAttachmentViews(view.attachments, locale),
    issues: view.issues.map((issue) => ({
      ...issue,
      message: format(catalogue[issue.code] ?? structuralMessages.FIELD_INVALID, locale, issue.params),
    })),
  };
}

export async function getReportFor(applicationId: string, schoolYear: string) {
  const grant = await reportable(applicationId, schoolYear);
  return reportView(
    grant,
    schoolYear,
    grant.reports.find((r) => r.schoolYear === schoolYear),
    await reportAttachmentRecords(applicationId),
  );
}

export async function saveReport(
  applicant: ApplicantClaims,
  input: { schoolYear: string; version: number; report: ReportDraft },
) {
  const grant = await reportable(applicant.applicationId, input.schoolYear);
  const saved = await saveReportDraft({
    applicationId: applicant.applicationId,
    roundId: grant.round.id,
    schoolYear: input.schoolYear,
    version: input.version,
    report: input.report,
    by: grantActor(applicant),
    now: clock.now().toISOString(),
  });
  if (!saved.ok) {
    if (!saved.current) throw errors.notFound();
    if (!reportEditable(saved.current.status)) throw reportReadOnly();
    throw reportConflict(saved.current);
  }
  return reportView(
    grant,
    input.schoolYear,
    saved.report,
    await reportAttachmentRecords(applicant.applicationId),
  );
}

export async function submitReport(
  applicant: ApplicantClaims,
  input: { schoolYear: string; version: number },
) {
  const grant = await reportable(applicant.applicationId, input.schoolYear);
  const now = clock.now().toISOString();
  // An attachment change meanwhile (its verdict, a delete) moves the revision the submission
  // conditions on (ADR 112): the rules are checked again, at most three times.
  for (let attempt = 1; ; attempt++) {
    const [current, attachments] = await Promise.all([
      getReport(applicant.applicationId, input.schoolYear),
      reportAttachmentRecords(applicant.applicationId),
    ]);
    if (!current) throw errors.validation(reportIssues({}, grant.application.draft, input.schoolYear));
    if (!reportEditable(current.status)) throw reportReadOnly();
    if (current.version !== input.version) throw reportConflict(current);
    const pending = listedReportAttachments(attachments, input.schoolYear, current.status).filter(
      (attachment) => attachment.status === 'PENDING',
    ).length;
    const issues = [
      ...reportIssues(current.report, grant.application.draft, input.schoolYear),
      ...(pending ? [{ path: 'attachments', code: 'ATTACHMENTS_PENDING', params: { count: pending } }] : []),
    ];
    if (issues.length) throw errors.validation(issues);
    const submitted = await markReportSubmitted({
      applicationId: applicant.applicationId,
      schoolYear: input.schoolYear,
      version: input.version,
      attachmentsRevision: current.attachmentsRevision,
      by: grantActor(applicant),
      now,
    });
    if (submitted.ok) return afterSubmission(grant, applicant, input.schoolYear, submitted.report, now);
    if (!submitted.current) throw errors.notFound();
    if (!reportEditable(submitted.current.status)) throw reportReadOnly();
    if (submitted.current.version !== input.version || attempt === 3) throw reportConflict(submitted.current);
  }
}

async function afterSubmission(
  grant: LoadedGrant,
  applicant: ApplicantClaims,
  schoolYear: string,
  report: ReportRecord,
  now: string,
) {
  await recordAudit({
    roundId: grant.round.id,
    at: now,
    actor: { kind: 'applicant', applicationId: applicant.applicationId },
    action: 'report.submitted',
    applicationId: applicant.applicationId,
    details: { schoolYear, by: grantActor(applicant), version: report.version },
  });
  await nudgeWorkflow(applicant.applicationId, `report:${schoolYear}`);
  return reportView(grant, schoolYear, report, await reportAttachmentRecords(applicant.applicationId));
}

/**
 * The secretariat's review of a submitted report. Returned: the message is required and the
 * owner is mailed it in the application's language; approved: the owner is told too.
 */
export async function reviewReport(input: {
  applicationId: string;
  schoolYear: string;
  decision: 'APPROVED' | 'RETURNED';
  message?: string;
  staff: { email: string };
}) {
  const message = input.message?.trim();
  if (input.decision === 'RETURNED' && !message)
    throw errors.validation([{ path: 'message', code: 'REPORT_MESSAGE_REQUIRED' }]);
  const grant = await loadAward(input.applicationId);
  if (!grant.situation.schoolYears.includes(input.schoolYear)) throw unknownSchoolYear();
  const at = clock.now().toISOString();
  const reviewed = await recordReview({
    applicationId: input.applicationId,
    schoolYear: input.schoolYear,
    decision: input.decision,
    ...(input.decision === 'RETURNED' ? { message } : {}),
    by: input.staff.email,
    at,
  });
  if (!reviewed.ok) {
    if (!reviewed.current) throw errors.notFound();
    throw new DomainError('READ_ONLY', undefined, undefined, { key: 'grant.report.notSubmitted' });
  }
  await recordAudit({
    roundId: grant.round.id,
    at,
    actor: { kind: 'staff', id: input.staff.email },
    action: input.decision === 'APPROVED' ? 'report.approved' : 'report.returned',
    applicationId: input.applicationId,
    details: { schoolYear: input.schoolYear },
  });
  await mailReview(grant.round, input.applicationId, input.schoolYear, input.decision, message);
  await nudgeWorkflow(input.applicationId, `review:${input.schoolYear}`);
  return reportView(
    grant,
    input.schoolYear,
    reviewed.report,
    await reportAttachmentRecords(input.applicationId),
  );
}

async function mailReview(
  round: RoundSchedule,
  applicationId: string,
  schoolYear: string,
  decision: 'APPROVED' | 'RETURNED',
  message: string | undefined,
) {
  const application = await getApplication(applicationId);
  if (!application) return;
  const mail = reportReviewMail({
    locale: (application.locale as Locale) ?? 'nb',
    round,
    title: application.draft.title ?? '',
    schoolYear,
    decision,
    ...(message ? { message } : {}),
    link: grantLink(applicationId),
  });
  await sendMail({
    from: round.mail.from,
    replyTo: round.mail.replyTo,
    to: application.ownerEmail.trim(),
    ...mail,
    about: { mail: 'report-review', round: round.id, application: applicationId },
  });
}

/** The award as its applicant sees it: amounts, conditions, the answer, each report's state. */
export async function grantView(applicationId: string) {
  const grant = await loadAward(applicationId);
  const { application, round, dates } = grant;
  return {
    applicationId,
    roundId: round.id,
    title: application.draft.title ?? '',
    years: awardedYears(round, application).map((year) => {
      const report = grant.reports.find((r) => r.schoolYear === year.schoolYear);
      return {
        schoolYear: year.schoolYear,
        label: year.label,
        amount: year.amount,
        reportDue: dates.reportsDue[year.schoolYear]!,
        reportStatus: report?.status ?? ('NOT_STARTED' as const),
      };
    }),
    total: application.finalDecision?.awarded ? application.finalDecision.total : 0,
    conditions: [...findRoundContent(round.id)!.conditions],
    acceptBy: dates.acceptBy,
    answer: application.grant,
  };
}

// ── a report's attachments (ADR 112): the applicant's side ─────────────────────────────────

/** An upload form for a file of the report (owner or co-editor; a draft or returned report). */
export async function uploadReportAttachment(
  applicant: ApplicantClaims,
  input: ReportUploadRequest,
  locale: Locale,
) {
  const grant = await reportable(applicant.applicationId, input.schoolYear);
  return requestReportUpload(grant, input, locale);
}

export const deleteReportAttachment = (applicant: ApplicantClaims, attachmentId: string) =>
  removeReportAttachment(applicant.applicationId, attachmentId, (schoolYear) =>
    reportable(applicant.applicationId, schoolYear),
  );

export const downloadReportAttachment = (applicant: ApplicantClaims, attachmentId: string) =>
  applicantReportAttachmentDownload(applicant.applicationId, attachmentId, (schoolYear) =>
    reportable(applicant.applicationId, schoolYear),
  );
