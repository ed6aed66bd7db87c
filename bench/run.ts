/**
 * `npm run bench` — the backend's figures, printed as Markdown beside the targets of issue 8
 * (figures we track, never asserted in tests; paste a run into docs/benchmarks.md):
 *   1. every function's bundle: size, what it is made of, cold init against the floor;
 *      the AWS SDK bundled or the runtime's (bench/bundles.ts);
 *   2. draft update and submit against their own raw DynamoDB calls, 20 concurrent clients
 *      (bench/latency.ts);
 *   3. a deadline rush: 500 applications submitted by 50 clients in the application period's
 *      last minute, and whether every one got exactly one receipt, execution and mail
 *      (bench/rush.ts).
 * `npm run bench:backend -- bundles rush` runs only those parts; `npm run bench:backend -- sizes`
 * the bundles' sizes and composition alone (no timing: exact at any load); with
 * `BENCH_FUNCTIONS=UpdateDraft,ListRounds` the bundle parts take only those functions.
 * `npm run bench:web` the web app's figures (bench/web.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ENV } from '../shared/config/env.ts';
import { bundles, sizes } from './bundles.ts';
import { latency } from './latency.ts';
import { machineNote, say } from './report.ts';
import { rush } from './rush.ts';

const PARTS = { bundles, sizes, latency, rush } as const;
type Part = keyof typeof PARTS;

const asked = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = asked.filter((arg) => !(arg in PARTS));
if (unknown.length) {
  console.error(`bench: unknown part ${unknown.join(', ')} (parts: ${Object.keys(PARTS).join(', ')})`);
  process.exit(2);
}
// `sizes` is `bundles` without the timings: the default run has the timed part only.
const parts = (asked.length ? asked : ['bundles', 'latency', 'rush']) as Part[];

if (process.env.BENCH_PART) {
  // A child of the run below: one part, no header.
  await PARTS[process.env.BENCH_PART as Part]();
} else {
  say(
    `# Benchmarks — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node.js ${process.version}, ${cpus()[0]?.model ?? 'cpu'}`,
  );
  say();
  say(`Machine: ${await machineNote()}.`);
  say();
  // Each part in a fresh process: the handlers create their AWS clients when first loaded, against
  // the stack of that moment, so two stacks (on other ports) cannot share one process; and no part
  // inherits another's heap.
  for (const part of parts) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      // Every applicant of the bench calls from one address: the per-IP abuse limit (ADR 085) is
      // raised as a load test's deployment would raise it; the per-mailbox limit still holds.
      env: { ...process.env, BENCH_PART: part, [ENV.ipRequestsPerHour]: String(1_000_000) },
    });
    if (child.status !== 0) {
      console.error(`bench: ${part} failed (exit ${child.status ?? child.signal})`);
      process.exit(1);
    }
  }
}
