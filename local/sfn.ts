/**
 * A local Step Functions endpoint: speaks the service's JSON 1.0 protocol (the one
 * `@aws-sdk/client-sfn` uses) for the actions the handlers call, and runs the workflow
 * definition with aws-local-stepfunctions, each Task state bound to the handler module of its
 * workflow task in the registry (functions/registry.ts). Semantics kept from AWS (Standard workflows):
 *
 * - ARNs are shaped as on AWS; the execution name is the caller's (the application id).
 * - StartExecution with the name of a RUNNING execution and the same input answers that
 *   execution; any other reuse of a name is `ExecutionAlreadyExists`.
 * - Callback tasks (`lambda:invoke.waitForTaskToken`) invoke their handler with a fresh
 *   `$$.Task.Token` and wait for SendTaskSuccess / SendTaskFailure.
 * - Each task's handler runs in the function host, a worker thread (local/function-host.ts,
 *   ADR 128), as AWS runs it in a function of its own: not on the event loop that serves the
 *   API; the state machine itself (its waits, retries, choices) runs here.
 *
 * Executions (status, input, output, error) are kept in `<dataDir>/stepfunctions.json`, so
 * DescribeExecution answers after a restart. An execution that was RUNNING when the stack
 * stopped starts again from the beginning on the next start (no history is replayed): every
 * task must be idempotent, which the workflow is designed to be anyway (AWS retries too).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname } from 'node:path';
import {
  ExecutionError,
  ExecutionTimeoutError,
  StateMachine,
  type StateMachineDefinition,
} from 'aws-local-stepfunctions';
import * as clock from '../shared/clock.ts';
import type { LambdaRunner } from './lambda.ts';

export interface WorkflowTask {
  /** Function name the handler sees in its context. */
  readonly id: string;
  /** The `${…}` placeholder the definition uses for the function's ARN. */
  readonly substitution: string;
  /** Handler module, relative to the repository root. */
  readonly entry: string;
}

export interface LocalStepFunctionsOptions {
  definition: object;
  /** Task name → handler; matched by the state's `${substitution}` or, failing that, by state name. */
  tasks: Readonly<Record<string, WorkflowTask>>;
  stateMachineArn: string;
  runner: LambdaRunner;
  /** JSON file that keeps the executions; in memory only when omitted. */
  file?: string;
  /** Replaces every Retry interval (ms) — tests use 0 to make retries immediate. */
  retryIntervalMs?: number;
  log: (line: string) => void;
}

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

export interface ExecutionRecord {
  executionArn: string;
  name: string;
  input: string;
  status: ExecutionStatus;
  startDate: string;
  stopDate?: string;
  output?: string;
  error?: string;
  cause?: string;
}

/** Node's timers hold at most 2^31-1 ms (~24.8 days); a longer delay fires after 1 ms. */
const MAX_TIMER_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

type JsonValue = Parameters<StateMachine['run']>[0];
type Mode = 'direct' | 'invoke' | 'callback';
interface Binding {
  state: string;
  mode: Mode;
  task: WorkflowTask;
}
interface Running {
  abort: () => void;
  settled: Promise<void>;
}
interface Callback {
  executionArn: string;
  state: string;
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

class ServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

export class LocalStepFunctions {
  readonly server: Server;
  readonly #options: LocalStepFunctionsOptions;
  readonly #bindings: Binding[];
  readonly #executions = new Map<string, ExecutionRecord>();
  readonly #running = new Map<string, Running>();
  readonly #callbacks = new Map<string, Callback>();
  #saving: Promise<void> = Promise.resolve();
  #stopping = false;

  readonly #machine: StateMachine;
  readonly #definition: object;

