/**
 * Each function's bundle — built exactly as CDK builds it (infra/bundling.ts) — its size, what
 * it is made of (esbuild's metafile, by package and folder), and its cold initialisation
 * against the floor measured in the same run. Then the SDK question (issue 10): a few
 * representative functions with `@aws-sdk/*` bundled (the locked version, tree-shaken) beside
 * the runtime's (external, today).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { esbuildOptions, EXTERNAL_MODULES, REPO_ROOT } from '../infra/bundling.ts';
import type { FunctionId } from '../functions/registry.ts';
import { benchFunctions, type BenchFunction } from './functions.ts';
import { BUNDLE_SIZE_EXCEPTIONS, kib, median, ms, say, TARGETS, times, versus } from './report.ts';

/** Cold starts timed per function, each paired with a floor run just before it. */
const COLD_RUNS = 5;
/** More runs for the SDK comparison: its two builds differ by less than the noise of five. */
const SDK_COLD_RUNS = 9;
/** Contributors printed beside each bundle. */
const TOP = 5;
/** The functions built both ways for the SDK question: one per SDK client family. */
const SDK_SAMPLES: FunctionId[] = [
  'UpdateDraft',
  'SubmitApplication',
  'StartApplication',
  'CreateAttachmentUpload',
];

interface Bundle {
  bytes: number;
  gzip: number;
  /** Bytes in the output per contributor (package or folder). */
  parts: Map<string, number>;
  /** Bytes in the output per module (a package's file grouped by package, a repo file by path). */
  modules: Map<string, number>;
  outfile: string;
}

/**
 * This run's own folder under `.bench/` (inside the repository, so a bundle resolves the external
 * packages from its node_modules, as the runtime's would be found): two runs at once (several
 * people on one machine) neither overwrite nor delete each other's bundles.
 */
const outdir = join(REPO_ROOT, '.bench', `run-${process.pid}`);

async function bundle(fn: BenchFunction, variant: 'runtime-sdk' | 'bundled-sdk'): Promise<Bundle> {
  const outfile = join(outdir, variant, fn.id, 'index.mjs');
  const options = esbuildOptions(fn.entry, outfile);
  if (variant === 'bundled-sdk') {
    options.external = EXTERNAL_MODULES.filter((pattern) => !pattern.startsWith('@aws-sdk/'));
  }
  const result = await build(options);
  const code = readFileSync(outfile);
  const output = result.metafile!.outputs[Object.keys(result.metafile!.outputs)[0]!]!;
  return { bytes: code.length, gzip: gzipSync(code).length, ...composition(output), outfile };
}

/** Groups the metafile's inputs: a package by name, the repo's files by their top two folders. */
function composition(output: Metafile['outputs'][string]) {
  const parts = new Map<string, number>();
  const modules = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, bytes: number) =>
    map.set(key, (map.get(key) ?? 0) + bytes);
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (!bytesInOutput) continue;
    const pkg = packageOf(path);
    if (pkg) {
      add(parts, pkg, bytesInOutput);
      add(modules, pkg === 'zod' ? zodPart(path) : pkg, bytesInOutput);
    } else {
      const segments = path.split('/');
      add(parts, segments.length > 2 ? segments.slice(0, 2).join('/') : segments.join('/'), bytesInOutput);
      add(modules, path, bytesInOutput);
    }
  }
  return { parts, modules };
}

/** `node_modules/@scope/name/…` → `@scope/name`; `node_modules/name/…` → `name`. */
function packageOf(path: string): string | undefined {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const [first, second] = path.slice(at + 'node_modules/'.length).split('/');
  return first!.startsWith('@') ? `${first}/${second}` : first;
}

