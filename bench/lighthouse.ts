/**
 * Lighthouse (mobile: its default emulated phone, simulated slow 4G and 4× CPU slowdown, a
 * browser in bokmål) on Debian's Chromium — never a downloaded browser. Chromium is started here with a DevTools
 * port; Lighthouse drives it through that port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { until } from './report.ts';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export interface Audit {
  title: string;
  score: number | null;
  displayValue?: string;
  numericValue?: number;
  details?: {
    overallSavingsBytes?: number;
    items?: {
      url?: string;
      totalBytes?: number;
      wastedBytes?: number;
      node?: { snippet?: string };
      /** The long-tasks audit: a task's start and duration, simulated (ms). */
      startTime?: number;
      duration?: number;
    }[];
  };
}

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  /** ms (LCP, FCP, speed index, TBT) or unitless (CLS). */
  metrics: { lcp: number; fcp: number; si: number; tbt: number; cls: number };
  /** Chromium's benchmark index on this machine during the run (Lighthouse's CPU yardstick). */
  benchmarkIndex: number;
  audits: Record<string, Audit>;
  /** Accessibility audits that failed. */
  accessibilityFailures: Audit[];
  /** Performance audits and insights scored under 0.9 that say by how much (Lighthouse's findings). */
  performanceFindings: Audit[];
  /** The page's main thread in Lighthouse's own trace, by thread CPU time (see `mainThreadOf`). */
  mainThread: MainThread;
}

/**
 * The renderer's main thread in the trace Lighthouse observed, in thread CPU time — the time the
 * thread ran, which a loaded machine changes far less than the wall-clock durations Lighthouse's
 * scores come from: the CPU of all its top-level tasks from navigation on, and of those after
 * the first contentful paint, the blocking time Lighthouse's 4× CPU slowdown would make of them
 * (each task's CPU × 4, less 50 ms) and the longest such task.
 */
export interface MainThread {
  cpuMs: number;
  blockingMs: number;
  longestMs: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const CPU_SLOWDOWN = 4;

export function mainThreadOf(events: readonly TraceEvent[], fcpTs: number): MainThread {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.ts === fcpTs);
  const thread = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === fcp?.pid,
  );
  const navigation = events.find((e) => e.name === 'navigationStart' && e.pid === thread?.pid);
  const tasks = events
    .filter(
      (e) =>
        e.pid === thread?.pid &&
        e.tid === thread.tid &&
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        e.tdur !== undefined &&
        e.ts >= (navigation?.ts ?? 0),
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let cpuMs = 0;
  let blockingMs = 0;
  let longestMs = 0;
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue; // nested in the task before
    end = task.ts + (task.dur ?? 0);
    const cpu = task.tdur! / 1000;
    cpuMs += cpu;
    if (task.ts < fcpTs) continue;
    blockingMs += Math.max(0, CPU_SLOWDOWN * cpu - 50);
    longestMs = Math.max(longestMs, CPU_SLOWDOWN * cpu);
  }
  return { cpuMs, blockingMs, longestMs };
}

export class LighthouseBrowser {
  readonly #process: ChildProcess;
  readonly #profile: string;
  readonly port: number;

  private constructor(process: ChildProcess, profile: string, port: number) {
    this.#process = process;
    this.#profile = profile;
    this.port = port;
  }

  static async launch(): Promise<LighthouseBrowser> {
    if (!existsSync(CHROME_PATH)) {
      throw new Error(`Chromium is not installed at ${CHROME_PATH} (apt-get install -y chromium)`);
    }
    const profile = mkdtempSync(join(tmpdir(), 'portal-lighthouse-'));
    const child = spawn(
      CHROME_PATH,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        // A Norwegian reader's browser (bokmål): the language the first pages are prerendered in
        // (ADR 104); a nynorsk or English reader's page renders afresh in their language.
        '--lang=nb-NO',
        '--accept-lang=nb-NO,nb,no',
        '--remote-debugging-port=0',
        `--user-data-dir=${profile}`,
        'about:blank',
      ],
      { stdio: 'ignore' },
    );
    const portFile = join(profile, 'DevToolsActivePort');
    const port = await until(
      'Chromium’s DevTools port',
      async () => {
        if (child.exitCode !== null) throw new Error(`Chromium exited with ${child.exitCode}`);
        if (!existsSync(portFile)) return undefined;
        const port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
        return port > 0 ? port : undefined;
      },
      30_000,
    );
    return new LighthouseBrowser(child, profile, port);
  }

  async audit(url: string): Promise<LighthouseRun> {
    const result = await lighthouse(url, {
      port: this.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audits = lhr.audits as unknown as Record<string, Audit>;
    const value = (id: string) => audits[id]?.numericValue ?? NaN;
    const observed = (
      audits['metrics']?.details?.items as unknown as
        { observedFirstContentfulPaintTs?: number }[] | undefined
    )?.[0];
    const trace = (result.artifacts as unknown as { Trace: { traceEvents: TraceEvent[] } }).Trace;
    const accessibility = lhr.categories.accessibility!;
    return {
      performance: Math.round((lhr.categories.performance!.score ?? 0) * 100),
      accessibility: Math.round((accessibility.score ?? 0) * 100),
      metrics: {
        lcp: value('largest-contentful-paint'),
        fcp: value('first-contentful-paint'),
        si: value('speed-index'),
        tbt: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
      },
      benchmarkIndex: lhr.environment.benchmarkIndex,
      audits,
      accessibilityFailures: accessibility.auditRefs
        .filter((ref) => ref.weight > 0)
        .map((ref) => audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1),
      performanceFindings: lhr.categories
        .performance!.auditRefs.filter((ref) => ref.weight === 0) // the metrics have weights
        .map((ref) => audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.displayValue),
      mainThread: mainThreadOf(trace.traceEvents, observed?.observedFirstContentfulPaintTs ?? 0),
    };
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.#process.once('exit', resolve));
    this.#process.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    rmSync(this.#profile, { recursive: true, force: true });
  }
}
