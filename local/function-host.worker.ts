/**
 * The function host's worker (ADR 128; the main thread's side is `function-host.ts`): loads
 * handler modules on first use and runs invocations, each with a Lambda context of its own.
 *
 * Node loads this file itself (its type stripping: erasable syntax only, no static import of a
 * `.ts` module); it registers tsx first, so the handlers' TypeScript loads as under `tsx`.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';
import type {
  CommandLibrary,
  ForwardedService,
  FromWorker,
  HostData,
  SerializedError,
  ToWorker,
} from './function-host.ts';
import type { LambdaHandler } from './lambda.ts';

register();

const port = parentPort!;
const data = workerData as HostData;
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const host = await import('./function-host.ts');
const { lambdaContext } = await import('./lambda.ts');

// The stack's time: the system clock plus the offset the main thread keeps current.
const clockOffset = new BigInt64Array(data.clockOffset);
const clock = await import('../shared/clock.ts');
clock.setClock({ now: () => new Date(Date.now() + Number(Atomics.load(clockOffset, 0))) });

// The clients the handlers will use, each able to make its calls through the main thread's.
const forwarding = new Int32Array(data.forwarding);
const sdkAnswers = new Map<number, PromiseWithResolvers<unknown>>();
let nextCall = 0;

interface SdkClient {
  send(command: unknown, ...rest: unknown[]): Promise<unknown>;
  middlewareStack: { identify(): string[] };
}
const clients: Record<ForwardedService, SdkClient> = {
  dynamodb: (await import('../shared/storage/dynamo.ts')).documentClient as unknown as SdkClient,
  ses: (await (await import('../shared/mail/ses.ts')).sesClient()) as unknown as SdkClient,
  sfn: (await (await import('../shared/workflow/client.ts')).sfnClient()) as unknown as SdkClient,
};
const libraryOf = (service: ForwardedService, command: object): CommandLibrary =>
  service === 'dynamodb'
    ? 'clientCommand' in command // a document client command wraps the DynamoDB client's
      ? '@aws-sdk/lib-dynamodb'
      : '@aws-sdk/client-dynamodb'
    : service === 'ses'
      ? '@aws-sdk/client-sesv2'
      : '@aws-sdk/client-sfn';

host.FORWARDED_SERVICES.forEach((service, index) => {
  const client = clients[service];
  const send = client.send.bind(client);
  client.send = (command: unknown, ...rest: unknown[]) => {
    if (Atomics.load(forwarding, index) !== 1) return send(command, ...rest);
    const id = ++nextCall;
    const answer = Promise.withResolvers<unknown>();
    sdkAnswers.set(id, answer);
    const { input } = command as { input: unknown };
    post({
      type: 'sdk-call',
      id,
      service,
      library: libraryOf(service, command as object),
      command: (command as object).constructor.name,
      input,
    });
    return answer.promise;
  };
});

const handlers = new Map<string, Promise<LambdaHandler>>();
function load(entry: string): Promise<LambdaHandler> {
  let loading = handlers.get(entry);
  if (!loading) {
    loading = import(pathToFileURL(join(repoRoot, entry)).href).then((module: { handler?: unknown }) => {
      if (typeof module.handler !== 'function') throw new Error(`${entry} does not export a handler`);
      return module.handler as LambdaHandler;
    });
    loading.catch(() => handlers.delete(entry)); // a syntax error fixed → the next invocation retries
    handlers.set(entry, loading);
  }
  return loading;
}

/** Resolves once what the handlers wrote to stdout and stderr has reached the main thread. */
async function flushed() {
  await Promise.all(
    [process.stdout, process.stderr].map((stream) =>
      stream.writableLength > 0 ? new Promise((resolve) => stream.write('', resolve)) : undefined,
    ),
  );
}

async function invoke(message: Extract<ToWorker, { type: 'invoke' }>) {
  const handler = await load(message.entry).catch((error: unknown) => ({ error }));
  const started = performance.now();
  let answer: FromWorker;
  try {
    if (typeof handler !== 'function') throw handler.error;
    const result = await handler(
      JSON.parse(message.event),
      lambdaContext(message.functionName, message.timeoutMs, message.requestId),
    );
    answer = {
      type: 'answer',
      id: message.id,
      ...(result !== undefined && { result: JSON.stringify(result) }),
      ms: performance.now() - started,
      mainThread: isMainThread,
    };
  } catch (error) {
    answer = {
      type: 'answer',
      id: message.id,
      error: host.serializeError(error),
      ms: performance.now() - started,
      mainThread: isMainThread,
    };
  }
  await flushed();
  post(answer);
}

function sdkAnswer(message: Extract<ToWorker, { type: 'sdk-answer' }>) {
  const answer = sdkAnswers.get(message.id);
  if (!answer) return;
  sdkAnswers.delete(message.id);
  if (message.error) answer.reject(host.deserializeError(message.error as SerializedError));
  else answer.resolve(message.output);
}

function post(message: FromWorker) {
  port.postMessage(message);
}

port.on('message', (message: ToWorker) => {
  if (message.type === 'invoke') void invoke(message);
  else sdkAnswer(message);
});
post({
  type: 'ready',
  middleware: Object.fromEntries(
    host.FORWARDED_SERVICES.map((service) => [service, clients[service].middlewareStack.identify()]),
  ) as Record<ForwardedService, string[]>,
});
