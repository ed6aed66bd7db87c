/**
 * The local stack for integration tests: the same `startLocalStack` as `npm start`, on free
 * ports with a fresh temporary data folder, plus small helpers to call the API, read the
 * mailbox and reach S3. One stack per test file (vitest runs each file in its own module
 * graph, so the handlers' SDK clients are created against that file's stack).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';
import { LOCAL_AWS } from '../../local/aws.ts';
import type { HandlerOverrides } from '../../local/lambda.ts';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../local/stack.ts';
import { TestClock } from './clock.ts';
import { contractOf } from './openapi.ts';

export interface TestStackOptions {
  demoRoundOpens?: string;
  /** Replace handler modules by entry path (e.g. a workflow task). */
  handlers?: HandlerOverrides;
  /** Told of every handler run (the cost measurement, test/support/cost.ts). */
  onInvocation?: LocalStackOptions['onInvocation'];
  /** Print the stack's log lines (also: LOCAL_STACK_LOG=1). */
  verbose?: boolean;
  /** POWERTOOLS_LOG_LEVEL for the handlers (default WARN), e.g. DEBUG to see every log line. */
  logLevel?: string;
  /** The workflow's longest wait (default 1 s in tests). */
  workflowMaxWaitSeconds?: number;
  /** Seconds between reminders of an overdue stage. */
  stageReminderIntervalSeconds?: number;
  /** The outbox sweep's interval and grace (ADR 063); default as `npm start`: 30 s and 120 s. */
  outboxSweepSeconds?: number;
  outboxSweepGraceSeconds?: number;
  /**
   * Why this stack's answers are not held to the OpenAPI document: only for tests of the local
   * gateway itself (fake handlers, unknown routes). Every other test's answers are.
   */
  outsideContract?: string;
}

export interface ApiResponse {
  status: number;
  /** Parsed JSON, or the text when the answer is not JSON (null when empty). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  headers: Record<string, string>;
}

export type Api = (
  method: string,
  path: string,
  options?: {
    body?: unknown;
    token?: string;
    headers?: Record<string, string>;
    /**
     * Why this answer is not held to the OpenAPI document — only for what is no operation of
     * the API (the gateway's answer to an unknown route or method). Every other answer is.
     */
    outsideContract?: string;
  },
) => Promise<ApiResponse>;

/** A sent e-mail as the SES emulator recorded it. */
export interface Mail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Epoch seconds. */
  at: number;
}

export interface TestStack {
  stack: LocalStack;
  dataDir: string;
  /**
   * The portal's time (ADR 075): every handler and the emulators read it. Move it past a date
   * (`clock.set(instant)`, `clock.advance(ms)`) instead of waiting for real time to pass.
   */
  clock: TestClock;
  api: Api;
  /** Every e-mail sent so far, oldest first. */
  mails(): Promise<Mail[]>;
  /** The e-mails sent so far to this address (whose subject matches, if given), oldest first. */
  mailsTo(email: string, subject?: RegExp): Promise<Mail[]>;
  s3: S3Client;
  /** Stops and starts again on the same data folder and ports (handlers keep their clients). */
  restart(): Promise<void>;
  /** Stops the stack and removes its data folder. */
  stop(): Promise<void>;
}

