/**
 * `tsx bench/web.ts` (the second half of `npm run bench`) — the web app's weight and speed, in
 * Debian's headless Chromium against the local stack serving a production build the way
 * CloudFront serves it (compressed, ADR 076):
 *   - the JavaScript each page loads: raw, as sent (gzip: browsers ask for Brotli only over
 *     HTTPS) and in Brotli (what CloudFront sends over HTTPS); target for the first page
 *     ≤ 100 KiB gzip; the first page's JavaScript by package and folder (the build's module
 *     sizes, before minification, as shares);
 *   - first contentful paint and time to interactive (heading rendered and the main thread's
 *     first idle period), median of RUNS cold loads;
 *   - Lighthouse (mobile) performance and accessibility of the About and Start pages, median of
 *     LIGHTHOUSE_RUNS by performance (targets ≥ 90 and 100), with its metrics, the accessibility
 *     audits that fail, and the unused JavaScript it finds.
 * Prints Markdown for docs/benchmarks.md.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { startLocalStack } from '../local/stack.ts';
import { launchBrowser } from '../test/e2e/support/browser.ts';
import { LighthouseBrowser, type LighthouseRun } from './lighthouse.ts';
import { kib, machineNote, median, say, TARGETS, versus } from './report.ts';

const RUNS = 5;
const LIGHTHOUSE_RUNS = 3;

const webDir = await mkdtemp(join(tmpdir(), 'portal-web-bench-'));
const dataDir = await mkdtemp(join(tmpdir(), 'portal-web-bench-data-'));
process.env.NODE_ENV = 'production';
const output = (await build({
  configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)),
  mode: 'production',
  logLevel: 'warn',
  build: { outDir: webDir, emptyOutDir: true },
})) as Rollup.RollupOutput;
const stack = await startLocalStack({
  dataDir,
  webDir,
  ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, sfn: 0, web: 0 },
  log: () => {},
});
const browser = await launchBrowser();

/** A signed-in applicant's first form step: the form's chunk, zod and the municipality lists. */
async function applicationPath(): Promise<{ path: string; session: string }> {
  const email = 'bench@kulturskole.example.no';
  const post = (path: string, body: unknown) =>
    fetch(stack.urls.api + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  await post('/applications', { email, roundId: 'demo', leadMunicipality: '0301' });
  await stack.idle();
  const { emails } = (await (await fetch(`${stack.urls.ses}/store`)).json()) as {
    emails: { body: { text: string } }[];
  };
  const token = decodeURIComponent(/sign-in#token=([^\s"<&]+)/.exec(emails.at(-1)!.body.text)![1]!);
  const session = (await (await post('/sessions', { token })).json()) as { applicationId: string };
  return {
    path: `/application/${session.applicationId}/project`,
    session: JSON.stringify({ [session.applicationId]: session }),
  };
}

interface Load {
  jsRaw: number;
  /** Bytes on the wire, as the local server sent them (gzip). */
  jsSent: number;
  jsBrotli: number;
  scripts: string[];
  fcp: number;
  tti: number;
}

async function load(path: string, init?: string): Promise<Load> {
  const context = await browser.newContext({ locale: 'nb-NO' }); // a fresh cache every time
  if (init) await context.addInitScript((sessions) => localStorage.setItem('ik.sessions', sessions), init);
  const page = await context.newPage();
  const responses: Promise<{ path: string; sent: number } | undefined>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    responses.push(
      response
        .finished()
        .then(() => response.request().sizes())
        .then((sizes) => ({ path: new URL(response.url()).pathname, sent: sizes.responseBodySize }))
        // A script asked for after the network went idle (a loaded machine) is not counted, and
        // its answer cut off by closing the page is no failure of the run.
        .catch(() => undefined),
    );
  });
  await page.goto(stack.urls.web! + path);
  const timing = (await page.evaluate(`new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector('main h1, main h2')) return setTimeout(check, 5);
      requestIdleCallback(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        resolve({ tti: performance.now(), fcp: fcp ? fcp.startTime : NaN });
      }, { timeout: 10000 });
    };
    check();
  })`)) as { tti: number; fcp: number };
  await page.waitForLoadState('networkidle');
  const scripts = (await Promise.all(responses)).filter((script) => script !== undefined);
  let jsRaw = 0;
  let jsSent = 0;
  let jsBrotli = 0;
  for (const script of scripts) {
    const bytes = readFileSync(join(webDir, script.path));
    jsRaw += bytes.length;
    jsSent += script.sent;
    jsBrotli += brotliCompressSync(bytes).length;
  }
  await context.close();
  return { jsRaw, jsSent, jsBrotli, scripts: scripts.map((s) => s.path), ...timing };
}

