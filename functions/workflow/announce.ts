import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { ENV, requireEnv } from '../../shared/config/env.ts';
import type { Locale } from '../../shared/i18n/index.ts';
import { outcomeMail } from '../../shared/mail/templates.ts';
import { sendMail } from '../../shared/mail/ses.ts';
import { recordAudit } from '../../shared/storage/audit.ts';
import { getApplication, markAnnounced, type ApplicationRecord } from '../../shared/storage/applications.ts';
import type { Round } from '../../shared/domain/rounds/schema.ts';
import { metrics } from '../observability.ts';
import { roundOf, workflowTask } from './task.ts';
import * as clock from '../../shared/clock.ts';

interface AnnounceInput {
  applicationId: string;
  roundId: string;
}

/**
 * Workflow task on the announcement date: the outcome e-mail to the application's contact
 * person (awarded with the amounts, or the reason it was not), then the application is
 * ANNOUNCED (and appears on the public awards page if awarded). The mail is sent before it
 * is marked, so a crash in between sends it again rather than never; once marked, never again.
 */
export const handler = workflowTask(async (input: AnnounceInput) => {
  const round = roundOf(input.roundId);
  const application = await getApplication(input.applicationId);
  if (!application || application.status !== 'SUBMITTED') return { announced: false };
  if (!application.outcome) throw new Error('The application has no outcome to announce');
  const now = clock.now().toISOString();
  if (!application.outcomeMailedAt) {
    const locale = (application.locale as Locale) ?? 'nb';
    const mail = outcomeMail({
      locale,
      round,
      receiptNumber: application.receipt?.number ?? application.applicationId,
      projectTitle: application.draft.title ?? '',
      outcome: outcomeOf(application, round, locale),
      statusLink: `${requireEnv(ENV.webBaseUrl)}/application/${application.applicationId}`,
    });
    const to = (application.draft.contact?.email || application.ownerEmail).trim().toLowerCase();
    await sendMail({ from: round.mail.from, replyTo: round.mail.replyTo, to, ...mail });
    metrics.addMetric('OutcomeMailed', MetricUnit.Count, 1);
  }
  await markAnnounced(application.applicationId, now);
  await recordAudit(
    {
      roundId: round.id,
      at: application.outcomeMailedAt ?? now,
      actor: { kind: 'workflow' },
      action: 'outcome.announced',
      applicationId: application.applicationId,
      details: { outcome: application.outcome },
    },
    `announced-${application.applicationId}`,
  );
  return { announced: true, outcome: application.outcome };
});

function outcomeOf(application: ApplicationRecord, round: Round, locale: Locale) {
  const label = (schoolYear: string) =>
    round.schoolYears.find((year) => year.id === schoolYear)?.label[locale] ?? schoolYear;
  const final = application.finalDecision;
  if (application.outcome === 'AWARDED' && final?.awarded) {
    return {
      result: 'AWARDED' as const,
      amounts: Object.entries(final.amounts).map(([schoolYear, amount]) => ({
        schoolYear: label(schoolYear),
        amount,
      })),
      total: final.total,
    };
  }
  if (application.outcome === 'DECLINED' && final && !final.awarded) {
    return { result: 'DECLINED' as const, reason: final.reason };
  }
  return { result: 'NOT_QUALIFIED' as const, reason: application.expertDecision?.reason ?? '' };
}
