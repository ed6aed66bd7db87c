import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeExecutionCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENV } from '../../shared/config/env.ts';
import { demoRound } from '../../shared/domain/rounds/index.ts';
import { LOCAL_AWS, stateMachineArn } from '../../local/aws.ts';
import { repoRoot } from '../../local/lambda.ts';
import { DEFAULT_PORTS, type ServiceName } from '../../local/stack.ts';
import { apiClient, readMailbox, type Api } from '../support/stack.ts';
import { prepareApplication, type ReadyApplication } from '../support/submissions.ts';

/**
 * Finding 11 of issue 7: a crash mid-submit must strand no application outside the workflow.
 *
 * `npm start`'s own entry (local/start.ts, through the project's tsx) runs as a child process on
 * a temporary data folder and free ports. 150 complete applications are submitted by 50
 * concurrent clients; after the 40th answer the process is SIGKILLed — no clean stop, no
 * writes finished, answers in flight lost — and started again on the same data. Nobody retries
 * anything. Then every application the table holds as SUBMITTED must get its execution and
 * its receipt mail, one per recipient, on its own. The only duplicate allowed is the
 * at-least-once window the receipt documents (docs/reliability.md): a copy SES accepted just
 * before the kill whose mark had not been written — the first copy then predates the kill.
 */
const APPLICATIONS = 150;
const CLIENTS = 50;
const KILL_AFTER_ANSWERS = 40;

/** The demo round as the child's stack has it: opened an hour ago (written to its local.json). */
const demoRoundOpens = new Date(Date.now() - 3_600_000).toISOString();
const round = demoRound(new Date(demoRoundOpens));
let dataDir: string;
let child: ChildProcess | undefined;
let ports: Record<ServiceName, number>;
let api: Api;
let sesUrl: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'portal-kill-'));
  // The stack keeps the demo round's opening in local.json: its period is open.
  await writeFile(join(dataDir, 'local.json'), JSON.stringify({ demoRoundOpens }));
  ports = Object.fromEntries(
    await Promise.all(
      (Object.keys(DEFAULT_PORTS) as ServiceName[]).map(async (name) => [name, await freePort()]),
    ),
  ) as Record<ServiceName, number>;
  api = apiClient(() => `http://localhost:${ports.api}`);
  sesUrl = `http://127.0.0.1:${ports.ses}`;
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('a crash mid-submit', () => {
  it(
    'leaves no submitted application without its execution and its receipt mail',
    { timeout: 600_000 },
    async () => {
      // Prepare: the portal as `npm start` runs it, and 150 complete applications with their letters
      child = await startPortal();
      const applicants: Applicant[] = [];
      for (let next = 0; next < APPLICATIONS; next += 10) {
        applicants.push(
          ...(await Promise.all(
            Array.from({ length: Math.min(10, APPLICATIONS - next) }, () =>
              prepareApplication(api, () => readMailbox(sesUrl), round, 'kill'),
            ),
          )),
        );
      }

      // Act: the rush, killed after the 40th answer; then the portal starts again on the same data
      let answers = 0;
      const killed = Promise.withResolvers<void>();
      const running = child;
      running.once('exit', () => killed.resolve());
      const queue = [...applicants];
      const client = async () => {
        for (let applicant = queue.shift(); applicant; applicant = queue.shift()) {
          await api('POST', `/applications/${applicant.applicationId}/submit`, {
            token: applicant.token,
          }).catch(
            () => undefined, // the connection died with the process: the applicant sees a network error
          );
          if (++answers === KILL_AFTER_ANSWERS) running.kill('SIGKILL');
        }
      };
      await Promise.all([...Array.from({ length: CLIENTS }, client), killed.promise]);
      const mailedBeforeKill = await journalLength();
      executionsAtKill = new Set(
        (
          JSON.parse(await readFile(join(dataDir, 'stepfunctions.json'), 'utf8').catch(() => '[]')) as {
            name: string;
          }[]
        ).map((execution) => execution.name),
      );
      child = await startPortal();

      // Assess: every SUBMITTED application gets its execution and one receipt per recipient
      const sfn = new SFNClient({
        endpoint: `http://127.0.0.1:${ports.sfn}`,
        region: LOCAL_AWS.region,
        credentials: { accessKeyId: LOCAL_AWS.accessKeyId, secretAccessKey: LOCAL_AWS.secretAccessKey },
      });
      let report: Report | undefined;
      await vi.waitFor(
        async () => {
          report = await inspect(applicants, sfn, mailedBeforeKill);
          expect(report.withoutExecution, 'SUBMITTED without an execution').toEqual([]);
          expect(report.withoutReceipt, 'SUBMITTED without a receipt to every recipient').toEqual([]);
        },
        { timeout: 180_000, interval: 500 },
      );
      sfn.destroy();
      console.log(
        `kill test: ${report!.submitted} of ${APPLICATIONS} submitted, ${report!.strandedAtRestart} without an ` +
          `execution at the restart, ${report!.duplicates.length} duplicate receipt(s) across the kill`,
      );
      expect(report!.submitted).toBeGreaterThan(0);
      expect(report!.unexplainedDuplicates, 'a receipt sent twice outside the kill window').toEqual([]);
    },
  );
});

