/**
 * The secretariat's view after the award (ADR 102, 103): a round's awards with their answers
 * (accepted, declined, lapsed — a lapse is what the secretariat was told of) and reports, the
 * budget with declined awards freed, one report with what it reports on, and the export.
 */
import { findRound } from '../domain/rounds/index.ts';
import { budgetUse } from '../domain/review.ts';
import * as errors from '../errors.ts';
import type { Sheet } from '../export/spreadsheet.ts';
import { translator } from '../i18n/catalogue.ts';
import { grantExportText } from '../i18n/grants.ts';
import type { Locale } from '../i18n/locale.ts';
import { listSubmittedApplications } from '../storage/applications.ts';
import { grantDates } from './dates.ts';
import { awardedYears, isAnnouncedAward, loadAward } from './grant.ts';
import { costLinesOf } from './report.ts';
import { listedReportAttachments, reportAttachmentRecords } from './report-attachments.ts';
import { reportView } from './reports.ts';
import { countsAgainstBudget } from './state.ts';
import { listRoundReports } from './store.ts';

async function roundAwards(roundId: string) {
  const round = findRound(roundId);
  if (!round) throw errors.roundNotFound();
  const [applications, reports, dates] = await Promise.all([
    listSubmittedApplications(round.id),
    listRoundReports(round.id),
    grantDates(round),
  ]);
  const awards = applications.filter(isAnnouncedAward);
  return { round, awards, reports, dates };
}

export async function roundGrants(roundId: string) {
  const { round, awards, reports, dates } = await roundAwards(roundId);
  const use = budgetUse(
    round,
    awards.filter(countsAgainstBudget).map((a) => (a.finalDecision?.awarded ? a.finalDecision.amounts : {})),
  );
  return {
    roundId: round.id,
    awards: awards.map((application) => ({
      applicationId: application.applicationId,
      title: application.draft.title ?? '',
      receiptNumber: application.receipt?.number ?? '',
      total: application.finalDecision?.awarded ? application.finalDecision.total : 0,
      acceptBy: dates.acceptBy,
      ...(application.grant ? { answer: application.grant } : {}),
      reports: awardedYears(round, application).map(({ schoolYear }) => {
        const report = reports.find(
          (r) => r.applicationId === application.applicationId && r.schoolYear === schoolYear,
        );
        return {
          schoolYear,
          due: dates.reportsDue[schoolYear]!,
          status: report?.status ?? ('NOT_STARTED' as const),
          ...(report?.submittedAt ? { submittedAt: report.submittedAt } : {}),
        };
      }),
    })),
    budget: use.total,
  };
}

export async function staffReport(applicationId: string, schoolYear: string) {
  const grant = await loadAward(applicationId);
  if (!grant.situation.schoolYears.includes(schoolYear))
    throw errors.validation([{ path: 'schoolYear', code: 'VALUE_NOT_ALLOWED' }]);
  const report = grant.reports.find((r) => r.schoolYear === schoolYear);
  const draft = grant.application.draft;
  return {
    ...reportView(grant, schoolYear, report, await reportAttachmentRecords(applicationId)),
    applicationId,
    title: draft.title ?? '',
    application: {
      activityAreas: draft.activityAreas ?? [],
      targetGroup: draft.targetGroup ?? '',
      expectedPupils: draft.expectedPupils ?? 0,
      partners: draft.partners ?? [],
      /** The art subjects as the application named them (the round's, and any other). */
      artSubjects: draft.artSubjects ?? {},
      costLines: costLinesOf(draft, schoolYear),
      sustainability: draft.sustainability ?? '',
    },
  };
}

/** One row per award and school year: the answer, the report's state and its figures. */
export async function reportsSheet(roundId: string, locale: Locale): Promise<Sheet> {
  const { round, awards, reports, dates } = await roundAwards(roundId);
  const t = translator(locale, grantExportText);
  // The reports' attachments by name (ADR 112): one Query per award; the files are downloaded in the review.
  const attachments = new Map(
    await Promise.all(
      awards.map(
        async (application) =>
          [application.applicationId, await reportAttachmentRecords(application.applicationId)] as const,
      ),
    ),
  );
  const rows = awards.flatMap((application) =>
    awardedYears(round, application).map(({ schoolYear, amount }) => {
      const report = reports.find(
        (r) => r.applicationId === application.applicationId && r.schoolYear === schoolYear,
      );
      const content = report?.report ?? {};
      const pupils = (content.pupils ?? []).reduce((sum, row) => sum + row.count, 0);
      const spent = (content.spending ?? []).reduce((sum, row) => sum + row.spent, 0);
      const last = report?.reviews?.at(-1);
      return [
        application.receipt?.number ?? '',
        application.draft.title ?? '',
        application.grant?.status ?? '',
        schoolYear,
        amount,
        dates.reportsDue[schoolYear]!.slice(0, 10),
        report?.status ?? 'NOT_STARTED',
        report?.submittedAt?.slice(0, 10) ?? '',
        pupils,
        spent,
        (content.activities ?? []).map((a) => `${a.code}: ${a.done}`).join('\n'),
        content.partners ?? '',
        content.continuation ?? '',
        last?.message ?? '',
        listedReportAttachments(
          attachments.get(application.applicationId) ?? [],
          schoolYear,
          report?.status ?? 'DRAFT',
        )
          .map((attachment) => attachment.fileName)
          .join('\n'),
      ];
    }),
  );
  return {
    name: t('grantExport.sheet'),
    header: [
      t('grantExport.receipt'),
      t('grantExport.title'),
      t('grantExport.answer'),
      t('grantExport.schoolYear'),
      t('grantExport.awarded'),
      t('grantExport.due'),
      t('grantExport.status'),
      t('grantExport.submitted'),
      t('grantExport.pupils'),
      t('grantExport.spent'),
      t('grantExport.activities'),
      t('grantExport.partners'),
      t('grantExport.continuation'),
      t('grantExport.message'),
      t('grantExport.attachments'),
    ],
    columns: ['text', 'text', 'text', 'text', 'amount', 'date', 'text', 'date', 'integer', 'amount'],
    rows,
  };
}