  private constructor(options: LocalStepFunctionsOptions, records: ExecutionRecord[]) {
    this.#options = options;
    // As CDK's definitionSubstitutions do: each `${…FunctionArn}` becomes the function's ARN.
    this.#definition = resolveTimeoutPathsFromInput(
      substitute(options.definition, options.tasks, options.stateMachineArn),
    );
    this.#bindings = bindTasks(this.#definition, options.tasks, options.stateMachineArn);
    checkTimers(this.#definition);
    this.#machine = new StateMachine(this.#definition as StateMachineDefinition);
    for (const record of records) this.#executions.set(record.executionArn, record);
    this.server = createServer((req, res) => void this.#serve(req, res));
  }

  /** Loads the persisted executions; call `resume()` once the handlers' environment is set. */
  static async open(options: LocalStepFunctionsOptions): Promise<LocalStepFunctions> {
    let records: ExecutionRecord[] = [];
    if (options.file) {
      try {
        records = JSON.parse(await readFile(options.file, 'utf8')) as ExecutionRecord[];
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return new LocalStepFunctions(options, records);
  }

  /** Starts again every execution that was RUNNING when the stack last stopped. */
  resume(): number {
    const interrupted = [...this.#executions.values()].filter((record) => record.status === 'RUNNING');
    for (const record of interrupted) {
      this.#options.log(`SFN resuming ${record.name} from the beginning (it was running at the last stop)`);
      this.#run(record);
    }
    return interrupted.length;
  }

  describe(executionArn: string): ExecutionRecord | undefined {
    const record = this.#executions.get(executionArn);
    return record && { ...record };
  }

  list(): ExecutionRecord[] {
    return [...this.#executions.values()].map((record) => ({ ...record }));
  }

  /** Resolves with the execution once it is no longer RUNNING. */
  async waitForExecution(executionArn: string, timeoutMs = 30_000): Promise<ExecutionRecord> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const record = this.#executions.get(executionArn);
      if (!record) throw new Error(`No execution ${executionArn}`);
      if (record.status !== 'RUNNING') return { ...record };
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Execution ${record.name} is still RUNNING after ${timeoutMs} ms`);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.#running.get(executionArn)?.settled,
        new Promise((resolve) => (timer = setTimeout(resolve, Math.min(left, 50)))),
      ]).finally(() => clearTimeout(timer));
    }
  }

  /** Stops running executions without closing them: they stay RUNNING and resume next start. */
  async stop(): Promise<void> {
    this.#stopping = true;
    for (const running of this.#running.values()) running.abort();
    await Promise.all([...this.#running.values()].map((running) => running.settled));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.#saving;
  }

  // ── the JSON protocol ─────────────────────────────────────────────────────────────────

  async #serve(req: IncomingMessage, res: ServerResponse) {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', ...headers });
      res.end(JSON.stringify(body));
    };
    const target = String(req.headers['x-amz-target'] ?? '');
    const action = target.startsWith('AWSStepFunctions.') ? target.slice('AWSStepFunctions.'.length) : '';
    try {
      if (req.method !== 'POST') throw new ServiceError('UnknownOperationException', 'POST only');
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
      send(200, await this.#act(action, body));
    } catch (error) {
      if (error instanceof ServiceError) {
        send(400, { __type: error.type, message: error.message }, { 'x-amzn-errortype': error.type });
      } else if (error instanceof SyntaxError) {
        send(400, { __type: 'SerializationException', message: error.message });
      } else {
        this.#options.log(`SFN ${action} failed: ${error instanceof Error ? error.stack : String(error)}`);
        send(500, { __type: 'InternalFailure', message: 'Internal failure' });
      }
    }
  }

  async #act(action: string, body: Record<string, unknown>): Promise<unknown> {
    switch (action) {
      case 'StartExecution':
        return this.#startExecution(body);
      case 'DescribeExecution': {
        const record = this.#find(body.executionArn);
        return {
          ...this.#summary(record),
          input: record.input,
          inputDetails: { included: true },
          ...(record.output !== undefined && { output: record.output, outputDetails: { included: true } }),
          ...(record.error !== undefined && { error: record.error }),
          ...(record.cause !== undefined && { cause: record.cause }),
        };
      }
      case 'StopExecution': {
        const record = this.#find(body.executionArn);
        if (record.status === 'RUNNING') {
          this.#close(record, 'ABORTED', {
            error: typeof body.error === 'string' ? body.error : undefined,
            cause: typeof body.cause === 'string' ? body.cause : undefined,
          });
          this.#running.get(record.executionArn)?.abort();
        }
        return { stopDate: epoch(record.stopDate!) };
      }
      case 'SendTaskSuccess': {
        const callback = this.#callback(body.taskToken);
        let output: unknown;
        try {
          output = JSON.parse(String(body.output));
        } catch {
          throw new ServiceError('InvalidOutput', 'The output is not valid JSON');
        }
        this.#callbacks.delete(String(body.taskToken));
        callback.resolve(output);
        return {};
      }
      case 'SendTaskFailure': {
        const callback = this.#callback(body.taskToken);
        this.#callbacks.delete(String(body.taskToken));
        const error = new Error(typeof body.cause === 'string' ? body.cause : '');
        error.name = typeof body.error === 'string' && body.error ? body.error : 'States.TaskFailed';
        callback.reject(error);
        return {};
      }
      case 'SendTaskHeartbeat':
        this.#callback(body.taskToken); // heartbeats are not timed locally; only the token is checked
        return {};
      case 'ListExecutions': {
        this.#checkMachine(body.stateMachineArn);
        const max = typeof body.maxResults === 'number' && body.maxResults > 0 ? body.maxResults : 100;
        const executions = [...this.#executions.values()]
          .filter((record) => !body.statusFilter || record.status === body.statusFilter)
          .sort((a, b) => b.startDate.localeCompare(a.startDate))
          .slice(0, max)
          .map((record) => this.#summary(record));
        return { executions };
      }
      default:
        throw new ServiceError(
          'UnknownOperationException',
          `The local endpoint does not implement '${action}'`,
        );
    }
  }

  async #startExecution(body: Record<string, unknown>) {
    this.#checkMachine(body.stateMachineArn);
    const name = body.name === undefined ? randomUUID() : String(body.name);
    if (!/^[^\s<>{}[\]?*"#%\\^|~`$&,;:/]{1,80}$/.test(name))
      throw new ServiceError('InvalidName', `Invalid name '${name}'`);
    const input = body.input === undefined ? '{}' : String(body.input);
    try {
      JSON.parse(input);
    } catch {
      throw new ServiceError('InvalidExecutionInput', 'The input is not valid JSON');
    }
    const executionArn = `${this.#options.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`;
    const existing = this.#executions.get(executionArn);
    if (existing) {
      if (existing.status === 'RUNNING' && existing.input === input) {
        return { executionArn, startDate: epoch(existing.startDate) };
      }
      throw new ServiceError('ExecutionAlreadyExists', `Execution Already Exists: '${executionArn}'`);
    }
    const record: ExecutionRecord = {
      executionArn,
      name,
      input,
      status: 'RUNNING',
      startDate: clock.now().toISOString(),
    };
    this.#executions.set(executionArn, record);
    await this.#save();
    this.#options.log(`SFN started ${name}`);
    this.#run(record);
    return { executionArn, startDate: epoch(record.startDate) };
  }

  /** An execution as ListExecutions lists it (DescribeExecution adds input, output, error). */
  #summary(record: ExecutionRecord) {
    return {
      executionArn: record.executionArn,
      stateMachineArn: this.#options.stateMachineArn,
      name: record.name,
      status: record.status,
      startDate: epoch(record.startDate),
      ...(record.stopDate && { stopDate: epoch(record.stopDate) }),
    };
  }

  #find(executionArn: unknown): ExecutionRecord {
    const record = this.#executions.get(String(executionArn));
    if (!record)
      throw new ServiceError('ExecutionDoesNotExist', `Execution Does Not Exist: '${String(executionArn)}'`);
    return record;
  }

