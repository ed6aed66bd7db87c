/**
 * The deadline rush (issue 8): RUSH_APPLICATIONS complete applications submitted by
 * RUSH_CLIENTS concurrent clients in the last minute of the application period, against the
 * local stack. The period's end is moved to one minute after the rush begins, as an
 * administrator moves it (`npm run admin -- stages move`), so the deadline is real: a
 * submission that arrives after it is refused (409), as it would be in AWS.
 *
 * Reported: throughput, p50/p99 of the submit requests, what they answered, how long until
 * the last receipt mail, and **lost**: every application must end either submitted — exactly
 * one receipt number of its own, one execution (named by its id, with that number) and one
 * receipt mail to each recipient (the applicant and the contact person) — or, refused, still
 * a draft with no execution and no mail. Anything else is lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HandlerOverrides } from '../local/lambda.ts';
import { startLocalStack, type LocalStack } from '../local/stack.ts';
import { findRound } from '../shared/domain/rounds/index.ts';
import { moveDates } from '../shared/review/admin.ts';
import { readMailbox } from '../test/support/stack.ts';
import { caller, completeApplications, demoSchoolYear, signIn, type Applicant } from './applicants.ts';
import { ms, say, stats, TARGETS, until, versus } from './report.ts';

const RUSH_APPLICATIONS = 500;
const RUSH_CLIENTS = 50;
/** How long the period stays open once the rush begins. */
const LAST_MINUTE_MS = 60_000;
/** The longest the bench waits for the last receipt mail after the rush. */
const FOLLOW_UP_TIMEOUT_MS = 10 * 60_000;
/** Requests at a time while preparing the applications (not timed). */
const PREPARE_CONCURRENCY = 10;

export interface RushOptions {
  applications?: number;
  clients?: number;
  followUpTimeoutMs?: number;
  /** Handlers replacing entry modules — only to check that the bench sees what it must (a lost mail). */
  handlers?: HandlerOverrides;
}

