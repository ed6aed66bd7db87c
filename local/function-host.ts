/**
 * The function host: a worker thread (node:worker_threads) that runs Lambda handlers off the
 * event loop of the process that serves the API, as AWS runs each function in an environment
 * of its own (ADR 128). The local Step Functions endpoint invokes the workflow's tasks here, so
 * a submission's receipt, its mail and its first look at the round's dates use the machine's
 * other core while this thread answers requests. This is the main thread's side; the worker is
 * `function-host.worker.ts`.
 *
 * What crosses the boundary, and how it stays what it was in one thread:
 *
 * - **Events and results** as JSON, as Lambda passes them; an error as its name, message, stack
 *   and own properties, so the state machine's Retry and Catch match the same error names.
 * - **Environment**: shared (`SHARE_ENV`), so what the stack — or a test — puts on `process.env`
 *   is what the handlers in the worker read, at once.
 * - **Time**: the worker's `shared/clock.ts` reads the stack's clock as an offset from the system
 *   clock, kept in shared memory and brought up to date at every invocation and every call the
 *   worker forwards. Exact for a clock that runs at the system clock's pace — the system clock,
 *   the tests' TestClock, moved by `set`/`advance` between invocations; a clock that stood
 *   still would be seen running on from each invocation's start (no such clock is used).
 * - **The tests' hooks on the SDK clients** (fault injection, call recording, held writes —
 *   middleware a test adds to `documentClient`, `sesClient()` or `sfnClient()` in this thread):
 *   while this thread's client of a service carries middleware the worker's does not, the
 *   worker's calls to that service are made here, through that client, so the hooks see and
 *   shape them as before; otherwise (`npm start`, the bench, most tests) the worker makes its
 *   own calls and nothing crosses per call.
 * - **Logs**: the worker's stdout and stderr are piped into this process's; an invocation
 *   answers once what it wrote has been handed over (the log-hygiene test reads it all).
 */
import { SHARE_ENV, Worker } from 'node:worker_threads';

/** The SDK clients whose calls the worker makes here while a test hooks them (see above). */
export const FORWARDED_SERVICES = ['dynamodb', 'ses', 'sfn'] as const;
export type ForwardedService = (typeof FORWARDED_SERVICES)[number];

/** The SDK packages a forwarded call's command class is taken from. */
const COMMAND_LIBRARIES = {
  '@aws-sdk/lib-dynamodb': () => import('@aws-sdk/lib-dynamodb'),
  '@aws-sdk/client-dynamodb': () => import('@aws-sdk/client-dynamodb'),
  '@aws-sdk/client-sesv2': () => import('@aws-sdk/client-sesv2'),
  '@aws-sdk/client-sfn': () => import('@aws-sdk/client-sfn'),
} as const;
export type CommandLibrary = keyof typeof COMMAND_LIBRARIES;

/** This thread's clients — the ones the tests' hooks are added to. */
const CLIENTS: Record<ForwardedService, () => Promise<SdkClient>> = {
  dynamodb: async () => (await import('../shared/storage/dynamo.ts')).documentClient as unknown as SdkClient,
  ses: async () => (await (await import('../shared/mail/ses.ts')).sesClient()) as unknown as SdkClient,
  sfn: async () => (await (await import('../shared/workflow/client.ts')).sfnClient()) as unknown as SdkClient,
};

/** What the worker is handed when it starts. */
export interface HostData {
  /** The stack's clock minus the system clock, in ms (BigInt64Array of 1). */
  clockOffset: SharedArrayBuffer;
  /** Per FORWARDED_SERVICES entry, 1 while the worker's calls to it are made here (Int32Array). */
  forwarding: SharedArrayBuffer;
}

/** Main thread → worker. */
export type ToWorker =
  | {
      type: 'invoke';
      id: number;
      entry: string;
      functionName: string;
      /** The event as JSON. */
      event: string;
      timeoutMs: number;
      requestId: string;
    }
  | { type: 'sdk-answer'; id: number; output?: unknown; error?: SerializedError };

/** Worker → main thread. */
export type FromWorker =
  | { type: 'ready'; middleware: Record<ForwardedService, string[]> }
  | {
      type: 'answer';
      id: number;
      /** The result as JSON (absent when the handler returned undefined). */
      result?: string;
      error?: SerializedError;
      ms: number;
      /** `isMainThread` as the handler's thread sees it (the probe ADR 128's test reads). */
      mainThread: boolean;
    }
  | {
      type: 'sdk-call';
      id: number;
      service: ForwardedService;
      library: CommandLibrary;
      command: string;
      input: unknown;
    };