/** zod's parts that a choice of API decides: the JSON Schema converter, locales, the rest. */
function zodPart(path: string): string {
  if (/json-schema/.test(path)) return 'zod (JSON Schema conversion)';
  if (/\/locales\//.test(path)) return 'zod (locales)';
  if (/\/classic\//.test(path)) return 'zod (classic API)';
  if (/\/mini\//.test(path)) return 'zod (mini API)';
  return 'zod (core)';
}

const top = (parts: Map<string, number>, count: number) =>
  [...parts.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);

/**
 * Times `body` (an ESM snippet) in a fresh Node.js process: module load and top-level code,
 * from the first line of the script to the end of `body` (Node's own start-up excluded).
 */
function coldInit(body: string): number {
  const script = `const t=performance.now();${body}process.stdout.write(String(performance.now()-t));`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    AWS_REGION: 'eu-north-1',
    POWERTOOLS_DEV: 'true',
    TABLE_NAME: 'bench',
  };
  delete env.NODE_COMPILE_CACHE; // every run compiles, as a Lambda cold start does
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
  });
  return Number(out);
}

/** What every function needs before its own code: the DynamoDB client and the logger. */
const FLOOR =
  "await import('@aws-sdk/lib-dynamodb');await import('@aws-sdk/client-dynamodb');await import('@aws-lambda-powertools/logger');";
/**
 * What every handler loads at init beyond the floor for its observability: the logger's middy
 * middleware (functions/observability.ts itself loads only the logger, part of the floor; no
 * tracer since ADR 077).
 */
const OBSERVABILITY = "await import('@aws-lambda-powertools/logger/middleware');";
/** Powertools' metrics package: loaded when an invocation first publishes metrics (ADR 117), not at init. */
const METRICS = "await import('@aws-lambda-powertools/metrics');";

interface ColdInit {
  median: number;
  /** Median of each run / the floor run just before it. */
  ratio: number;
  floors: number[];
}

function pairedColdInit(body: string, runs = COLD_RUNS): ColdInit {
  const own: number[] = [];
  const floors: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < runs; run++) {
    const floor = coldInit(FLOOR);
    const time = coldInit(body);
    floors.push(floor);
    own.push(time);
    ratios.push(time / floor);
  }
  return { median: median(own), ratio: median(ratios), floors };
}

const importOf = (outfile: string) => `await import(${JSON.stringify(outfile)});`;

const topParts = (b: Bundle) =>
  top(b.parts, TOP)
    .map(([name, bytes]) => `${name} ${kib(bytes)}`)
    .join(' · ');

/** The size beside the target; a function over it that has a recorded exception is named so. */
function sizeVersusTarget(id: FunctionId, bytes: number): string {
  const figure = versus(kib(bytes), bytes / 1024, TARGETS.bundleKiB);
  const exception = BUNDLE_SIZE_EXCEPTIONS[id];
  return exception && bytes / 1024 > TARGETS.bundleKiB
    ? `${figure} (exception: ${exception.decision})`
    : figure;
}

/** The range, how many are over the target, and the recorded exceptions among them. */
function summary(functions: BenchFunction[], built: Map<FunctionId, Bundle>, extra = '') {
  const sizes = [...built.values()].map((b) => b.bytes / 1024);
  const overIds = [...built.entries()]
    .filter(([, b]) => b.bytes / 1024 > TARGETS.bundleKiB)
    .map(([id]) => id);
  const excepted = overIds.filter((id) => BUNDLE_SIZE_EXCEPTIONS[id]);
  say(
    `${functions.length} functions, ${kib(Math.min(...sizes) * 1024)}–${kib(Math.max(...sizes) * 1024)} KiB; ${overIds.length} over the ${TARGETS.bundleKiB} KiB target` +
      (excepted.length ? `, ${excepted.length} of them recorded exceptions` : '') +
      `. ${extra}`.trimEnd(),
  );
  say();
  if (excepted.length) {
    say('Recorded exceptions to the size target (over it on purpose, and why):');
    say();
    for (const id of excepted) {
      const { decision, why } = BUNDLE_SIZE_EXCEPTIONS[id]!;
      say(`- **${id}** ${kib(built.get(id)!.bytes)} KiB — ${decision}: ${why}`);
    }
    say();
  }
  const unexplained = overIds.filter((id) => !BUNDLE_SIZE_EXCEPTIONS[id]);
  if (unexplained.length) {
    say(`Over the target without a recorded exception: ${unexplained.join(', ')}.`);
    say();
  }
}

