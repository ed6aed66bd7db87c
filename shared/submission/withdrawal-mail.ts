/**
 * The owner's confirmation of a withdrawal (issue 9 point 6), at least once through the outbox
 * (ADR 063): the withdrawal's one write leaves the application in it (`markWithdrawn`), the
 * withdraw request mails right after, and the sweep mails whatever a failed SES call or a dead
 * process left there. Once SES accepted the mail the application leaves the outbox; a crash
 * between the two sends it twice, never zero times.
 */
import * as clock from '../clock.ts';
import { ENV, requireEnv } from '../config/env.ts';
import { findRound } from '../domain/rounds/index.ts';
import type { Locale } from '../i18n/index.ts';
import { sendMail } from '../mail/ses.ts';
import { withdrawalMail } from '../mail/templates.ts';
import { getApplication } from '../storage/applications.ts';
import { markWithdrawalMailed } from '../storage/outbox.ts';

export type WithdrawalMailing = { sent: true } | { sent: false; skipped: 'not-withdrawn' | 'already-mailed' };

export async function mailWithdrawal(applicationId: string, now = clock.now()): Promise<WithdrawalMailing> {
  const application = await getApplication(applicationId);
  if (!application || application.status !== 'WITHDRAWN') return { sent: false, skipped: 'not-withdrawn' };
  if (application.withdrawalMailedAt) return { sent: false, skipped: 'already-mailed' };
  const round = findRound(application.roundId);
  if (!round) throw new Error(`Unknown round ${application.roundId}`);
  const mail = withdrawalMail({
    locale: (application.locale as Locale | undefined) ?? 'nb',
    round,
    projectTitle: application.draft.title ?? '',
    withdrawnAt: application.withdrawnAt ?? application.updatedAt,
    ...(application.receipt ? { receiptNumber: application.receipt.number } : {}),
    statusLink: `${requireEnv(ENV.webBaseUrl)}/application/${applicationId}`,
  });
  await sendMail({
    from: round.mail.from,
    replyTo: round.mail.replyTo,
    to: application.ownerEmail.trim(),
    ...mail,
    about: { mail: 'withdrawal', round: round.id, application: applicationId },
  });
  await markWithdrawalMailed(applicationId, now.toISOString());
  return { sent: true };
}
