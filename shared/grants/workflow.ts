/**
 * The workflow after the announcement (ADR 102): for an award, one loop of three tasks until
 * nothing is left to wait for —
 *
 * - `GrantStep` (a read): is anything left (the answer; once accepted, a report not approved)?
 *   and how long to wait before the next reminder falls due: at once when one is due, else
 *   until the next, at most WORKFLOW_MAX_WAIT_SECONDS (a moved date is seen at the next look);
 * - `AwaitGrant` (callback): stores the execution's token on the application, then reads the
 *   award again — changed since GrantStep looked? it resumes at once;
 *   otherwise every change (an answer, a report submitted, a review) resumes it;
 * - `GrantReminders` (on the callback's timeout): sends what is due, each claimed once.
 *
 * Declined or lapsed (not accepted by the deadline: the secretariat is told) ends it, as does
 * every report approved. Nothing is polled: the waits are callbacks that time out at the next
 * reminder.
 */
import * as clock from '../clock.ts';
import { ENV, secondsFromEnv } from '../config/env.ts';
import type { Locale } from '../i18n/locale.ts';
import { sendMail } from '../mail/ses.ts';
import { recordAudit } from '../storage/audit.ts';
import { resumeTask } from '../workflow/callbacks.ts';
import { grantLink, isAnnouncedAward, loadGrant, staffReportsLink, type LoadedGrant } from './grant.ts';
import { acceptanceReminderMail, grantLapsedMail, reportReminderMail } from './mails.ts';
import {
  grantOpen,
  grantReminders,
  reminderClaim,
  remindersAt,
  situationSignature,
  type GrantReminder,
} from './state.ts';
import {
  claimGrantReminder,
  recordGrantAnswer,
  recordGrantExecution,
  releaseGrantReminder,
  storeGrantToken,
} from './store.ts';
import type { WorkflowInput } from '../workflow/definition.ts';
import { ensureExecutionStarted } from '../workflow/executions.ts';

const WEEK = 7 * 24 * 3600;

function plan(grant: WithReminders | undefined, now: number) {
  if (!grant || !isAnnouncedAward(grant.application) || !grantOpen(grant.situation))
    return { open: false as const };
  const { due, next } = remindersAt(grant.reminders, grant.claims, now);
  return { open: true as const, due, next, signature: situationSignature(grant.situation) };
}

type WithReminders = LoadedGrant & { reminders: GrantReminder[] };

async function load(applicationId: string): Promise<WithReminders | undefined> {
  const grant = await loadGrant(applicationId);
  return grant && { ...grant, reminders: grantReminders(grant.round, grant.dates, grant.situation) };
}

/**
 * A Standard execution runs for a year at most; an award's wait is carried on in a new execution
 * this long after the current one started (ADR 114) — weeks before the limit, more than the
 * longest wait.
 */
export const GRANT_EXECUTION_RENEW_MS = 330 * 24 * 3600 * 1000;

/**
 * When the execution that asks started, or earlier: the first one at the submission (its
 * receipt; the outbox may start it later, never sooner), a continued one as GrantContinue
 * recorded it before starting it.
 */
function executionStartedAt(application: LoadedGrant['application'], continuation: number): number {
  const continued = application.grantExecution;
  if (continuation > 1 && continued?.n === continuation) return Date.parse(continued.startedAt);
  return Date.parse(application.receipt?.submittedAt ?? application.createdAt);
}

/** The GrantStep task: whether the execution goes on waiting (here or in a new one), and for how long at most. */
export async function grantStep(applicationId: string, continuation = 1) {
  const now = clock.nowMs();
  const grant = await load(applicationId);
  const planned = plan(grant, now);
  if (!planned.open) return { open: false, renew: false };
  const renewAt = executionStartedAt(grant!.application, continuation) + GRANT_EXECUTION_RENEW_MS;
  if (now >= renewAt) return { open: true, renew: true };
  const maxWait = secondsFromEnv(ENV.workflowMaxWaitSeconds, WEEK);
  const until = planned.due.length ? 0 : Math.ceil(((planned.next ?? Infinity) - now) / 1000);
  return {
    open: true,
    renew: false,
    signature: planned.signature,
    timeoutSeconds: Math.max(1, Math.min(maxWait, until, Math.ceil((renewAt - now) / 1000))),
  };
}

/**
 * The GrantContinue task (ADR 114): records the next execution's number and start, then starts
 * it (`<applicationId>-grant-<n>`, n = 2, 3, …, starting at GrantStep); the current execution then ends.
 * Nothing is carried in the execution: the answer, the reports and the reminders claimed are on
 * the table, and the new execution's AwaitGrant stores its own token. Retried, it starts the same
 * execution (same name and input) and records nothing twice.
 */