/** The first page's JavaScript by package or folder: module sizes in the build, as shares. */
function composition(scripts: string[]) {
  const names = new Set(scripts.map((path) => basename(path)));
  const parts = new Map<string, number>();
  let total = 0;
  for (const chunk of output.output) {
    if (chunk.type !== 'chunk' || !names.has(basename(chunk.fileName))) continue;
    for (const [id, { renderedLength }] of Object.entries(chunk.modules)) {
      const key = groupOf(id);
      parts.set(key, (parts.get(key) ?? 0) + renderedLength);
      total += renderedLength;
    }
  }
  return [...parts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, bytes]) => ({ name, share: bytes / total }));
}

function groupOf(id: string): string {
  const clean = id.replace(/\?.*$/, '').replace(/^\0/, '');
  const at = clean.lastIndexOf('node_modules/');
  if (at >= 0) {
    const [first, second] = clean.slice(at + 'node_modules/'.length).split('/');
    return first!.startsWith('@') ? `${first}/${second}` : first!;
  }
  const repo = fileURLToPath(new URL('../', import.meta.url));
  const relative = clean.startsWith(repo) ? clean.slice(repo.length) : clean;
  const segments = relative.split('/');
  return segments.length > 3 ? segments.slice(0, 3).join('/') : relative;
}

/** The run of median performance among LIGHTHOUSE_RUNS. */
async function lighthouseOf(
  lh: LighthouseBrowser,
  path: string,
): Promise<{ run: LighthouseRun; scores: number[] }> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lh.audit(stack.urls.web! + path));
  const sorted = runs.toSorted((a, b) => a.performance - b.performance);
  return { run: sorted[Math.floor(sorted.length / 2)]!, scores: runs.map((r) => r.performance) };
}

const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