export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'portal-test-'));
  const clock = new TestClock();
  const log =
    options.verbose || process.env.LOCAL_STACK_LOG ? (line: string) => console.log(line) : undefined;
  const start = (ports: LocalStack['ports'] | undefined) =>
    startLocalStack({
      dataDir,
      ports: ports ?? { api: 0, dynamodb: 0, s3: 0, ses: 0, sfn: 0 },
      demoRoundOpens: options.demoRoundOpens,
      handlers: options.handlers,
      onInvocation: options.onInvocation,
      retryIntervalMs: 0,
      workflowMaxWaitSeconds: options.workflowMaxWaitSeconds ?? 1,
      stageReminderIntervalSeconds: options.stageReminderIntervalSeconds,
      outboxSweepSeconds: options.outboxSweepSeconds,
      outboxSweepGraceSeconds: options.outboxSweepGraceSeconds,
      log,
      logLevel: options.logLevel,
      clock,
    });

  let stack = await start(undefined);
  const s3 = new S3Client({
    endpoint: stack.urls.s3,
    region: LOCAL_AWS.region,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    credentials: { accessKeyId: LOCAL_AWS.accessKeyId, secretAccessKey: LOCAL_AWS.secretAccessKey },
  });

  const test: TestStack = {
    get stack() {
      return stack;
    },
    dataDir,
    clock,
    s3,
    api: apiClient(() => stack.urls.api, { outsideContract: options.outsideContract }),
    mails: () => readMailbox(stack.urls.ses),
    mailsTo: async (email, subject) =>
      (await readMailbox(stack.urls.ses)).filter(
        (mail) => mail.to.includes(email) && (!subject || subject.test(mail.subject)),
      ),
    restart: async () => {
      await stack.stop();
      stack = await start(stack.ports);
    },
    stop: async () => {
      s3.destroy();
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
  return test;
}

/** The review links in e-mails, by recipient: `{ committee, token }` of the latest link each got. */
export function reviewLinksFrom(mails: readonly Mail[]): Map<string, { committee: string; token: string }> {
  const links = new Map<string, { committee: string; token: string }>();
  for (const mail of mails) {
    const match = /\/review\/(expert|geographic|final)#token=([^\s"<&]+)/.exec(mail.text);
    if (match)
      for (const to of mail.to) links.set(to, { committee: match[1]!, token: decodeURIComponent(match[2]!) });
  }
  return links;
}

interface SesStoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  at: number;
}

/**
 * Calls the local API as a browser would, with an optional bearer token. Every answer is held
 * to the API's OpenAPI document (test/support/openapi.ts): an operation, status, content type
 * or body the document does not describe fails the call with the reason.
 */
export function apiClient(baseUrl: () => string, defaults: { outsideContract?: string } = {}): Api {
  return async (
    method,
    path,
    { body, token, headers = {}, outsideContract = defaults.outsideContract } = {},
  ) => {
    const response = await fetch(baseUrl() + path, {
      method,
      headers: {
        ...(body !== undefined && typeof body !== 'string' && { 'content-type': 'application/json' }),
        ...(token && { authorization: `Bearer ${token}` }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const contentType = response.headers.get('content-type') ?? undefined;
    if (!outsideContract) {
      const contract = await contractOf(baseUrl());
      const problem = contract.check(method, path, { status: response.status, contentType, bytes });
      if (problem) throw new Error(`The answer is not what the OpenAPI document says — ${problem}`);
    }
    const cookies = response.headers.getSetCookie();
    const answerHeaders = Object.fromEntries(response.headers);
    if (cookies.length) answerHeaders['set-cookie'] = cookies.join(', ');
    return { status: response.status, body: parseBody(bytes, contentType), headers: answerHeaders };
  };
}

/** JSON parsed, text as text (null when empty), and a file's bytes as a Buffer. */
function parseBody(bytes: Buffer, contentType: string | undefined): unknown {
  if (contentType && !/^(text\/|application\/(json|[\w.+-]+\+json))/i.test(contentType)) return bytes;
  const text = bytes.toString('utf8');
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text; // not JSON: keep the text
  }
}

/** Every e-mail the SES emulator has recorded, oldest first. */
export async function readMailbox(sesUrl: string): Promise<Mail[]> {
  const response = await fetch(`${sesUrl}/store`);
  const { emails } = (await response.json()) as { emails: SesStoredEmail[] };
  return emails.map((email) => ({
    messageId: email.messageId,
    from: email.from,
    to: email.destination.to,
    subject: email.subject,
    text: email.body.text ?? '',
    html: email.body.html ?? '',
    at: email.at,
  }));
}