/** An error as it crosses between the threads. */
export interface SerializedError {
  name: string;
  message: string;
  stack?: string;
  /** Its own enumerable properties (an SDK error's `$metadata`, `$fault`, …). */
  properties: Record<string, unknown>;
}

export interface HostedInvocation {
  entry: string;
  functionName: string;
  event: unknown;
  timeoutMs: number;
  requestId: string;
}

/** What the handler answered (or threw), how long it ran and in which thread. */
export type HostedAnswer = ({ result: unknown } | { error: Error }) & { ms: number; mainThread: boolean };

interface SdkClient {
  send(command: unknown): Promise<unknown>;
  middlewareStack: MiddlewareStack;
}
interface MiddlewareStack {
  identify(): string[];
  [method: string]: unknown;
}

/** The stack methods that add or remove middleware (watched while the host runs). */
const CHANGES_STACK = ['add', 'addRelativeTo', 'use', 'remove', 'removeByTag'] as const;

export class FunctionHost {
  readonly #clockOffset = new BigInt64Array(new SharedArrayBuffer(8));
  readonly #forwarding = new Int32Array(new SharedArrayBuffer(4 * FORWARDED_SERVICES.length));
  readonly #answers = new Map<number, PromiseWithResolvers<HostedAnswer>>();
  #nextId = 0;
  #worker?: Worker;
  #ready?: Promise<void>;
  #unwatch?: () => void;
  #closed = false;

  constructor(
    /** The stack's clock, read on this thread (`shared/clock.ts`'s `nowMs`). */
    private readonly nowMs: () => number,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** Starts the worker unless it runs (the environment must be set: it is shared from here on). */
  start(): Promise<void> {
    if (this.#closed) return Promise.reject(new Error('The function host is closed'));
    this.#ready ??= this.#start();
    return this.#ready;
  }

  /** Runs the entry's handler in the worker; rejects only when the worker itself fails. */
  async invoke(invocation: HostedInvocation): Promise<HostedAnswer> {
    await this.start();
    const id = ++this.#nextId;
    const answer = Promise.withResolvers<HostedAnswer>();
    this.#answers.set(id, answer);
    this.#syncClock();
    this.#post({
      type: 'invoke',
      id,
      entry: invocation.entry,
      functionName: invocation.functionName,
      event: JSON.stringify(invocation.event ?? null),
      timeoutMs: invocation.timeoutMs,
      requestId: invocation.requestId,
    });
    return answer.promise;
  }

