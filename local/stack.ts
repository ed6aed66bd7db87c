/**
 * The local stack: every AWS service the portal uses, emulated in this process, plus a local
 * API Gateway in front of the very same handler modules. `npm start` (local/start.ts) and the
 * integration tests (test/support/stack.ts) both start it through `startLocalStack`.
 *
 *   DynamoDB        dynalite, LevelDB under <dataDir>/dynamodb, table built from `tableShape`
 *   S3              s3rver, files under <dataDir>/s3, bucket with CORS for the web app;
 *                   ObjectCreated events → the attachment verification handler; under the
 *                   frozen prefix, the local malware scanner (GuardDuty's stand-in, ADR 089)
 *   SES             aws-ses-v2-local: mailbox viewer at /, JSON at /store (each message appended to
 *                   <dataDir>/mailbox.jsonl as it is accepted)
 *   Step Functions  local/sfn.ts, executions in <dataDir>/stepfunctions.json; each task's
 *                   handler in the function host, a worker thread (local/function-host.ts,
 *                   ADR 128), off the event loop that serves the API
 *   API Gateway     local/api-gateway.ts, the HTTP routes of the registry (functions/registry.ts)
 *
 * Handlers reach the emulators only through the SDK's standard endpoint variables
 * (`AWS_ENDPOINT_URL_<SERVICE>`), which this module puts on `process.env` before any handler
 * module is imported — handlers create their DynamoDB client at module load (the others on
 * first use, ADR 117).
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, writeFileSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  PutItemCommand,
  ResourceNotFoundException,
  ScanCommand,
  type AttributeValue,
  type TableDescription,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import sesLocal from 'aws-ses-v2-local';
import { clearStore, getStoreReadonly, type Email } from 'aws-ses-v2-local/dist/store.js';
import { functionById, functionsOf, type FunctionId } from '../functions/registry.ts';
import * as clock from '../shared/clock.ts';
import { ENV } from '../shared/config/env.ts';
import { MAIL_EVENT_DETAIL_TYPES } from '../shared/mail/events.ts';
import { tableShape } from '../shared/storage/table.ts';
import { taskSubstitution, workflowDefinition } from '../shared/workflow/definition.ts';
import { createApiGateway } from './api-gateway.ts';
import { LOCAL_AWS, stateMachineArn } from './aws.ts';
import { LambdaRunner, type HandlerOverrides, type InvocationRecord } from './lambda.ts';
import { forwardS3Events } from './s3-events.ts';
import { scanCreatedObjects } from './malware-scanner.ts';
import { LocalStepFunctions } from './sfn.ts';
import { createStaticServer } from './static.ts';
import { createTable } from './table.ts';

export type ServiceName = 'api' | 'dynamodb' | 's3' | 'ses' | 'sfn' | 'web';

/** The ports `npm start` uses unless PORT_<NAME> says otherwise (see local/README.md). */
export const DEFAULT_PORTS: Readonly<Record<ServiceName, number>> = {
  api: 3000,
  dynamodb: 4567,
  s3: 4568,
  ses: 8005,
  sfn: 8083,
  web: 8080,
};

/** `npm start`'s staff list (ADR 093): the console's sign-in link goes to this address's mailbox. */
export const LOCAL_STAFF_EMAILS = ['sekretariat@kulturskoleradet.no'];