export async function continueGrant(input: WorkflowInput & { continuation: number }) {
  const n = Number(input.continuation) + 1;
  const name = `${input.applicationId}-grant-${n}`;
  await recordGrantExecution(input.applicationId, { n, name, startedAt: clock.now().toISOString() });
  const executionArn = await ensureExecutionStarted({ ...input, continuation: n }, name);
  await recordAudit(
    {
      roundId: input.roundId,
      at: clock.now().toISOString(),
      actor: { kind: 'workflow' },
      action: 'grant.continued',
      applicationId: input.applicationId,
      details: { execution: name },
    },
    `grant-continued-${n}-${input.applicationId}`,
  );
  return { executionArn, continuation: n };
}

/** The AwaitGrant callback task: keeps the token; resumes at once if the award moved meanwhile. */
export async function awaitGrant(input: { applicationId: string; taskToken: string; signature: string }) {
  if (!(await storeGrantToken(input.applicationId, input.taskToken))) {
    await resumeTask(input.taskToken, { changed: 'gone' });
    return { waiting: false };
  }
  // A reminder due is not a change: the wait GrantStep planned times out at it (at once, when
  // one was due already) and GrantReminders sends it. Resuming for it would bring GrantStep
  // back to the same plan — a loop that never reaches the reminders (ADR 113).
  const planned = plan(await load(input.applicationId), clock.nowMs());
  if (!planned.open || planned.signature !== input.signature) {
    await resumeTask(input.taskToken, { changed: 'meanwhile' });
    return { waiting: false };
  }
  return { waiting: true };
}

/**
 * The GrantReminders task, on the callback's timeout: the acceptance's lapse first (recorded,
 * then the secretariat told), then every reminder due, each claimed once per application; a
 * mail that fails gives its claim back and fails the task (retried; the execution's alarm).
 */
export async function sendGrantReminders(applicationId: string) {
  const now = clock.now();
  let grant = await load(applicationId);
  if (!grant || !isAnnouncedAward(grant.application)) return { sent: [] };
  const lapse = remindersAt(grant.reminders, grant.claims, now.getTime()).due.find(
    (reminder) => reminder.kind === 'acceptance-lapsed',
  );
  if (lapse && !grant.application.grant) {
    const lapsed = { status: 'LAPSED' as const, at: now.toISOString(), by: { role: 'workflow' as const } };
    if (await recordGrantAnswer(applicationId, lapsed)) {
      await recordAudit(
        {
          roundId: grant.round.id,
          at: lapsed.at,
          actor: { kind: 'workflow' },
          action: 'grant.lapsed',
          applicationId,
          details: { acceptBy: grant.dates.acceptBy },
        },
        `grant-lapsed-${applicationId}`,
      );
    }
    grant = (await load(applicationId))!;
  }
  const sent: string[] = [];
  for (const reminder of remindersAt(grant.reminders, grant.claims, now.getTime()).due) {
    const claim = reminderClaim(reminder);
    if (!(await claimGrantReminder(applicationId, claim, now.toISOString()))) continue;
    try {
      await send(grant, reminder);
    } catch (error) {
      await releaseGrantReminder(applicationId, claim);
      throw error;
    }
    await recordAudit(
      {
        roundId: grant.round.id,
        at: now.toISOString(),
        actor: { kind: 'workflow' },
        action: reminder.kind === 'acceptance-lapsed' ? 'grant.lapsed.told' : 'reminder.sent',
        applicationId,
        details: {
          kind: reminder.kind,
          ...('schoolYear' in reminder ? { schoolYear: reminder.schoolYear } : {}),
        },
      },
      `${claim}-${applicationId}`,
    );
    sent.push(claim);
  }
  return { sent };
}

async function send(grant: WithReminders, reminder: GrantReminder) {
  const { application, round, dates } = grant;
  const title = application.draft.title ?? '';
  const link = grantLink(application.applicationId);
  const locale = (application.locale as Locale) ?? 'nb';
  const owner = { from: round.mail.from, replyTo: round.mail.replyTo, to: application.ownerEmail.trim() };
  switch (reminder.kind) {
    case 'acceptance-before':
      return sendMail({
        ...owner,
        ...acceptanceReminderMail({ locale, round, title, deadline: dates.acceptBy, link }),
        about: { mail: 'acceptance-reminder', round: round.id, application: application.applicationId },
      });
    case 'acceptance-lapsed':
      return sendMail({
        from: round.mail.from,
        to: round.grant.secretariat,
        ...grantLapsedMail({
          round,
          title,
          receiptNumber: application.receipt?.number ?? application.applicationId,
          deadline: dates.acceptBy,
          total: application.finalDecision?.awarded ? application.finalDecision.total : 0,
          link: staffReportsLink(round.id),
        }),
        about: { mail: 'secretariat-notice', round: round.id, application: application.applicationId },
      });
    case 'report-before':
    case 'report-after':
      return sendMail({
        ...owner,
        ...reportReminderMail({
          locale,
          round,
          title,
          schoolYear: reminder.schoolYear,
          deadline: dates.reportsDue[reminder.schoolYear]!,
          when: reminder.kind === 'report-before' ? 'before' : 'after',
          link,
        }),
        about: { mail: 'report-reminder', round: round.id, application: application.applicationId },
      });
  }
}
