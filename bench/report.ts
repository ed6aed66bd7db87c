/**
 * What every part of `npm run bench` shares: one Markdown report (printed as it is written),
 * percentiles, and the targets of issue 8 printed beside each figure. Targets are figures we
 * track, never asserted in tests (docs/benchmarks.md).
 */
import type { FunctionId } from '../functions/registry.ts';

export const TARGETS = {
  /** Every function bundle, minified. */
  bundleKiB: 100,
  /** Cold init of a function / the floor measured in the same run. */
  coldInitRatio: 1.3,
  /** Draft update / its raw DynamoDB calls, at 20 concurrent clients. */
  draftP50Ratio: 1.5,
  draftP99Ratio: 2,
  /** Submit / its raw DynamoDB calls, p50. */
  submitP50Ratio: 3,
  /** The deadline rush: applications lost (without exactly one receipt, execution, mail each). */
  rushLost: 0,
  /** JavaScript of the first page, gzip. */
  firstPageGzipKiB: 100,
  /** Lighthouse (mobile) scores, 0–100. */
  lighthousePerformance: 90,
  lighthouseAccessibility: 100,
} as const;

/**
 * Functions over the size target on purpose, each with the decision that says why; the bench
 * prints them as named exceptions beside their figure (never silently).
 */
export const BUNDLE_SIZE_EXCEPTIONS: Partial<Record<FunctionId, { decision: string; why: string }>> = {
  GetDecisionLetter: {
    decision: 'ADR 116',
    why: 'the decision letter is made on request from the record (ADR 099) with pdf-lib, its standard fonts and pako (~400 KiB)',
  },
  ExportDecisionLetters: {
    decision: 'ADR 116',
    why: "the round's decision letters, made on request from the record (ADR 099) with pdf-lib, its standard fonts and pako (~400 KiB)",
  },
  ExportReview: {
    decision: 'ADR 126',
    why: "a committee's list as XLSX or CSV, downloaded now and then, off the committees' common path: the list it exports (ListReviewApplications' ~86 KiB) with the spreadsheet on top (~30 KiB: fflate's zip 9.3, a kept library rather than zip code of our own, the XLSX writer, the sheet and its headers in three languages)",
  },
  VerifyAttachment: {
    decision: 'ADR 122',
    why: "file-type reads what an upload really is (~63 KiB with its zip reader): a kept library for a security check, off the request path (S3's event), rather than a detector of our own",
  },
};

const lines: string[] = [];

/** Prints a line of the report and keeps it (for a file the caller may write). */
export function say(line = ''): void {
  lines.push(line);
  console.log(line);
}

export const reportLines = (): readonly string[] => lines;

/** Nearest-rank percentile of an ascending array. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

export const median = (values: readonly number[]): number =>
  percentile(
    values.toSorted((a, b) => a - b),
    50,
  );

export const ms = (value: number) => value.toFixed(1);
export const kib = (bytes: number) => (bytes / 1024).toFixed(1);
export const times = (ratio: number) => `${ratio.toFixed(2)}×`;

/** `figure (target ≤ x) ✓/✗` — the figure beside its target, and whether it meets it. */
export function versus(figure: string, value: number, target: number, direction: '≤' | '≥' = '≤'): string {
  const shown = Math.round(value * 100) / 100; // judged as printed: 3.00× meets ≤ 3×
  const met = direction === '≤' ? shown <= target : shown >= target;
  return `${figure} ${met ? '✓' : '✗'}`;
}

export interface Stats {
  p50: number;
  p99: number;
  perSecond: number;
  count: number;
}

/** Latency statistics of `latencies` (ms) taken over `seconds`. */
export function stats(latencies: number[], seconds: number): Stats {
  const sorted = latencies.toSorted((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    perSecond: sorted.length / seconds,
    count: sorted.length,
  };
}

/**
 * Several operations measured in turns — a batch of each (`clients` workers, `perTurn`
 * operations each), `turns` times over — so that the shared machine's changing load falls on
 * all of them alike and their ratios mean something. An operation is called with the client
 * and its count across turns.
 */
export async function measureInTurns<K extends string>(
  turns: number,
  clients: number,
  perTurn: number,
  ops: Record<K, (client: number, i: number) => Promise<void>>,
  /**
   * Awaited after each batch, untimed: work a batch leaves running (a submit's workflow tasks)
   * ends before the next batch starts, so it slows the side that caused it, not the other.
   */
  settle: () => Promise<void> = async () => {},
): Promise<Record<K, Stats>> {
  const latencies = new Map<K, number[]>();
  const seconds = new Map<K, number>();
  for (let turn = 0; turn < turns; turn++) {
    for (const name of Object.keys(ops) as K[]) {
      const own = latencies.get(name) ?? [];
      const started = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async (_, client) => {
          for (let j = 0; j < perTurn; j++) {
            const t = performance.now();
            await ops[name](client, turn * perTurn + j);
            own.push(performance.now() - t);
          }
        }),
      );
      latencies.set(name, own);
      seconds.set(name, (seconds.get(name) ?? 0) + (performance.now() - started) / 1000);
      await settle();
    }
  }
  return Object.fromEntries(
    (Object.keys(ops) as K[]).map((name) => [name, stats(latencies.get(name)!, seconds.get(name)!)]),
  ) as Record<K, Stats>;
}

/** Runs `tasks` with at most `limit` at a time; results in order. */
export async function pool<T>(limit: number, count: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

/** Polls `check` until it answers a value (not undefined) or `timeoutMs` passes. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`bench: gave up waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** What else ran on the machine: load averages and the busiest other processes. */
export async function machineNote(): Promise<string> {
  const os = await import('node:os');
  const [one, five] = os.loadavg();
  return `${os.cpus().length} cores, load average ${one!.toFixed(2)} (1 min) / ${five!.toFixed(2)} (5 min) at the start`;
}