type Applicant = ReadyApplication;

interface Report {
  submitted: number;
  strandedAtRestart: number;
  withoutExecution: string[];
  withoutReceipt: string[];
  duplicates: string[];
  unexplainedDuplicates: string[];
}

/** The executions that existed when the process died (its persisted Step Functions state). */
let executionsAtKill = new Set<string>();

/** What the table, the executions and the mailbox say now. */
async function inspect(applicants: Applicant[], sfn: SFNClient, mailedBeforeKill: number): Promise<Report> {
  const mails = await readMailbox(sesUrl);
  const report: Report = {
    submitted: 0,
    strandedAtRestart: 0,
    withoutExecution: [],
    withoutReceipt: [],
    duplicates: [],
    unexplainedDuplicates: [],
  };
  for (const applicant of applicants) {
    const view = await api('GET', `/applications/${applicant.applicationId}`, { token: applicant.token });
    if (view.body?.status !== 'SUBMITTED') continue;
    report.submitted++;
    const execution = await sfn
      .send(
        new DescribeExecutionCommand({
          executionArn: `${stateMachineArn.replace(':stateMachine:', ':execution:')}:${applicant.applicationId}`,
        }),
      )
      .catch(() => undefined);
    if (!execution) report.withoutExecution.push(applicant.applicationId);
    if (!executionsAtKill.has(applicant.applicationId)) report.strandedAtRestart++;
    const receiptNumber = view.body.receipt.number as string;
    for (const to of [applicant.email, applicant.contactEmail]) {
      const copies = mails
        .map((mail, index) => ({ mail, index }))
        .filter(({ mail }) => mail.subject.includes(receiptNumber) && mail.to.includes(to));
      if (copies.length === 0) report.withoutReceipt.push(`${applicant.applicationId} → ${to}`);
      if (copies.length > 1) {
        report.duplicates.push(`${applicant.applicationId} → ${to}`);
        // At-least-once: a copy accepted just before the kill, its mark lost with the process.
        if (copies.length > 2 || copies[0]!.index >= mailedBeforeKill)
          report.unexplainedDuplicates.push(`${applicant.applicationId} → ${to} (${copies.length} copies)`);
      }
    }
  }
  return report;
}

/** Starts `local/start.ts` as `npm start` does (the project's tsx), on the test's ports and data. */
async function startPortal(): Promise<ChildProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOCAL_DATA_DIR: dataDir,
    POWERTOOLS_LOG_LEVEL: 'ERROR',
    // 150 applicants from one address within the hour: above the per-IP limit (ADR 085).
    [ENV.ipRequestsPerHour]: '1000',
  };
  for (const [name, port] of Object.entries(ports)) env[`PORT_${name.toUpperCase()}`] = String(port);
  delete env.WEB_BASE_URL;
  const started = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'local', 'start.ts')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = Promise.withResolvers<void>();
  const read = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes('Press Ctrl-C to stop.')) ready.resolve();
  };
  started.stdout!.on('data', read);
  started.stderr!.on('data', read);
  const onExit = (code: number | null) =>
    ready.reject(new Error(`local/start.ts exited (${code}):\n${output}`));
  started.once('exit', onExit);
  await ready.promise;
  started.off('exit', onExit);
  return started;
}

/** How many messages SES had accepted when the process died (lines of its journal). */
async function journalLength(): Promise<number> {
  const text = await readFile(join(dataDir, 'mailbox.jsonl'), 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line.trim()).length;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