export interface LocalStackOptions {
  /** Where the data lives across restarts; in memory when omitted. */
  dataDir?: string;
  /** Per service; 0 = any free port. Missing ones take DEFAULT_PORTS. */
  ports?: Partial<Record<ServiceName, number>>;
  /** Interface every server binds to (default 127.0.0.1: not reachable from the network). */
  host?: string;
  /** The web app's base URL (magic links point there); default the `web` server's, else Vite's. */
  webBaseUrl?: string;
  /** A built web app (web/dist) to serve on the `web` port. */
  webDir?: string;
  /** The demo round's opening instant; default: kept from the last start, else now. */
  demoRoundOpens?: string;
  /**
   * The secretariat's staff list (STAFF_EMAILS, ADR 093): who may sign in to the console at
   * /sekretariat. Default LOCAL_STAFF_EMAILS.
   */
  staffEmails?: readonly string[];
  /** POWERTOOLS_LOG_LEVEL for the handlers (default WARN). */
  logLevel?: string;
  /** Handlers replacing entry modules (tests), keyed by entry path as in the route table. */
  handlers?: HandlerOverrides;
  /** Replaces every workflow Retry interval (ms); tests use 0. */
  retryIntervalMs?: number;
  /**
   * The workflow's longest single wait (WORKFLOW_MAX_WAIT_SECONDS), default 10 s locally
   * (7 days in AWS): executions look at the round's dates this often, so dates moved with
   * `npm run admin -- stages …` take effect within seconds.
   */
  workflowMaxWaitSeconds?: number;
  /** Seconds between reminders once a stage is overdue (STAGE_REMINDER_INTERVAL_SECONDS). */
  stageReminderIntervalSeconds?: number;
  /**
   * The submission outbox's sweep (ADR 063) runs once when the stack has started — for what
   * the last run left half done — and then every this many seconds (default 30; 0 = only at
   * start). In AWS a schedule runs it every few minutes.
   */
  outboxSweepSeconds?: number;
  /** The periodic sweep leaves submissions younger than this alone (default: as in AWS, 120 s). */
  outboxSweepGraceSeconds?: number;
  /** One line per request, event and execution. */
  log?: (line: string) => void;
  /** Told of every handler run (the cost measurement, docs/cost.md). */
  onInvocation?: (invocation: InvocationRecord) => void;
  /**
   * The time every handler and emulator reads while the stack runs (ADR 075): the tests pass a
   * clock they can move; `npm start` passes none and runs on the system clock.
   */
  clock?: clock.Clock;
}

export interface LocalStack {
  /** Base URLs: the API, the emulators' endpoints, the mailbox viewer (and the web app). */
  urls: {
    api: string;
    dynamodb: string;
    s3: string;
    ses: string;
    mailbox: string;
    sfn: string;
    web?: string;
  };
  ports: Record<Exclude<ServiceName, 'web'>, number> & { web?: number };
  /** What was put on process.env for the handlers. */
  env: Record<string, string>;
  dataDir?: string;
  demoRoundOpens: string;
  /** The time source in use (options.clock, else the system clock). */
  clock: clock.Clock;
  /** The Step Functions endpoint: `waitForExecution(arn)`, `describe(arn)`, `list()`. */
  workflow: Pick<LocalStepFunctions, 'waitForExecution' | 'describe' | 'list'>;
  /** Resolves when no handler invocation (S3 event, workflow task, request) is in flight. */
  idle(): Promise<void>;
  /** Runs the outbox sweep now (as its schedule would), answering what it did. */
  sweepOutbox(graceSeconds?: number): Promise<unknown>;
  /** Runs one of the registry's scheduled functions now (as its schedule would), answering what it did. */
  runSchedule(functionId: FunctionId): Promise<unknown>;
  /**
   * What the SES configuration set's EventBridge rule does in AWS (ADR 083): hands an SES event
   * (the EventBridge envelope) to the registry's mail-event functions that take its detail-type,
   * answering what each returned. The SES emulator reports no bounces, so tests feed them here.
   */
  publishMailEvent(event: { 'detail-type': string }): Promise<unknown[]>;
  /** Closes every server and the LevelDB store; the data stays for the next start. */
  stop(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const { dataDir, host = '127.0.0.1', log = () => {} } = options;
  const port = (name: ServiceName) => options.ports?.[name] ?? DEFAULT_PORTS[name];
  const started = performance.now();
  const lap = (what: string, since: number) => log(`${what} ${Math.round(performance.now() - since)} ms`);
  const closers: (() => Promise<void>)[] = []; // undone last-first on stop or on a failed start
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
  };