  #checkMachine(arn: unknown) {
    if (arn !== this.#options.stateMachineArn) {
      throw new ServiceError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${String(arn)}'`);
    }
  }

  #callback(token: unknown): Callback {
    const callback = this.#callbacks.get(String(token));
    if (!callback) throw new ServiceError('TaskDoesNotExist', 'Task Does Not Exist');
    return callback;
  }

  // ── running an execution ──────────────────────────────────────────────────────────────

  #run(record: ExecutionRecord) {
    const { stateMachineArn, runner, retryIntervalMs, log } = this.#options;
    let pendingToken: string | undefined;
    const context = {
      Execution: {
        Id: record.executionArn,
        Name: record.name,
        Input: JSON.parse(record.input) as JsonValue,
        StartTime: record.startDate,
        RoleArn: stateMachineArn.replace(
          /:states:([^:]*):([^:]*):stateMachine:.*/,
          ':iam::$2:role/local-workflow',
        ),
      },
      StateMachine: { Id: stateMachineArn, Name: stateMachineArn.split(':').pop() },
      // One token per callback task: read by the state's Parameters, taken by its handler below.
      Task: {
        get Token() {
          return (pendingToken ??= randomBytes(48).toString('base64url'));
        },
      },
    };

    const handlers = Object.fromEntries(
      this.#bindings.map(({ state, mode, task }) => [
        state,
        async (input: unknown) => {
          const event = mode === 'direct' ? input : (input as { Payload?: unknown }).Payload;
          // In the function host, off the API's event loop, as AWS runs a task in its own function (ADR 128).
          const invoke = () =>
            runner.invoke({
              entry: task.entry,
              functionName: task.id,
              event,
              requestId: randomUUID(),
              isolated: true,
            });
          if (mode === 'callback') {
            const token = pendingToken ?? randomBytes(48).toString('base64url');
            pendingToken = undefined;
            const answer = this.#awaitCallback(token, record.executionArn, state);
            answer.catch(() => {}); // if invoke() fails first, a late SendTaskFailure must not go unhandled
            await invoke();
            return answer;
          }
          const result = (await invoke()) ?? null;
          return mode === 'invoke'
            ? { ExecutedVersion: '$LATEST', Payload: result, StatusCode: 200 }
            : result;
        },
      ]),
    );
    const retryIntervalOverrides =
      retryIntervalMs === undefined
        ? undefined
        : Object.fromEntries(allStates(this.#definition).map(([name]) => [name, retryIntervalMs]));

    let execution: ReturnType<StateMachine['run']>;
    try {
      execution = this.#machine.run(context.Execution.Input, {
        overrides: { taskResourceLocalHandlers: handlers as never, retryIntervalOverrides },
        context,
        noThrowOnAbort: true,
      });
    } catch (error) {
      this.#close(record, 'FAILED', { error: 'States.Runtime', cause: String(error) });
      return;
    }
    const settled = execution.result.then(
      (output) => {
        if (record.status === 'RUNNING' && !this.#stopping) this.#close(record, 'SUCCEEDED', { output });
      },
      (error: unknown) => {
        if (record.status !== 'RUNNING' || this.#stopping) return;
        if (error instanceof ExecutionTimeoutError) {
          this.#close(record, 'TIMED_OUT', {});
        } else {
          const cause = error instanceof ExecutionError && error.cause instanceof Error ? error.cause : error;
          this.#close(record, 'FAILED', {
            error: cause instanceof Error ? cause.name : 'Error',
            cause: cause instanceof Error ? cause.message : String(cause),
          });
        }
      },
    );
    const running: Running = {
      abort: execution.abort,
      settled: settled.finally(() => {
        this.#running.delete(record.executionArn);
        for (const [token, callback] of this.#callbacks) {
          if (callback.executionArn === record.executionArn) this.#callbacks.delete(token);
        }
        if (record.status !== 'RUNNING')
          log(`SFN ${record.name} ${record.status}${record.error ? ` ${record.error}` : ''}`);
      }),
    };
    this.#running.set(record.executionArn, running);
  }

  #awaitCallback(token: string, executionArn: string, state: string): Promise<unknown> {
    // A token this state issued before (a timed-out attempt) is no longer answerable.
    for (const [old, callback] of this.#callbacks) {
      if (callback.executionArn === executionArn && callback.state === state) this.#callbacks.delete(old);
    }
    const { promise, resolve, reject } = Promise.withResolvers<unknown>();
    this.#callbacks.set(token, { executionArn, state, resolve, reject });
    return promise;
  }

  #close(
    record: ExecutionRecord,
    status: ExecutionStatus,
    detail: { output?: unknown; error?: string; cause?: string },
  ) {
    record.status = status;
    record.stopDate = clock.now().toISOString();
    if (status === 'SUCCEEDED') record.output = JSON.stringify(detail.output ?? null);
    if (detail.error !== undefined) record.error = detail.error;
    if (detail.cause !== undefined) record.cause = detail.cause;
    void this.#save();
  }

  #save(): Promise<void> {
    const file = this.#options.file;
    if (!file) return Promise.resolve();
    const snapshot = JSON.stringify([...this.#executions.values()], null, 1);
    this.#saving = this.#saving
      .then(async () => {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(`${file}.tmp`, snapshot);
        await rename(`${file}.tmp`, file);
      })
      .catch((error: unknown) => this.#options.log(`SFN could not save executions: ${String(error)}`));
    return this.#saving;
  }
}

const epoch = (iso: string) => new Date(iso).getTime() / 1000;

type State = Record<string, unknown> & { Type?: string };

/** Every state of the definition, with nested Parallel branches and Map processors. */
function allStates(definition: object): [string, State][] {
  const states = (definition as { States?: Record<string, State> }).States ?? {};
  return Object.entries(states).flatMap(([name, state]) => {
    const nested: object[] = [
      ...((state.Branches as object[] | undefined) ?? []),
      ...[state.ItemProcessor, state.Iterator].filter((x): x is object => !!x),
    ];
    return [[name, state] as [string, State], ...nested.flatMap(allStates)];
  });
}

/** The Lambda ARN the local stack gives a task's function (what CDK would substitute). */
const functionArn = (task: WorkflowTask, stateMachineArn: string) => {
  const [, , , region, account] = stateMachineArn.split(':');
  return `arn:aws:lambda:${region}:${account}:function:${task.id}`;
};

function substitute(
  definition: object,
  tasks: Readonly<Record<string, WorkflowTask>>,
  stateMachineArn: string,
) {
  let json = JSON.stringify(definition);
  for (const task of Object.values(tasks)) {
    json = json.replaceAll(`\${${task.substitution}}`, functionArn(task, stateMachineArn));
  }
  return JSON.parse(json) as object;
}

/** Binds each Task state to a workflow task, or refuses to start (it would call real AWS). */
function bindTasks(
  definition: object,
  tasks: Readonly<Record<string, WorkflowTask>>,
  stateMachineArn: string,
): Binding[] {
  return allStates(definition)
    .filter(([, state]) => state.Type === 'Task')
    .map(([name, state]) => {
      const resource = String(state.Resource);
      const mode: Mode =
        resource === 'arn:aws:states:::lambda:invoke'
          ? 'invoke'
          : resource === 'arn:aws:states:::lambda:invoke.waitForTaskToken'
            ? 'callback'
            : 'direct';
      const target =
        mode === 'direct'
          ? resource
          : String((state.Parameters as Record<string, unknown> | undefined)?.FunctionName);
      if (mode === 'direct' && resource.startsWith('arn:aws:states:::')) {
        throw new Error(`Task state '${name}': the local endpoint runs Lambda tasks only, not ${resource}`);
      }
      const task =
        Object.values(tasks).find((t) => {
          const arn = functionArn(t, stateMachineArn);
          return target === arn || target.startsWith(`${arn}:`); // a version or alias qualifier
        }) ?? tasks[name];
      if (!task)
        throw new Error(`Task state '${name}' (${resource}) has no workflow task function in the registry`);
      return { state: name, mode, task };
    });
}

/**
 * AWS resolves a Task's `TimeoutSecondsPath` against the state's input; aws-local-stepfunctions
 * resolves it against the effective input (after `Parameters`), where a `lambda:invoke` task
 * has only `FunctionName` and `Payload`. So each such path is copied into the Parameters as
 * `__timeoutSeconds` (resolved from the state input, as on AWS) and the path pointed at it;
 * the task's handler never sees the field (callback and invoke tasks pass only `Payload`).
 */
function resolveTimeoutPathsFromInput(definition: object): object {
  const copy = structuredClone(definition) as object;
  for (const [, state] of allStates(copy)) {
    if (state.Type !== 'Task' || typeof state.TimeoutSecondsPath !== 'string') continue;
    const parameters = (state.Parameters ?? {}) as Record<string, unknown>;
    if (!('Payload' in parameters) && !('Payload.$' in parameters)) continue; // a direct task's event would carry it
    state.Parameters = { ...parameters, '__timeoutSeconds.$': state.TimeoutSecondsPath };
    state.TimeoutSecondsPath = '$.__timeoutSeconds';
  }
  return copy;
}

/** Durations past Node's timer limit would fire at once locally: refuse them up front. */
function checkTimers(definition: object) {
  const top = (definition as { TimeoutSeconds?: number }).TimeoutSeconds;
  const found = [
    ['(top level) TimeoutSeconds', top] as const,
    ...allStates(definition).flatMap(([name, state]) =>
      (['TimeoutSeconds', 'HeartbeatSeconds', 'Seconds'] as const).map(
        (field) => [`${name}.${field}`, state[field] as number | undefined] as const,
      ),
    ),
  ].filter(([, seconds]) => typeof seconds === 'number' && seconds > MAX_TIMER_SECONDS);
  if (found.length) {
    throw new Error(
      `The local Step Functions runner cannot wait longer than ${MAX_TIMER_SECONDS} s (~24.8 days) in one timer: ` +
        found.map(([where, seconds]) => `${where}=${seconds}`).join(', ') +
        '. Loop over shorter waits instead (see docs/decisions/021-local-step-functions.md).',
    );
  }
}
