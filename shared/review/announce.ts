import * as clock from '../clock.ts';
import { ENV, requireEnv } from '../config/env.ts';
import { requestedAmounts } from '../domain/review.ts';
import type { RoundSchedule } from '../domain/rounds/schema.ts';
import type { Locale } from '../i18n/index.ts';
import { outcomeMail } from '../mail/templates.ts';
import { sendMail } from '../mail/ses.ts';
import { recordAudit } from '../storage/audit.ts';
import {
  getApplication,
  markAnnounced,
  type ApplicationOutcome,
  type ApplicationRecord,
} from '../storage/applications.ts';

/**
 * On the announcement date (the workflow's Announce task): the outcome e-mail to the
 * application's owner (awarded with the amounts, or the reason it was not), then it is
 * ANNOUNCED (and appears on the public awards page if awarded). The mail is sent before it
 * is marked, so a crash in between sends it again rather than never; once marked, never again.
 */
export async function announceOutcome(
  round: RoundSchedule,
  applicationId: string,
): Promise<{ announced: false } | { announced: true; outcome: ApplicationOutcome; mailed: boolean }> {
  const application = await getApplication(applicationId);
  if (!application || application.status !== 'SUBMITTED') return { announced: false };
  if (!application.outcome) throw new Error('The application has no outcome to announce');
  const now = clock.now().toISOString();
  const mailed = !application.outcomeMailedAt;
  if (mailed) {
    const locale = (application.locale as Locale) ?? 'nb';
    const mail = outcomeMail({
      locale,
      round,
      receiptNumber: application.receipt?.number ?? application.applicationId,
      projectTitle: application.draft.title ?? '',
      outcome: outcomeOf(application, round, locale),
      statusLink: `${requireEnv(ENV.webBaseUrl)}/application/${application.applicationId}`,
    });
    // To the owner, whose address signed in (ADR 085) — never the contact address the applicant typed.
    const to = application.ownerEmail.trim();
    await sendMail({
      from: round.mail.from,
      replyTo: round.mail.replyTo,
      to,
      ...mail,
      about: { mail: 'outcome', round: round.id, application: application.applicationId },
    });
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
  return { announced: true, outcome: application.outcome, mailed };
}

function outcomeOf(application: ApplicationRecord, round: RoundSchedule, locale: Locale) {
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
      ...(final.reason
        ? {
            reduced: {
              requested: requestedAmounts(application.draft, round).total,
              reason: final.reason,
            },
          }
        : {}),
    };
  }
  if (application.outcome === 'DECLINED' && final && !final.awarded) {
    return { result: 'DECLINED' as const, reason: final.reason };
  }
  return { result: 'NOT_QUALIFIED' as const, reason: application.expertDecision?.reason ?? '' };
}