  try {
    const time = options.clock ?? clock.systemClock;
    clock.setClock(time);
    closers.push(async () => clock.setClock());
    if (dataDir) await mkdir(dataDir, { recursive: true });
    const settings = await localSettings(dataDir, options.demoRoundOpens);

    // ── emulators ──────────────────────────────────────────────────────────────────────
    let since = performance.now();
    const dynamo = dynalite({
      ...(dataDir && { path: join(dataDir, 'dynamodb') }),
      createTableMs: 0,
      deleteTableMs: 0,
    });
    const dynamoPort = await listen(dynamo, port('dynamodb'), host, 'dynamodb');
    closers.push(() => closeServer(dynamo));
    lap('dynalite', since);

    since = performance.now();
    const s3 = new S3rver({
      silent: true,
      directory: dataDir ? join(dataDir, 's3') : await tempDir(closers),
      configureBuckets: [{ name: LOCAL_AWS.attachmentBucket, configs: [bucketCors(options.webBaseUrl)] }],
    });
    await s3.configureBuckets();
    // Our own server around s3rver's handler: its run() leaves a listen error uncaught.
    const s3Server = createServer(s3.callback());
    const s3Port = await listen(s3Server, port('s3'), host, 's3');
    closers.push(() => closeServer(s3Server));
    lap('s3rver', since);

    since = performance.now();
    const unjournal = await openMailbox(dataDir);
    closers.push(async () => unjournal());
    const ses = await startSes({ host, port: port('ses') });
    // It resolves even when listening failed (Express 5 hands the error to its callback).
    if (!ses.listening)
      throw portError(Object.assign(new Error('listen failed'), { code: 'EADDRINUSE' }), 'ses', port('ses'));
    const sesPort = (ses.address() as AddressInfo).port;
    closers.push(() => closeServer(ses));
    lap('aws-ses-v2-local', since);

    // ── Step Functions, the web app, then the handlers' environment ─────────────────────
    const endpoint = (p: number) => `http://127.0.0.1:${p}`;
    const human = (p: number) => `http://localhost:${p}`;
    // Handlers run on this thread, the workflow's tasks in the function host's worker (ADR 128).
    const runner = new LambdaRunner(options.handlers, options.onInvocation, log);
    since = performance.now();
    const sfn = await LocalStepFunctions.open({
      definition: workflowDefinition(),
      // Each Task state bound to the function the registry declares for it.
      tasks: Object.fromEntries(
        functionsOf('workflow-task').map((task) => [
          task.task,
          { id: task.id, substitution: taskSubstitution(task.task), entry: task.entry },
        ]),
      ),
      stateMachineArn,
      runner,
      ...(dataDir && { file: join(dataDir, 'stepfunctions.json') }),
      retryIntervalMs: options.retryIntervalMs,
      log,
    });
    const sfnPort = await listen(sfn.server, port('sfn'), host, 'sfn');
    lap('step functions (definition checked against the ASL schema)', since);
    closers.push(async () => {
      await sfn.stop(); // running executions stay RUNNING, to resume on the next start
      await Promise.race([runner.idle(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
      await runner.close(); // the function host's worker
    });

    let webUrl: string | undefined;
    let apiUrl = ''; // known once the API listens, below; the web app asks for it at run time
    if (options.webDir) {
      const web = createStaticServer(options.webDir, () => ({ apiBaseUrl: apiUrl }));
      webUrl = human(await listen(web, port('web'), host, 'web'));
      closers.push(() => closeServer(web));
    }

    const env: Record<string, string> = {
      AWS_REGION: LOCAL_AWS.region,
      AWS_ACCESS_KEY_ID: LOCAL_AWS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_AWS.secretAccessKey,
      // The SDK's per-service endpoint variables: AWS_ENDPOINT_URL_ + the client's serviceId
      // upper-cased, spaces → '_' (DynamoDB, S3, SESv2 and SES v1, SFN).
      AWS_ENDPOINT_URL_DYNAMODB: endpoint(dynamoPort),
      AWS_ENDPOINT_URL_S3: endpoint(s3Port),
      AWS_ENDPOINT_URL_SESV2: endpoint(sesPort),
      AWS_ENDPOINT_URL_SES: endpoint(sesPort),
      AWS_ENDPOINT_URL_SFN: endpoint(sfnPort),
      // s3rver: path-style URLs; no streamed-body checksums (it would store the chunk framing).
      [ENV.s3ForcePathStyle]: 'true',
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      [ENV.tableName]: LOCAL_AWS.tableName,
      [ENV.attachmentBucket]: LOCAL_AWS.attachmentBucket,
      [ENV.stateMachineArn]: stateMachineArn,
      [ENV.signingKey]: settings.signingKey,
      [ENV.webBaseUrl]: options.webBaseUrl ?? webUrl ?? 'http://localhost:5173',
      [ENV.demoRoundOpens]: settings.demoRoundOpens,
      [ENV.staffEmails]: (options.staffEmails ?? LOCAL_STAFF_EMAILS).join(','),
      [ENV.staffMailFrom]: 'soknad@kulturskoleradet.no',
      [ENV.workflowMaxWaitSeconds]: String(options.workflowMaxWaitSeconds ?? 10),
      ...(options.stageReminderIntervalSeconds !== undefined && {
        [ENV.stageReminderIntervalSeconds]: String(options.stageReminderIntervalSeconds),
      }),
      POWERTOOLS_SERVICE_NAME: 'inkluderende-kulturskoler',
      POWERTOOLS_METRICS_NAMESPACE: 'InkluderendeKulturskoler',
      POWERTOOLS_DEV: 'true',
      POWERTOOLS_TRACE_ENABLED: 'false',
      POWERTOOLS_LOG_LEVEL: options.logLevel ?? 'WARN',
    };
    Object.assign(process.env, env);
    // Never mix a developer's real AWS session into requests to the emulators.
    delete process.env.AWS_SESSION_TOKEN;
    delete process.env.AWS_PROFILE;

    // The function host's worker shares this environment from here on. It starts (loads tsx and
    // the SDK) while the stack goes on; the first workflow task waits for it if need be.
    const hostSince = performance.now();
    runner.startHost().then(
      () => lap('function host (worker thread)', hostSince),
      (error: unknown) =>
        log(`function host did not start: ${error instanceof Error ? error.stack : String(error)}`),
    );
    since = performance.now();
    await ensureTable(endpoint(dynamoPort), dataDir, log);
    lap(`table ${LOCAL_AWS.tableName}`, since);

    // The registry's S3-event functions, each for its prefix of the attachment bucket.
    for (const target of functionsOf('s3-event')) {
      const unsubscribe = forwardS3Events({
        s3rver: s3,
        bucket: LOCAL_AWS.attachmentBucket,
        target,
        runner,
        log,
      });
      closers.push(async () => unsubscribe());
    }

    // The registry's malware-scan functions: the local scanner adapter stands in for GuardDuty
    // Malware Protection for S3 on their prefix and publishes the same result event (ADR 089).
    for (const target of functionsOf('malware-scan')) {
      const unsubscribe = scanCreatedObjects({
        s3rver: s3,
        bucket: LOCAL_AWS.attachmentBucket,
        s3Endpoint: endpoint(s3Port),
        target,
        runner,
        log,
      });
      closers.push(async () => unsubscribe());
    }

    const api = createApiGateway({
      routes: functionsOf('http'),
      runner,
      webOrigin: new URL(env[ENV.webBaseUrl]!).origin,
      log,
    });
    const apiPort = await listen(api, port('api'), host, 'api');
    apiUrl = human(apiPort);
    closers.push(() => closeServer(api)); // first to close: lets requests in flight finish

    sfn.resume();
    // The registry's scheduled functions, as their schedules run them in AWS: once now for
    // whatever the last run left half done (no request is in flight yet, so no grace), then on
    // an interval of seconds rather than minutes. (The outbox sweep's options name the sweep.)
    const runScheduled = (fn: { id: string; entry: string }, graceSeconds?: number) =>
      runner.invoke({
        entry: fn.entry,
        functionName: fn.id,
        event: { 'detail-type': 'Scheduled Event', source: 'local', graceSeconds },
      });
    const sweepOutbox = (graceSeconds?: number) => runScheduled(functionById('SweepOutbox'), graceSeconds);
    const publishMailEvent = (event: { 'detail-type': string }) =>
      Promise.all(
        functionsOf('mail-event')
          .filter((fn) => fn.events.some((type) => MAIL_EVENT_DETAIL_TYPES[type] === event['detail-type']))
          .map((fn) => runner.invoke({ entry: fn.entry, functionName: fn.id, event })),
      );
    for (const scheduled of functionsOf('schedule')) {
      const runQuietly = (graceSeconds?: number) =>
        runScheduled(scheduled, graceSeconds).catch((error: unknown) =>
          log(`${scheduled.id} failed: ${error instanceof Error ? error.message : String(error)}`),
        );
      void runQuietly(0);
      const seconds = options.outboxSweepSeconds ?? 30;
      if (seconds > 0) {
        const timer = setInterval(() => void runQuietly(options.outboxSweepGraceSeconds), seconds * 1000);
        closers.push(async () => clearInterval(timer)); // stops before the emulators close
      }
    }
    if (dataDir) {
      // For `npm run admin` against this stack: where the emulators answer (removed on stop).
      const endpointsFile = join(dataDir, 'endpoints.json');
      await writeFile(endpointsFile, JSON.stringify({ env, urls: { api: apiUrl } }, null, 2) + '\n', {
        mode: 0o600,
      });
      closers.push(() => rm(endpointsFile, { force: true }));
    }
    lap('local stack started in', started);

    let stopping: Promise<void> | undefined;
    return {
      urls: {
        api: apiUrl,
        dynamodb: endpoint(dynamoPort),
        s3: endpoint(s3Port),
        ses: endpoint(sesPort),
        mailbox: human(sesPort),
        sfn: endpoint(sfnPort),
        ...(webUrl && { web: webUrl }),
      },
      ports: {
        api: apiPort,
        dynamodb: dynamoPort,
        s3: s3Port,
        ses: sesPort,
        sfn: sfnPort,
        ...(webUrl && { web: Number(new URL(webUrl).port) }),
      },
      env,
      dataDir,
      demoRoundOpens: settings.demoRoundOpens,
      clock: time,
      workflow: {
        waitForExecution: (arn, timeoutMs) => sfn.waitForExecution(arn, timeoutMs),
        describe: (arn) => sfn.describe(arn),
        list: () => sfn.list(),
      },
      idle: () => runner.idle(),
      sweepOutbox,
      runSchedule: (functionId: FunctionId) => runScheduled(functionById(functionId)),
      publishMailEvent,
      stop: () => (stopping ??= close().then(() => log('local stack stopped'))),
    };
  } catch (error) {
    await close().catch(() => {});
    throw error;
  }
}

/** The signing key and the demo round's opening, made once and kept in <dataDir>/local.json. */
async function localSettings(dataDir: string | undefined, demoRoundOpens: string | undefined) {
  const file = dataDir && join(dataDir, 'local.json');
  const kept = file ? await readJson<{ signingKey?: string; demoRoundOpens?: string }>(file, {}) : {};
  const settings = {
    signingKey: kept.signingKey ?? randomBytes(32).toString('base64url'),
    demoRoundOpens: demoRoundOpens ?? kept.demoRoundOpens ?? clock.now().toISOString(),
  };
  if (file && (settings.signingKey !== kept.signingKey || settings.demoRoundOpens !== kept.demoRoundOpens)) {
    await writeFile(file, JSON.stringify(settings, null, 2) + '\n', { mode: 0o600 });
  }
  return settings;
}

/**
 * CreateTable from `tableShape` unless the table is there already (a restart). A table kept
 * from an older version whose indexes differ from `tableShape` (a new GSI, e.g. gsi3 of ADR
 * 063) is rebuilt with its items: dynalite cannot add an index to a table. The items are
 * written to `<dataDir>/table-rebuild.json` first, so a rebuild cut short resumes next start.
 * This one-off copy is the only Scan in the repository — the local stack's own, never a
 * handler's.
 */
async function ensureTable(endpoint: string, dataDir: string | undefined, log: (line: string) => void) {
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_AWS.region,
    credentials: { accessKeyId: LOCAL_AWS.accessKeyId, secretAccessKey: LOCAL_AWS.secretAccessKey },
  });
  const TableName = LOCAL_AWS.tableName;
  const backup = dataDir && join(dataDir, 'table-rebuild.json');
  try {
    let items = backup
      ? await readJson<Record<string, AttributeValue>[] | undefined>(backup, undefined)
      : undefined;
    let table: TableDescription | undefined;
    try {
      table = (await client.send(new DescribeTableCommand({ TableName }))).Table;
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
    }
    const wanted = tableShape.globalSecondaryIndexes.map((index) => index.indexName).sort();
    const has = (table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName!).sort();
    if (table && !items && JSON.stringify(has) !== JSON.stringify(wanted)) {
      log(
        `table ${TableName}: indexes [${has.join(', ')}] → [${wanted.join(', ')}]; rebuilding it with its items`,
      );
      items = [];
      let startKey: Record<string, AttributeValue> | undefined;
      do {
        const page = await client.send(new ScanCommand({ TableName, ExclusiveStartKey: startKey }));
        items.push(...(page.Items ?? []));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      if (backup) await writeFile(backup, JSON.stringify(items), { mode: 0o600 });
    }
    if (table && items) {
      await client.send(new DeleteTableCommand({ TableName }));
      // dynalite answers DELETING, then drops it after `deleteTableMs` (0 here).
      for (;;) {
        try {
          await client.send(new DescribeTableCommand({ TableName }));
        } catch (error) {
          if (error instanceof ResourceNotFoundException) break;
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      table = undefined;
    }
    if (!table) await createTable(client);
    if (items) {
      for (const item of items) await client.send(new PutItemCommand({ TableName, Item: item }));
      if (backup) await rm(backup, { force: true });
      log(`table ${TableName}: rebuilt with ${items.length} items`);
    }
  } finally {
    client.destroy();
  }
}

/** The attachment bucket's CORS: the browser POSTs uploads and GETs downloads directly. */
function bucketCors(webBaseUrl: string | undefined): string {
  const origins = [
    'http://localhost:*',
    'http://127.0.0.1:*',
    ...(webBaseUrl ? [new URL(webBaseUrl).origin] : []),
  ];
  return (
    `<CORSConfiguration><CORSRule>${origins.map((o) => `<AllowedOrigin>${o}</AllowedOrigin>`).join('')}${[
      'GET',
      'HEAD',
      'PUT',
      'POST',
    ]
      .map((m) => `<AllowedMethod>${m}</AllowedMethod>`)
      .join('')}<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader>` +
    `<MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`
  );
}

/** The SES emulator's start function: Node hands over its CJS exports object, vitest its default. */
type StartSes = (config?: { host?: string; port?: number }) => Promise<Server>;
const sesExports = sesLocal as unknown as StartSes | { default: StartSes };
const startSes: StartSes = typeof sesExports === 'function' ? sesExports : sesExports.default;

/**
 * The mailbox as SES keeps it: every message the emulator accepts is appended to
 * `<dataDir>/mailbox.jsonl` before the emulator answers, so a message SES accepted survives
 * even a killed process (the receipt mail's at-least-once promise is tested that way,
 * docs/reliability.md). Loads what earlier runs kept (and a `mailbox.json` of older versions,
 * which moves into the journal). Answers the function that detaches the journal again.
 */
async function openMailbox(dataDir: string | undefined): Promise<() => void> {
  const journal = dataDir && join(dataDir, 'mailbox.jsonl');
  const kept: Email[] = [];
  if (dataDir) {
    const legacy = join(dataDir, 'mailbox.json');
    const old = await readJson<Email[]>(legacy, []);
    if (old.length) await appendFile(journal!, old.map((email) => JSON.stringify(email) + '\n').join(''));
    await rm(legacy, { force: true });
    const lines = (await readFile(journal!, 'utf8').catch(() => '')).split('\n');
    for (const line of lines) {
      try {
        if (line) kept.push(JSON.parse(line) as Email);
      } catch {
        // the last line of a killed process may be cut short: that message was never answered
      }
    }
  }
  clearStore();
  const store = getStoreReadonly() as { emails: Email[] };
  store.emails.push(...kept);
  // The emulator pushes each accepted message onto `store.emails` (and its /clear-store
  // replaces the array): journal every push, on whichever array is current.
  const journalled = (emails: Email[]) => {
    if (!journal) return emails;
    emails.push = (...added: Email[]) => {
      appendFileSync(journal, added.map((email) => JSON.stringify(email) + '\n').join(''));
      return Array.prototype.push.apply(emails, added);
    };
    return emails;
  };
  let emails = journalled(store.emails);
  Object.defineProperty(store, 'emails', {
    configurable: true,
    enumerable: true,
    get: () => emails,
    set: (replaced: Email[]) => {
      if (journal && replaced.length === 0) writeFileSync(journal, ''); // the emulator's /clear-store
      emails = journalled(replaced);
    },
  });
  return () => {
    Object.defineProperty(store, 'emails', {
      configurable: true,
      enumerable: true,
      writable: true,
      value: [],
    });
    clearStore();
  };
}

function listen(server: Server, port: number, host: string, name: ServiceName): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(portError(error, name, port)));
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function portError(error: unknown, name: ServiceName, port: number): unknown {
  if ((error as NodeJS.ErrnoException)?.code !== 'EADDRINUSE') return error;
  return new Error(`Port ${port} (${name}) is in use: stop what uses it or set PORT_${name.toUpperCase()}`, {
    cause: error,
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}

async function readJson<T>(file: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
}

/** A folder for s3rver when the stack keeps nothing; removed on stop. */
async function tempDir(closers: (() => Promise<void>)[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'local-stack-s3-'));
  closers.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}