/** Which contributors the bundles share, and the largest modules. */
function compositionTables(built: Map<FunctionId, Bundle>) {
  const carriedBy = new Map<string, { functions: number; bytes: number }>();
  const contributorTotals = new Map<string, { functions: number; bytes: number }>();
  for (const b of built.values()) {
    for (const [name, bytes] of b.modules) {
      const entry = carriedBy.get(name) ?? { functions: 0, bytes: 0 };
      carriedBy.set(name, { functions: entry.functions + 1, bytes: Math.max(entry.bytes, bytes) });
    }
    for (const [name, bytes] of b.parts) {
      const entry = contributorTotals.get(name) ?? { functions: 0, bytes: 0 };
      contributorTotals.set(name, { functions: entry.functions + 1, bytes: entry.bytes + bytes });
    }
  }
  say('### What the bundles are made of');
  say();
  say(
    'Each contributor: in how many functions, and its average KiB there (package, or the repository folder).',
  );
  say();
  say('| contributor | functions | average KiB |');
  say('|---|---:|---:|');
  for (const [name, { functions: count, bytes }] of [...contributorTotals.entries()]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, 14)) {
    say(`| ${name} | ${count} | ${kib(bytes / count)} |`);
  }
  say();
  say(
    'The largest modules (a repository file, or a package — zod by part); largest KiB in any one function:',
  );
  say();
  say('| module | functions | KiB |');
  say('|---|---:|---:|');
  for (const [name, { functions: count, bytes }] of [...carriedBy.entries()]
    .sort((a, b) => b[1].bytes * b[1].functions - a[1].bytes * a[1].functions)
    .slice(0, 20)) {
    say(`| ${name} | ${count} | ${kib(bytes)} |`);
  }
  say();
}

/**
 * `npm run bench:backend -- sizes`: every function's bundle, its size and composition, without
 * timing anything — exact at any load, and quick (a few seconds a function).
 */
