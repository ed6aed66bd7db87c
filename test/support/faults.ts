/**
 * Fault injection for the integration tests (docs/decisions/064-fault-injection.md): makes the
 * very AWS SDK clients the handlers use fail, through SDK middleware, while the local stack
 * runs in the test's process. Nothing in `shared/` or `functions/` knows about it — the
 * adapters only export their clients.
 *
 *   const faults = installFaults();
 *   const fault = faults.arm({ service: 'ses', operations: ['SendEmail'], nth: 1, kind: 'error' });
 *   … act …
 *   expect(fault.fired).toBe(true);
 *   faults.remove();
 *
 * Kinds of fault, as a caller sees them:
 * - `error`: the service answered a server error (HTTP 500), nothing was done;
 * - `throttle`: the service throttled the call (ProvisionedThroughputExceededException,
 *   TooManyRequestsException, ThrottlingException), nothing was done;
 * - `lost-answer`: the call reached the service and **took effect**, but its answer never
 *   came back (a socket timeout) — the caller cannot know it succeeded.
 *
 * Layers: `caller` (default) puts the fault above the SDK's own retries, so the handler sees
 * it as if every SDK attempt had failed; `wire` puts it below them, where the SDK's standard
 * retry strategy sees it first (a single throttle there never reaches the handler).
 */
import { DynamoDBServiceException } from '@aws-sdk/client-dynamodb';
import { SESv2ServiceException } from '@aws-sdk/client-sesv2';
import { SFNServiceException } from '@aws-sdk/client-sfn';
import { sesClient } from '../../shared/mail/ses.ts';
import { documentClient } from '../../shared/storage/dynamo.ts';
import { sfnClient } from '../../shared/workflow/client.ts';

export type FaultService = 'dynamodb' | 'ses' | 'sfn';
export type FaultKind = 'error' | 'throttle' | 'lost-answer';
export type FaultLayer = 'caller' | 'wire';

/** DynamoDB's write operations (what the portal's repositories send). */
export const DYNAMODB_WRITES = ['PutItem', 'UpdateItem', 'DeleteItem'] as const;

/** One SDK call as the harness sees it: the command input before marshalling. */
export interface FaultCall {
  service: FaultService;
  /** Without the `Command` suffix: `UpdateItem`, `SendEmail`, `StartExecution`, … */
  operation: string;
  input: Record<string, unknown>;
}

export interface FaultRule {
  service: FaultService;
  operations: readonly string[];
  /** Only calls this accepts count (e.g. the writes on one application's item). */
  match?: (call: FaultCall) => boolean;
  /** The matching call that fails: 1 = the first one after arming. */
  nth: number;
  /** How many matching calls in a row fail from the nth on (default 1: it fails once). */
  times?: number;
  kind: FaultKind;
  layer?: FaultLayer;
}

export interface ArmedFault {
  readonly rule: FaultRule;
  /** Matching calls seen since arming. */
  readonly seen: number;
  /** Whether the fault has been injected (at least once). */
  readonly fired: boolean;
  /** How often it has been injected. */
  readonly injections: number;
  /** The call that failed. */
  readonly call?: FaultCall;
  disarm(): void;
}

/** Records the calls a filter matches, without failing any (to find the positions of a path). */
export interface CallProbe {
  readonly calls: readonly FaultCall[];
  stop(): void;
}

export interface Faults {
  arm(rule: FaultRule): ArmedFault;
  probe(filter: Omit<FaultRule, 'nth' | 'kind' | 'layer'>): CallProbe;
  /** Every fault injected since install, in order. */
  readonly injected: readonly FaultCall[];
  /** Takes the middleware off the clients again. */
  remove(): void;
}

type Next = (args: { input: object }) => Promise<unknown>;
type Middleware = (
  next: Next,
  context: { commandName?: string },
) => (args: { input: object }) => Promise<unknown>;
interface Stack {
  add(
    middleware: Middleware,
    options: { step: string; priority?: string; name: string; override?: boolean },
  ): void;
  remove(name: string): boolean;
}

// SES's and Step Functions' clients are made on first use (ADR 117): made here, the very clients
// the handlers will use.
const CLIENTS: Record<FaultService, { middlewareStack: unknown }> = {
  dynamodb: documentClient,
  ses: await sesClient(),
  sfn: await sfnClient(),
};

const NAME = { caller: 'faultInjectionCaller', wire: 'faultInjectionWire' } as const;

