/**
 * `tsx bench/web.ts` — the web app's weight and speed, measured in Debian's headless Chromium
 * against the local stack serving a production build:
 *   - JavaScript each page loads, raw and gzip (what CloudFront sends compressed), target for
 *     the first page ≤ 150 KiB gzip;
 *   - time to interactive: from navigation start until the page's heading is rendered and the
 *     main thread has its first idle period (requestIdleCallback), median of RUNS cold loads;
 *     first contentful paint beside it.
 * Prints Markdown for docs/benchmarks.md.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { startLocalStack } from '../local/stack.ts';
import { launchBrowser } from '../test/e2e/support/browser.ts';

const RUNS = 5;
const TARGET_KIB = 150;

const say = (line = '') => console.log(line);
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

const webDir = await mkdtemp(join(tmpdir(), 'portal-web-bench-'));
const dataDir = await mkdtemp(join(tmpdir(), 'portal-web-bench-data-'));
process.env.NODE_ENV = 'production';
await build({
  configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)),
  mode: 'production',
  logLevel: 'warn',
  build: { outDir: webDir, emptyOutDir: true },
});
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
  jsGzip: number;
  files: number;
  fcp: number;
  tti: number;
}

async function load(path: string, init?: string): Promise<Load> {
  const context = await browser.newContext({ locale: 'nb-NO' }); // a fresh cache every time
  if (init) await context.addInitScript((sessions) => localStorage.setItem('ik.sessions', sessions), init);
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.add(new URL(response.url()).pathname);
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
  let jsRaw = 0;
  let jsGzip = 0;
  for (const script of scripts) {
    const bytes = readFileSync(join(webDir, script));
    jsRaw += bytes.length;
    jsGzip += gzipSync(bytes, { level: 9 }).length;
  }
  await context.close();
  return { jsRaw, jsGzip, files: scripts.size, ...timing };
}

try {
  const application = await applicationPath();
  const pages: [string, string, string?][] = [
    ['About the scheme (first page)', '/'],
    ['Start (e-mail + municipality)', '/start'],
    ['Application form, first step', application.path, application.session],
  ];
  say(`## Web app (headless Chromium ${browser.version()}, local stack, production build)`);
  say();
  say(
    `JavaScript each page loads (gzip as CloudFront compresses it; target for the first page ≤ ${TARGET_KIB} KiB) and`,
  );
  say(`time to interactive (heading rendered + first idle period), median of ${RUNS} cold loads.`);
  say();
  say('| page | JS files | JS KiB | JS gzip KiB | first contentful paint ms | time to interactive ms |');
  say('|---|---:|---:|---:|---:|---:|');
  for (const [name, path, init] of pages) {
    const loads: Load[] = [];
    for (let run = 0; run < RUNS; run++) loads.push(await load(path, init));
    const first = loads[0]!;
    say(
      `| ${name} | ${first.files} | ${kib(first.jsRaw)} | ${kib(first.jsGzip)} | ${median(loads.map((l) => l.fcp)).toFixed(0)} | ${median(loads.map((l) => l.tti)).toFixed(0)} |`,
    );
    if (path === '/' && first.jsGzip / 1024 > TARGET_KIB) {
      say();
      say(
        `**The first page ships ${kib(first.jsGzip)} KiB gzip of JavaScript: over the ${TARGET_KIB} KiB target.**`,
      );
    }
  }
  say();
} finally {
  await browser.close();
  await stack.stop();
  await rm(webDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
