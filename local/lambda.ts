/**
 * How the local stack runs a Lambda handler: load the entry module lazily (after the stack has
 * set the environment, since handlers create their DynamoDB client at module load), build a
 * minimal Lambda `Context`, and keep count of invocations in flight so the stack can wait for
 * them (tests: `stack.idle()`; shutdown: nothing is cut off mid-write).
 *
 * Where a handler runs: an invocation marked `isolated` — the workflow's tasks — runs in the
 * function host, a worker thread (local/function-host.ts, ADR 128), off the event loop that
 * serves the API, as AWS runs them in functions of their own; the others (the API's routes,
 * S3 events, schedules, mail events) run on this thread.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import type { Context } from 'aws-lambda';
import * as clock from '../shared/clock.ts';
import { LOCAL_AWS } from './aws.ts';
import { FunctionHost } from './function-host.ts';

/** Any Lambda handler: (event, context) → result. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type LambdaHandler = (event: any, context: Context) => unknown;

/** Handlers by entry path (a declaration's `entry` in `functions/registry.ts`), replacing the module's `handler`. */
export type HandlerOverrides = Readonly<Record<string, LambdaHandler>>;

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface Invocation {
  /** Entry module relative to the repository root, e.g. `functions/rounds/list-rounds.ts`. */
  entry: string;
  /** Function name in the context (the route id or task id). */
  functionName: string;
  event: unknown;
  /** The function's timeout, for `getRemainingTimeInMillis` (default 30 s). */
  timeoutMs?: number;
  requestId?: string;
  /**
   * Runs the handler in the function host's worker thread (the workflow's tasks do, ADR 128).
   * An entry with a handler override runs on this thread all the same: a function cannot cross
   * threads.
   */
  isolated?: boolean;
}

/** One handler run: which function, how long it took (wall clock) and in which thread. */
export interface InvocationRecord {
  functionName: string;
  ms: number;
  /** `isMainThread` as the handler's thread saw it: false in the function host (ADR 128). */
  mainThread: boolean;
}

export class LambdaRunner {
  readonly #modules = new Map<string, Promise<LambdaHandler>>();
  readonly #inflight = new Set<Promise<unknown>>();
  readonly #host: FunctionHost;

  constructor(
    private readonly overrides: HandlerOverrides = {},
    /** Told of every invocation when it has settled (the cost measurement, docs/cost.md). */
    private readonly onInvocation?: (invocation: InvocationRecord) => void,
    log?: (line: string) => void,
  ) {
    this.#host = new FunctionHost(clock.nowMs, log);
  }

  /**
   * Starts the function host's worker ahead of the first isolated invocation (else it starts
   * with it). The handlers' environment must be on `process.env`: the worker shares it.
   */
  startHost(): Promise<void> {
    return this.#host.start();
  }

  /** The services whose calls the worker makes through this thread's clients (a test hooks them). */
  forwardedServices() {
    return this.#host.forwardedServices();
  }

  /** Ends the function host's worker; call once idle (the stack's stop does). */
  close(): Promise<void> {
    return this.#host.close();
  }

  /** Runs the entry's handler with the event; tracked until it settles. */
  invoke(invocation: Invocation): Promise<unknown> {
    const run = this.#run(invocation);
    this.#inflight.add(run);
    const forget = () => this.#inflight.delete(run);
    run.then(forget, forget);
    return run;
  }

  /** Counts work that leads to an invocation (the local malware scanner's read) as in flight. */
  track(work: Promise<unknown>): void {
    this.#inflight.add(work);
    const forget = () => this.#inflight.delete(work);
    work.then(forget, forget);
  }

  /** Resolves once no invocation is in flight (checked again after a turn of the event loop). */
  async idle(): Promise<void> {
    while (this.#inflight.size > 0) {
      await Promise.allSettled([...this.#inflight]);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  async #run({
    entry,
    functionName,
    event,
    timeoutMs = 30_000,
    requestId = randomUUID(),
    isolated,
  }: Invocation) {
    // An override is a function of this thread: it runs here even for an isolated invocation.
    if (isolated && !this.overrides[entry]) {
      // A worker that failed (not the handler) is a run of 0 ms in no thread of ours.
      let record: InvocationRecord = { functionName, ms: 0, mainThread: false };
      try {
        const answer = await this.#host.invoke({ entry, functionName, event, timeoutMs, requestId });
        record = { functionName, ms: answer.ms, mainThread: answer.mainThread };
        if ('error' in answer) throw answer.error;
        return answer.result;
      } finally {
        this.onInvocation?.(record);
      }
    }
    const handler = await this.#load(entry);
    const started = performance.now();
    try {
      return await handler(event, lambdaContext(functionName, timeoutMs, requestId));
    } finally {
      this.onInvocation?.({ functionName, ms: performance.now() - started, mainThread: isMainThread });
    }
  }

  #load(entry: string): Promise<LambdaHandler> {
    const override = this.overrides[entry];
    if (override) return Promise.resolve(override);
    let loading = this.#modules.get(entry);
    if (!loading) {
      loading = import(pathToFileURL(join(repoRoot, entry)).href).then((module: { handler?: unknown }) => {
        if (typeof module.handler !== 'function') throw new Error(`${entry} does not export a handler`);
        return module.handler as LambdaHandler;
      });
      loading.catch(() => this.#modules.delete(entry)); // a syntax error fixed → next call retries
      this.#modules.set(entry, loading);
    }
    return loading;
  }
}

/** The parts of a Lambda context handlers and Powertools read. */
export function lambdaContext(functionName: string, timeoutMs: number, requestId: string): Context {
  const deadline = Date.now() + timeoutMs;
  const unsupported = () => {
    throw new Error('Callback-style Lambda completion is not supported; return a promise');
  };
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${LOCAL_AWS.region}:${LOCAL_AWS.account}:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `local/${functionName}`,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: unsupported,
    fail: unsupported,
    succeed: unsupported,
  };
}