export async function rush(options: RushOptions = {}): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ik-bench-rush-'));
  const stack = await startLocalStack({
    dataDir,
    ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, sfn: 0 },
    handlers: options.handlers,
    log: () => {},
  });
  try {
    await run(stack, {
      applications: options.applications ?? RUSH_APPLICATIONS,
      clients: options.clients ?? RUSH_CLIENTS,
      followUpTimeoutMs: options.followUpTimeoutMs ?? FOLLOW_UP_TIMEOUT_MS,
    });
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Outcome {
  applicant: Applicant;
  status: number | 'network error';
  ms: number;
  receipt?: string;
  code?: string;
}

async function run(
  stack: LocalStack,
  { applications: count, clients, followUpTimeoutMs }: Required<Omit<RushOptions, 'handlers'>>,
) {
  const call = caller(stack);
  const schoolYear = await demoSchoolYear(call);
  const preparing = performance.now();
  const applicants = await signIn(stack, call, count, {
    label: 'rush',
    concurrency: PREPARE_CONCURRENCY,
  });
  await completeApplications(stack, call, applicants, schoolYear, PREPARE_CONCURRENCY);
  await stack.idle();
  const preparedSeconds = (performance.now() - preparing) / 1000;
  const mailsBefore = (await readMailbox(stack.urls.ses)).length;

  // The last minute: the period now ends one minute from here.
  const round = findRound('demo');
  if (!round) throw new Error('bench: no demo round');
  const closes = new Date(Date.now() + LAST_MINUTE_MS);
  await moveDates(round, { applicationCloses: closes.toISOString() }, { kind: 'admin', id: 'bench' });

  const outcomes: Outcome[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < applicants.length) {
        const applicant = applicants[next++]!;
        const t = performance.now();
        try {
          const res = await call('POST', `/applications/${applicant.applicationId}/submit`, {
            token: applicant.token,
          });
          outcomes.push({
            applicant,
            status: res.status,
            ms: performance.now() - t,
            receipt: res.body?.receipt?.number,
            code: res.body?.code,
          });
        } catch {
          outcomes.push({ applicant, status: 'network error', ms: performance.now() - t });
        }
      }
    }),
  );
  const rushSeconds = (performance.now() - started) / 1000;
  const accepted = outcomes.filter((outcome) => outcome.status === 200);

  // The follow-up: every submitted application's execution and receipt mails.
  const followUpStarted = performance.now();
  const receiptMailsOf = async () => {
    const mails = (await readMailbox(stack.urls.ses)).slice(mailsBefore);
    const counts = new Map<string, number>();
    for (const mail of mails) {
      const number = /IK-[A-Z0-9-]+-[0-9A-Z]{8}/.exec(mail.subject)?.[0];
      if (!number) continue;
      for (const to of mail.to) counts.set(`${to} ${number}`, (counts.get(`${to} ${number}`) ?? 0) + 1);
    }
    return counts;
  };
  let followUpComplete = true;
  await until(
    'every receipt mail',
    async () => {
      const counts = await receiptMailsOf();
      return accepted.every(
        (o) =>
          counts.has(`${o.applicant.email} ${o.receipt}`) &&
          counts.has(`${o.applicant.contactEmail} ${o.receipt}`),
      )
        ? true
        : undefined;
    },
    followUpTimeoutMs,
  ).catch(() => {
    followUpComplete = false;
  });
  const followUpSeconds = (performance.now() - followUpStarted) / 1000;
  await stack.idle();

  // Every application, one by one: submitted with exactly one of each, or refused and untouched.
  const mails = await receiptMailsOf();
  const executions = stack.workflow.list();
  const receiptCount = new Map<string, number>();
  for (const o of accepted) receiptCount.set(o.receipt!, (receiptCount.get(o.receipt!) ?? 0) + 1);
  const lost: { applicationId: string; why: string }[] = [];
  for (const outcome of outcomes) {
    const { applicant } = outcome;
    const stored = await call('GET', `/applications/${applicant.applicationId}`, { token: applicant.token });
    const own = executions.filter((execution) => execution.name === applicant.applicationId);
    const number = stored.body?.receipt?.number as string | undefined;
    const why: string[] = [];
    if (stored.body?.status === 'DRAFT') {
      if (outcome.status === 200) why.push('answered 200 but still a draft');
      if (own.length) why.push(`a draft with ${own.length} execution(s)`);
    } else if (!number) {
      why.push(`status ${stored.body?.status} without a receipt`);
    } else {
      if (outcome.status === 200 && outcome.receipt !== number) why.push('receipt number changed');
      if ((receiptCount.get(number) ?? 0) > 1) why.push('receipt number shared');
      if (own.length !== 1) why.push(`${own.length} executions`);
      else if (JSON.parse(own[0]!.input).receiptNumber !== number) why.push("execution's receipt differs");
      for (const to of [applicant.email, applicant.contactEmail]) {
        const count = mails.get(`${to} ${number}`) ?? 0;
        if (count !== 1) why.push(`${count} receipt mails to ${to.split('@')[0]}`);
      }
    }
    if (why.length) lost.push({ applicationId: applicant.applicationId, why: why.join('; ') });
  }

  const answered = new Map<string, number>();
  for (const o of outcomes) {
    const key = o.status === 200 ? '200' : `${o.status}${o.code ? ` ${o.code}` : ''}`;
    answered.set(key, (answered.get(key) ?? 0) + 1);
  }
  const acceptedStats = stats(
    accepted.map((o) => o.ms),
    rushSeconds,
  );
  const allStats = stats(
    outcomes.map((o) => o.ms),
    rushSeconds,
  );

  say(`## Deadline rush: ${count} applications, ${clients} concurrent clients, the last minute`);
  say();
  say(
    `${count} complete applications (draft and a verified letter of intent each) prepared through the API in ${preparedSeconds.toFixed(0)} s; ` +
      `then the period's end moved to one minute ahead and every application submitted by ${clients} clients at once, each client submitting the next one as soon as its last answered.`,
  );
  say();
  say('| figure | value |');
  say('|---|---:|');
  say(`| submissions accepted (200) | ${accepted.length} of ${outcomes.length} |`);
  say(`| answers | ${[...answered.entries()].map(([key, count]) => `${key}: ${count}`).join(', ')} |`);
  say(
    `| the rush took | ${rushSeconds.toFixed(1)} s (the period closed ${LAST_MINUTE_MS / 1000} s after it began) |`,
  );
  say(`| throughput, accepted submissions | ${(accepted.length / rushSeconds).toFixed(1)} per second |`);
  say(
    `| latency of accepted submissions, p50 / p99 | ${ms(acceptedStats.p50)} / ${ms(acceptedStats.p99)} ms |`,
  );
  say(`| latency of all answers, p50 / p99 | ${ms(allStats.p50)} / ${ms(allStats.p99)} ms |`);
  say(
    `| until the last receipt mail, after the rush | ${followUpComplete ? `${followUpSeconds.toFixed(1)} s` : `not within ${followUpTimeoutMs / 1000} s`} |`,
  );
  say(`| executions started | ${new Set(executions.map((e) => e.name)).size} |`);
  say(
    `| **lost** (target ${TARGETS.rushLost}) | **${versus(String(lost.length), lost.length, TARGETS.rushLost)}** |`,
  );
  say();
  for (const { applicationId, why } of lost.slice(0, 10)) say(`- lost: ${applicationId}: ${why}`);
  if (lost.length > 10) say(`- … and ${lost.length - 10} more`);
  if (lost.length) say();
}