export function installFaults(): Faults {
  const armed = new Set<ArmedState>();
  const probes = new Set<ProbeState>();
  const injected: FaultCall[] = [];

  const middleware =
    (service: FaultService, layer: FaultLayer): Middleware =>
    (next, context) =>
    async (args) => {
      const call: FaultCall = {
        service,
        operation: (context.commandName ?? '').replace(/Command$/, ''),
        input: args.input as Record<string, unknown>,
      };
      // Count once per caller-level send (the wire layer would count the SDK's own retries).
      if (layer === 'caller')
        for (const probe of probes) if (matches(probe.filter, call)) probe.calls.push(call);
      let fault: ArmedState | undefined;
      for (const state of armed) {
        const last = state.rule.nth + (state.rule.times ?? 1) - 1;
        if ((state.rule.layer ?? 'caller') !== layer || state.seen >= last || !matches(state.rule, call))
          continue;
        state.seen++;
        if (state.seen >= state.rule.nth && !fault) fault = state;
      }
      if (!fault) return next(args);
      fault.fired = true;
      fault.injections++;
      fault.call = call;
      injected.push(call);
      if (fault.rule.kind === 'lost-answer') {
        await next(args); // it took effect …
        throw lostAnswer(service); // … but the caller never hears so
      }
      throw serviceError(service, fault.rule.kind);
    };

  for (const [service, client] of Object.entries(CLIENTS) as [FaultService, { middlewareStack: unknown }][]) {
    const stack = client.middlewareStack as Stack;
    stack.add(middleware(service, 'caller'), {
      step: 'initialize',
      priority: 'high',
      name: NAME.caller,
      override: true,
    });
    // After the retry middleware (finalizeRequest, high): each SDK attempt passes here.
    stack.add(middleware(service, 'wire'), {
      step: 'finalizeRequest',
      priority: 'low',
      name: NAME.wire,
      override: true,
    });
  }

  return {
    arm(rule) {
      if (!Number.isInteger(rule.nth) || rule.nth < 1)
        throw new Error(`nth must be 1 or more, got ${rule.nth}`);
      const state: ArmedState = { rule, seen: 0, fired: false, injections: 0 };
      armed.add(state);
      return {
        rule,
        get seen() {
          return state.seen;
        },
        get fired() {
          return state.fired;
        },
        get injections() {
          return state.injections;
        },
        get call() {
          return state.call;
        },
        disarm: () => armed.delete(state),
      };
    },
    probe(filter) {
      const state: ProbeState = { filter, calls: [] };
      probes.add(state);
      return { calls: state.calls, stop: () => probes.delete(state) };
    },
    injected,
    remove() {
      armed.clear();
      probes.clear();
      for (const client of Object.values(CLIENTS)) {
        const stack = client.middlewareStack as Stack;
        stack.remove(NAME.caller);
        stack.remove(NAME.wire);
      }
    },
  };
}

interface ArmedState {
  rule: FaultRule;
  seen: number;
  fired: boolean;
  injections: number;
  call?: FaultCall;
}
interface ProbeState {
  filter: Omit<FaultRule, 'nth' | 'kind' | 'layer'>;
  calls: FaultCall[];
}

function matches(rule: Omit<FaultRule, 'nth' | 'kind' | 'layer'>, call: FaultCall): boolean {
  return (
    rule.service === call.service &&
    rule.operations.includes(call.operation) &&
    (rule.match ? rule.match(call) : true)
  );
}

/** The partition key a DynamoDB call is about (Key.pk or Item.pk), marshalled or not. */
export function dynamoPartitionKey(call: FaultCall): string | undefined {
  const record = (call.input.Key ?? call.input.Item) as Record<string, unknown> | undefined;
  const pk = record?.pk as string | { S?: string } | undefined;
  return typeof pk === 'string' ? pk : pk?.S;
}

/** The recipients of an SES SendEmail call. */
export function mailRecipients(call: FaultCall): string[] {
  return ((call.input.Destination as { ToAddresses?: string[] } | undefined)?.ToAddresses ?? []).map((to) =>
    to.toLowerCase(),
  );
}

const SERVICE_ERRORS = {
  dynamodb: {
    Exception: DynamoDBServiceException,
    error: { name: 'InternalServerError', status: 500 },
    throttle: { name: 'ProvisionedThroughputExceededException', status: 400 },
  },
  ses: {
    Exception: SESv2ServiceException,
    error: { name: 'InternalFailure', status: 500 },
    throttle: { name: 'TooManyRequestsException', status: 429 },
  },
  sfn: {
    Exception: SFNServiceException,
    error: { name: 'InternalFailure', status: 500 },
    throttle: { name: 'ThrottlingException', status: 400 },
  },
} as const;

function serviceError(service: FaultService, kind: 'error' | 'throttle'): Error {
  const { Exception, ...shapes } = SERVICE_ERRORS[service];
  const { name, status } = shapes[kind];
  return new Exception({
    name,
    $fault: kind === 'error' ? 'server' : 'client',
    $metadata: { httpStatusCode: status, requestId: 'fault-injection', attempts: 1, totalRetryDelay: 0 },
    message: `Injected ${kind} (test/support/faults.ts)`,
    ...(kind === 'throttle' && { $retryable: { throttling: true } }),
  });
}

function lostAnswer(service: FaultService): Error {
  const error = new Error(`Injected lost answer: the ${service} call took effect, its answer never came`);
  error.name = 'TimeoutError';
  return error;
}