try {
  say(`## Web app — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  say();
  say(
    `Machine: ${await machineNote()}. Headless Chromium ${browser.version()}, production build, the local static server (compressed as CloudFront, ADR 076).`,
  );
  say();
  const application = await applicationPath();
  const pages: [string, string, string?][] = [
    ['About the scheme (first page)', '/'],
    ['Start (e-mail + municipality)', '/start'],
    ['Application form, first step', application.path, application.session],
  ];
  say(
    `JavaScript each page loads — raw, as sent (gzip) and in Brotli (what CloudFront sends over HTTPS); target for the first page ≤ ${TARGETS.firstPageGzipKiB} KiB gzip — ` +
      `and first contentful paint and time to interactive (heading rendered + first idle period), median of ${RUNS} cold loads, no throttling.`,
  );
  say();
  say(
    `| page | JS files | JS KiB | JS gzip KiB (first page: target ≤ ${TARGETS.firstPageGzipKiB}) | JS Brotli KiB | first contentful paint ms | time to interactive ms |`,
  );
  say('|---|---:|---:|---:|---:|---:|---:|');
  let firstPageScripts: string[] = [];
  for (const [name, path, init] of pages) {
    const loads: Load[] = [];
    for (let run = 0; run < RUNS; run++) loads.push(await load(path, init));
    const first = loads[0]!;
    if (path === '/') firstPageScripts = first.scripts;
    const sent = kib(first.jsSent);
    say(
      `| ${name} | ${first.scripts.length} | ${kib(first.jsRaw)} | ${path === '/' ? versus(sent, first.jsSent / 1024, TARGETS.firstPageGzipKiB) : sent} | ${kib(first.jsBrotli)} | ${median(loads.map((l) => l.fcp)).toFixed(0)} | ${median(loads.map((l) => l.tti)).toFixed(0)} |`,
    );
  }
  say();
  say(
    `The first page's JavaScript (${firstPageScripts.map((s) => basename(s)).join(', ')}) by package or folder, share of the modules' size in the build: ` +
      composition(firstPageScripts)
        .slice(0, 12)
        .map(({ name, share }) => `${name} ${(share * 100).toFixed(0)} %`)
        .join(' · ') +
      '.',
  );
  say();

  const lh = await LighthouseBrowser.launch();
  try {
    say(
      `### Lighthouse (mobile), median of ${LIGHTHOUSE_RUNS} runs by performance — targets: performance ≥ ${TARGETS.lighthousePerformance}, accessibility ${TARGETS.lighthouseAccessibility}`,
    );
    say();
    say(
      '| page | performance | accessibility | LCP | FCP | speed index | TBT ms | CLS | unused JS KiB | runs (performance) | benchmark index | main-thread CPU ms (trace) | blocking at 4× ms (trace CPU) | longest task at 4× ms |',
    );
    say('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|');
    const details: string[] = [];
    for (const [name, path] of [
      ['About (`/`)', '/'],
      ['Start (`/start`)', '/start'],
    ] as const) {
      const { run, scores } = await lighthouseOf(lh, path);
      const unused = run.audits['unused-javascript'];
      say(
        `| ${name} | ${versus(String(run.performance), run.performance, TARGETS.lighthousePerformance, '≥')} | ${versus(String(run.accessibility), run.accessibility, TARGETS.lighthouseAccessibility, '≥')} | ${seconds(run.metrics.lcp)} | ${seconds(run.metrics.fcp)} | ${seconds(run.metrics.si)} | ${run.metrics.tbt.toFixed(0)} | ${run.metrics.cls.toFixed(3)} | ${kib(unused?.details?.overallSavingsBytes ?? 0)} | ${scores.join(', ')} | ${run.benchmarkIndex.toFixed(0)} | ${run.mainThread.cpuMs.toFixed(0)} | ${run.mainThread.blockingMs.toFixed(0)} | ${run.mainThread.longestMs.toFixed(0)} |`,
      );
      details.push(
        `- ${name}: unused JavaScript — ${
          (unused?.details?.items ?? [])
            .map(
              (item) =>
                `${basename(item.url ?? '?')} ${kib(item.wastedBytes ?? 0)} of ${kib(item.totalBytes ?? 0)} KiB`,
            )
            .join('; ') || 'none'
        }.` +
          ` Accessibility audits failing: ${
            run.accessibilityFailures
              .map((audit) => `${audit.title} (${audit.details?.items?.length ?? 0})`)
              .join('; ') || 'none'
          }.` +
          ` Lighthouse's longest tasks as it simulates them (4× CPU; what its TBT sums beyond 50 ms each): ${
            (run.audits['long-tasks']?.details?.items ?? [])
              .slice(0, 6)
              .map(
                (task) =>
                  `${basename(task.url ?? '?')} at ${(task.startTime ?? 0).toFixed(0)} ms, ${(task.duration ?? 0).toFixed(0)} ms`,
              )
              .join('; ') || 'none'
          }.` +
          ` Lighthouse's other findings: ${
            run.performanceFindings.map((audit) => `${audit.title} (${audit.displayValue})`).join('; ') ||
            'none'
          }.`,
      );
    }
    say();
    for (const line of details) say(line);
    say();
    say(
      'Lighthouse transfer sizes: gzip as the local server sends it over HTTP (CloudFront sends Brotli over HTTPS, a little smaller); the unused JavaScript is in those transferred bytes. ' +
        'Mobile emulation with simulated throttling (slow 4G, 4× CPU): on a loaded 2-core machine the benchmark index falls and the scores with it. ' +
        "The last three columns come from the trace Lighthouse observed, in thread CPU time (what the page's main thread ran, which load changes far less): all its tasks' CPU, and after the first contentful paint the blocking time and longest task the 4× slowdown would make of them.",
    );
    say();
  } finally {
    await lh.close();
  }
} finally {
  await browser.close();
  await stack.stop();
  await rm(webDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