  /** Which services' calls the worker now makes through this thread's clients. */
  forwardedServices(): ForwardedService[] {
    return FORWARDED_SERVICES.filter((_, index) => Atomics.load(this.#forwarding, index) === 1);
  }

  /** Ends the worker (invocations still in it fail) and stops watching the clients. */
  async close(): Promise<void> {
    this.#closed = true;
    this.#unwatch?.();
    this.#unwatch = undefined;
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker) await worker.terminate();
  }

  async #start(): Promise<void> {
    // This thread's clients exist before the worker's first call can need them (SES and Step
    // Functions' are made on first use, ADR 117).
    const clients = Object.fromEntries(
      await Promise.all(
        FORWARDED_SERVICES.map(async (service) => [service, await CLIENTS[service]()] as const),
      ),
    ) as Record<ForwardedService, SdkClient>;
    this.#syncClock();
    const workerData: HostData = {
      clockOffset: this.#clockOffset.buffer as SharedArrayBuffer,
      forwarding: this.#forwarding.buffer as SharedArrayBuffer,
    };
    // No execArgv of this process (tsx's loader, a profiler): the worker registers tsx itself,
    // so it loads the handlers' TypeScript alike under `tsx` (npm start, the bench) and vitest.
    const worker = new Worker(new URL('./function-host.worker.ts', import.meta.url), {
      env: SHARE_ENV,
      execArgv: [],
      workerData,
      name: 'function-host',
    });
    this.#worker = worker;
    const ready = Promise.withResolvers<void>();
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        this.#unwatch = this.#watch(clients, message.middleware);
        ready.resolve();
      } else if (message.type === 'answer') {
        this.#answer(message);
      } else if (message.type === 'sdk-call') {
        void this.#forward(clients[message.service], message);
      }
    });
    const failed = (error: Error) => {
      if (this.#worker === worker) {
        this.#worker = undefined;
        this.#ready = undefined; // the next invocation starts a fresh worker
        this.#unwatch?.();
        this.#unwatch = undefined;
      }
      // Closed while starting (a stack stopped at once): nothing failed.
      if (this.#closed) ready.resolve();
      else ready.reject(error);
      for (const [id, answer] of this.#answers) {
        this.#answers.delete(id);
        answer.reject(error);
      }
    };
    worker.on('error', (error) => {
      this.log(`function host failed: ${error.stack ?? String(error)}`); // e.g. a handler's unhandled rejection
      failed(error);
    });
    worker.on('exit', (code) => {
      const error = new Error(`The function host exited (code ${code})`);
      error.name = 'Runtime.ExitError';
      failed(error);
    });
    return ready.promise;
  }

  #answer(message: Extract<FromWorker, { type: 'answer' }>) {
    const answer = this.#answers.get(message.id);
    if (!answer) return;
    this.#answers.delete(message.id);
    const { ms, mainThread } = message;
    answer.resolve(
      message.error
        ? { error: deserializeError(message.error), ms, mainThread }
        : { result: message.result === undefined ? undefined : JSON.parse(message.result), ms, mainThread },
    );
  }

  /** A worker's call made through this thread's client (a test hooks it): answered or refused as here. */
  async #forward(client: SdkClient, call: Extract<FromWorker, { type: 'sdk-call' }>) {
    this.#syncClock();
    let answer: ToWorker;
    try {
      const library = (await COMMAND_LIBRARIES[call.library]()) as unknown as Record<
        string,
        new (input: unknown) => unknown
      >;
      const Command = library[call.command];
      if (typeof Command !== 'function') throw new Error(`${call.library} has no ${call.command}`);
      answer = { type: 'sdk-answer', id: call.id, output: await client.send(new Command(call.input)) };
    } catch (error) {
      answer = { type: 'sdk-answer', id: call.id, error: serializeError(error) };
    }
    try {
      this.#post(answer);
    } catch (error) {
      // An output structured clone cannot carry reaches the worker as an error, not never.
      this.#post({ type: 'sdk-answer', id: call.id, error: serializeError(error) });
    }
  }

  /**
   * Keeps `#forwarding` current: a service is forwarded while this thread's client carries
   * middleware the worker's client (`baseline`) does not. Every change to the clients' stacks
   * is seen as it is made, so a hook added before an action sees the worker's calls of it.
   */
  #watch(clients: Record<ForwardedService, SdkClient>, baseline: Record<ForwardedService, string[]>) {
    const refresh = () => {
      FORWARDED_SERVICES.forEach((service, index) => {
        const known = new Set(baseline[service]);
        const hooked = clients[service].middlewareStack.identify().some((name) => !known.has(name));
        Atomics.store(this.#forwarding, index, hooked ? 1 : 0);
      });
    };
    const undo: (() => void)[] = [];
    for (const client of new Set(Object.values(clients))) {
      const stack = client.middlewareStack;
      for (const method of CHANGES_STACK) {
        const original = stack[method] as (...args: unknown[]) => unknown;
        const watched = (...args: unknown[]) => {
          try {
            return original.apply(stack, args);
          } finally {
            refresh();
          }
        };
        stack[method] = watched;
        undo.push(() => {
          if (stack[method] === watched) stack[method] = original;
        });
      }
    }
    refresh();
    return () => {
      for (const step of undo.reverse()) step();
      for (let index = 0; index < FORWARDED_SERVICES.length; index++)
        Atomics.store(this.#forwarding, index, 0);
    };
  }

  #syncClock() {
    // The offset read between two equal readings of the system clock: exact to the millisecond.
    for (;;) {
      const before = Date.now();
      const stack = this.nowMs();
      if (Date.now() === before) {
        Atomics.store(this.#clockOffset, 0, BigInt(stack - before));
        return;
      }
    }
  }

  #post(message: ToWorker) {
    if (!this.#worker) throw new Error('The function host is not running');
    this.#worker.postMessage(message);
  }
}

/** An error as it crosses a thread: name, message, stack and what structured clone can carry. */
export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error), properties: {} };
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error)) {
    try {
      properties[key] = structuredClone(value);
    } catch {
      // e.g. an SDK error's raw `$response` (a stream): not needed by any caller
    }
  }
  return { name: error.name, message: error.message, stack: error.stack, properties };
}

/** The error again, on this side: an `Error` with the same name, message, stack and properties. */
export function deserializeError(serialized: SerializedError): Error {
  const error = new Error(serialized.message);
  Object.assign(error, serialized.properties);
  error.name = serialized.name;
  if (serialized.stack !== undefined) error.stack = serialized.stack;
  return error;
}