export async function sizes(): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  try {
    const functions = benchFunctions();
    say('## Functions: bundle size and composition');
    say();
    say(
      `Bundles as CDK builds them for production (\`infra/bundling.ts\`: minified ESM, \`@aws-sdk/*\` and \`@aws-lambda-powertools/*\` external, no demo or smoke round: ADR 126). ` +
        `Composition from esbuild's metafile (bytes each package or folder contributes to the minified output). Target (issue 8): ≤ ${TARGETS.bundleKiB} KiB.`,
    );
    say();
    say(`| function | kind | KiB (target ≤ ${TARGETS.bundleKiB}) | gzip KiB | top contributors, KiB |`);
    say('|---|---|---:|---:|---|');
    const built = new Map<FunctionId, Bundle>();
    for (const fn of functions) {
      const b = await bundle(fn, 'runtime-sdk');
      built.set(fn.id, b);
      say(
        `| ${fn.id} | ${fn.kind} | ${sizeVersusTarget(fn.id, b.bytes)} | ${kib(b.gzip)} | ${topParts(b)} |`,
      );
    }
    say();
    summary(functions, built);
    compositionTables(built);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

export async function bundles(): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  try {
    const functions = benchFunctions();
    say('## Functions: bundle, composition, cold init');
    say();
    say(
      `Bundles as CDK builds them for production (\`infra/bundling.ts\`: minified ESM, \`@aws-sdk/*\` and \`@aws-lambda-powertools/*\` external, no demo or smoke round: ADR 126). ` +
        `Composition from esbuild's metafile (bytes each package or folder contributes to the minified output). ` +
        `Cold init: a fresh \`node\` process importing the bundle (module load and top-level code), median of ${COLD_RUNS}, ` +
        `each run paired with a run of the *floor* just before it (the DynamoDB document client and the Powertools logger, no handler); ` +
        `the ratio is the median of the ${COLD_RUNS} paired ratios. Targets (issue 8): size ≤ ${TARGETS.bundleKiB} KiB, cold init ≤ ${TARGETS.coldInitRatio}× the floor.`,
    );
    say();
    say(
      `| function | kind | KiB (target ≤ ${TARGETS.bundleKiB}) | gzip KiB | top contributors, KiB | cold init ms | × floor (target ≤ ${TARGETS.coldInitRatio}) |`,
    );
    say('|---|---|---:|---:|---|---:|---:|');
    const built = new Map<FunctionId, Bundle>();
    const allFloors: number[] = [];
    for (const fn of functions) {
      const b = await bundle(fn, 'runtime-sdk');
      built.set(fn.id, b);
      const cold = pairedColdInit(importOf(b.outfile));
      allFloors.push(...cold.floors);
      say(
        `| ${fn.id} | ${fn.kind} | ${sizeVersusTarget(fn.id, b.bytes)} | ${kib(b.gzip)} | ${topParts(b)} | ${ms(cold.median)} | ${versus(times(cold.ratio), cold.ratio, TARGETS.coldInitRatio)} |`,
      );
    }
    const observability = pairedColdInit(FLOOR + OBSERVABILITY);
    const metrics = pairedColdInit(FLOOR + OBSERVABILITY + METRICS);
    say(
      `| *floor: DynamoDB client + Powertools logger, no handler* | | | | | ${ms(median(allFloors))} | 1.00× |`,
    );
    say(
      `| *floor + the logger's middleware (what every handler's observability loads at init)* | | | | | ${ms(observability.median)} | ${times(observability.ratio)} |`,
    );
    say(
      `| *… + Powertools metrics (loaded when an invocation first publishes metrics, not at init: ADR 117)* | | | | | ${ms(metrics.median)} | ${times(metrics.ratio)} |`,
    );
    say();
    summary(
      functions,
      built,
      `Floor median over the run: ${ms(median(allFloors))} ms (${allFloors.length} runs).`,
    );
    compositionTables(built);

    await sdkQuestion(functions, built);
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Issue 10 item 4: size and cold init with the runtime's SDK (external) and with it bundled. */
async function sdkQuestion(functions: BenchFunction[], built: Map<FunctionId, Bundle>) {
  say("### The AWS SDK: the runtime's (external) or bundled (issue 10)");
  say();
  say(
    `The same functions built twice: \`@aws-sdk/*\` external (today: the Lambda runtime's SDK, loaded from its node_modules — here from ours, the same files) ` +
      `and bundled (the locked version, tree-shaken by esbuild from the packages' ESM builds). Powertools stays external in both (the layer). ` +
      `Cold init as above, median of ${SDK_COLD_RUNS}; the ratio is to the floor run paired with each.`,
  );
  say();
  say(
    '| function | external KiB | external gzip | external cold ms (× floor) | bundled KiB | bundled gzip | bundled cold ms (× floor) | SDK in the bundle KiB |',
  );
  say('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const id of SDK_SAMPLES) {
    const fn = functions.find((candidate) => candidate.id === id);
    if (!fn) continue;
    const external = built.get(id)!;
    const bundled = await bundle(fn, 'bundled-sdk');
    const coldExternal = pairedColdInit(importOf(external.outfile), SDK_COLD_RUNS);
    const coldBundled = pairedColdInit(importOf(bundled.outfile), SDK_COLD_RUNS);
    let sdkBytes = 0;
    for (const [name, bytes] of bundled.parts)
      if (/^@(aws-sdk|smithy|aws-crypto)\//.test(name)) sdkBytes += bytes;
    say(
      `| ${id} | ${kib(external.bytes)} | ${kib(external.gzip)} | ${ms(coldExternal.median)} (${times(coldExternal.ratio)}) | ${kib(bundled.bytes)} | ${kib(bundled.gzip)} | ${ms(coldBundled.median)} (${times(coldBundled.ratio)}) | ${kib(sdkBytes)} |`,
    );
  }
  say();
  say(
    'SDK in the bundle: `@aws-sdk/*`, `@smithy/*` and `@aws-crypto/*` together. The Lambda deployment package limit (50 MiB zipped) is far off either way; ' +
      'what a bundled SDK costs is download and parse time at a cold start, which the cold-init figures include.',
  );
  say();
}
