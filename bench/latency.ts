/**
 * Draft update and submit through the local API, each against the very DynamoDB calls it
 * makes, made raw (the document client straight to the same dynalite, same concurrency, same
 * run). The ratio is what the API adds: the local HTTP hop, the gateway, middy, the token,
 * the body's validation, the rules.
 *
 * Both sides reach their server with the same HTTP client: node:http with a keep-alive agent,
 * the stack the SDK's client reaches dynalite with. `fetch` (undici) costs this one process
 * some 2.5 ms of CPU more per request, a cost the caller's machine bears in AWS, not the API;
 * the draft update is timed through `fetch` too, for comparison with earlier runs (ADR 121).
 *
 *   PUT draft  GetItem application · GetItem the round's schedule (the deadline as it holds,
 *              ADR 061) · conditional UpdateItem of the draft (ADR 062)
 *   submit     Query application + attachments · GetItem schedule · conditional UpdateItem
 *              DRAFT → SUBMITTED (ADR 060, 063); then StartExecution, which is not DynamoDB:
 *              the receipt mail is the workflow's (SendReceipt), not the request's
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { startLocalStack, type LocalStack } from '../local/stack.ts';
import * as keys from '../shared/storage/table-keys.ts';
import { completeDraft } from '../test/support/applications.ts';
import { caller, completeApplications, demoSchoolYear, signIn, type Call } from './applicants.ts';
import { measureInTurns, ms, say, TARGETS, times, versus, type Stats } from './report.ts';

const CONCURRENCY = 20;
const DRAFT_UPDATES_PER_CLIENT = 25;
const SUBMITS_PER_CLIENT = 3;
/** The draft updates are measured in turns (API, raw calls, the UpdateItem alone), this many. */
const TURNS = 5;

export async function latency(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ik-bench-'));
  const stack = await startLocalStack({
    dataDir,
    ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, sfn: 0 },
    log: () => {},
  });
  try {
    await measureAll(stack);
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measureAll(stack: LocalStack) {
  const call = caller(stack);
  const agent = new Agent({ keepAlive: true });
  const timed = keepAliveCaller(stack, agent);
  const schoolYear = await demoSchoolYear(call);
  const draft = completeDraft([schoolYear]);
  const raw = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: stack.urls.dynamodb,
      region: 'eu-north-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  const TableName = stack.env.TABLE_NAME!;
  const schedule = keys.roundSchedule('demo');

  // ── Draft updates: each client edits its own application, version after version ─────────
  const editors = await signIn(stack, call, CONCURRENCY, { label: 'editor' });
  const versions = editors.map(() => 1);
  // The same three calls, raw, on applications of their own.
  const rawEditors = await signIn(stack, call, CONCURRENCY, { label: 'raw-editor' });
  const rawVersions = rawEditors.map(() => 1);
  const updateDraftItem = (applicationId: string, expected: number) =>
    new UpdateCommand({
      TableName,
      Key: keys.application(applicationId),
      UpdateExpression: 'SET draft = :draft, version = version + :one, updatedAt = :now',
      ConditionExpression: 'version = :expected AND #status = :draft_status',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':draft': draft,
        ':one': 1,
        ':now': new Date().toISOString(),
        ':expected': expected,
        ':draft_status': 'DRAFT',
      },
      ReturnValues: 'UPDATED_NEW',
    });
  const drafts = await measureInTurns(TURNS, CONCURRENCY, DRAFT_UPDATES_PER_CLIENT / TURNS, {
    api: async (client) => {
      const editor = editors[client]!;
      const res = await timed('PUT', `/applications/${editor.applicationId}/draft`, {
        token: editor.token,
        body: { version: versions[client], draft },
      });
      if (res.status !== 200) throw new Error(`draft update ${res.status} ${JSON.stringify(res.body)}`);
      versions[client] = res.body.version;
    },
    // The same request through `fetch` (earlier runs' client).
    fetch: async (client) => {
      const editor = editors[client]!;
      const res = await call('PUT', `/applications/${editor.applicationId}/draft`, {
        token: editor.token,
        body: { version: versions[client], draft },
      });
      if (res.status !== 200) throw new Error(`draft update ${res.status} ${JSON.stringify(res.body)}`);
      versions[client] = res.body.version;
    },
    raw: async (client) => {
      const { applicationId } = rawEditors[client]!;
      await raw.send(
        new GetCommand({ TableName, Key: keys.application(applicationId), ConsistentRead: true }),
      );
      await raw.send(new GetCommand({ TableName, Key: schedule, ConsistentRead: true }));
      const { Attributes } = await raw.send(updateDraftItem(applicationId, rawVersions[client]!));
      rawVersions[client] = Attributes!.version as number;
    },
    // The UpdateItem alone (the figure earlier runs compared with).
    update: async (client) => {
      const { applicationId } = rawEditors[client]!;
      const { Attributes } = await raw.send(updateDraftItem(applicationId, rawVersions[client]!));
      rawVersions[client] = Attributes!.version as number;
    },
  });
  const draftUpdate = drafts.api;
  const draftThroughFetch = drafts.fetch;
  const rawDraft = drafts.raw;
  const rawUpdate = drafts.update;

  // ── Submissions: every client submits its own complete applications ─────────────────────
  const submitters = await signIn(stack, call, CONCURRENCY * SUBMITS_PER_CLIENT, { label: 'submitter' });
  await completeApplications(stack, call, submitters, schoolYear);
  await stack.idle();
  // Copies of one complete application for the raw calls, made while it is a draft: its item
  // and its letter's under partitions of their own; their index keys are the bench's own, so
  // no committee list, outbox sweep or owner lookup ever sees them.
  const copies = await copyApplication(
    raw,
    TableName,
    submitters[0]!.applicationId,
    CONCURRENCY * SUBMITS_PER_CLIENT,
  );
  const receipts: string[] = [];
  const submits = await measureInTurns(
    SUBMITS_PER_CLIENT,
    CONCURRENCY,
    1,
    {
      api: async (client, i) => {
        const applicant = submitters[client * SUBMITS_PER_CLIENT + i]!;
        const res = await timed('POST', `/applications/${applicant.applicationId}/submit`, {
          token: applicant.token,
        });
        if (res.status !== 200) throw new Error(`submit ${res.status} ${JSON.stringify(res.body)}`);
        receipts.push(res.body.receipt.number);
      },
      raw: async (client, i) => {
        const pk = copies[client * SUBMITS_PER_CLIENT + i]!;
        const { Items } = await raw.send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': pk },
            ConsistentRead: true,
          }),
        );
        await raw.send(new GetCommand({ TableName, Key: schedule, ConsistentRead: true }));
        const application = Items!.find((item) => item.sk === 'APP')!;
        const now = new Date().toISOString();
        await raw.send(
          new UpdateCommand({
            TableName,
            Key: { pk, sk: 'APP' },
            UpdateExpression:
              'SET #status = :submitted, receipt = :receipt, submittedAttachments = :manifest, stage = :submitted, updatedAt = :now, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk, gsi3pk = :gsi3pk, gsi3sk = :gsi3sk',
            ConditionExpression: `version = :expected AND ${
              application.attachmentsRevision === undefined
                ? 'attribute_not_exists(attachmentsRevision)'
                : 'attachmentsRevision = :revision'
            } AND #status = :draft_status`,
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':submitted': 'SUBMITTED',
              ':receipt': { number: `IK-BENCH-${pk.slice(-8)}`, submittedAt: now },
              ':manifest': Items!
                .filter((item) => item.sk !== 'APP')
                .map(({ pk: _pk, sk: _sk, ...rest }) => rest),
              ':now': now,
              ':expected': application.version,
              ...(application.attachmentsRevision !== undefined && {
                ':revision': application.attachmentsRevision,
              }),
              ':draft_status': 'DRAFT',
              ':gsi2pk': 'BENCH#SUBMITTED',
              ':gsi2sk': `${now}#${pk}`,
              ':gsi3pk': 'BENCH#OUTBOX',
              ':gsi3sk': `${now}#${pk}`,
            },
          }),
        );
      },
    },
    // Each batch's workflow tasks end before the next batch (ADR 123): they slowed the raw batch after them.
    () => stack.idle(),
  );
  const submit = submits.api;
  const rawSubmit = submits.raw;
  await stack.idle();
  raw.destroy();
  agent.destroy();

  say(`## Latency at ${CONCURRENCY} concurrent clients (local stack, one process)`);
  say();
  say(
    'Through the local API with node:http and a keep-alive agent — the HTTP client the raw side reaches dynalite with, through the SDK — and no contract check in the timing; each operation measured in turns with its raw calls (a batch of each, again and again) so that the load of the shared machine falls on both alike. ' +
      'The API, the emulators and the raw client share one Node.js process and the 2 cores; ' +
      "after each submit the workflow's first tasks (RecordReceipt, SendReceipt: the receipt mail) run in the local stack's function host, a worker thread of the same process (ADR 128), as Step Functions runs them in functions of their own — " +
      'in the batch that started them: each submit batch, API or raw, waits for the stack to be idle before the next (untimed; ADR 123).',
  );
  say();
  say('| operation | requests | p50 ms | p99 ms | per second | DynamoDB calls |');
  say('|---|---:|---:|---:|---:|---|');
  const row = (name: string, s: Stats, calls: string) =>
    say(`| ${name} | ${s.count} | ${ms(s.p50)} | ${ms(s.p99)} | ${s.perSecond.toFixed(0)} | ${calls} |`);
  row('PUT draft (API)', draftUpdate, 'GetItem + GetItem + conditional UpdateItem');
  row('PUT draft (API), through `fetch`', draftThroughFetch, 'the same');
  row("raw: the draft update's three calls", rawDraft, '3, one after another');
  row("raw: the draft update's conditional UpdateItem alone", rawUpdate, '1');
  row(
    'POST submit (API)',
    submit,
    'BatchGetItem (session + application), Query (attachments) beside GetItem, conditional UpdateItem; + StartExecution',
  );
  row("raw: the submit's three DynamoDB calls", rawSubmit, '3, one after another');
  say();
  const draftP50 = draftUpdate.p50 / rawDraft.p50;
  const draftP99 = draftUpdate.p99 / rawDraft.p99;
  const submitP50 = submit.p50 / rawSubmit.p50;
  say(
    `- Draft update / its raw calls: p50 **${versus(times(draftP50), draftP50, TARGETS.draftP50Ratio)}** (target ≤ ${TARGETS.draftP50Ratio}×), ` +
      `p99 **${versus(times(draftP99), draftP99, TARGETS.draftP99Ratio)}** (target ≤ ${TARGETS.draftP99Ratio}×). ` +
      `Against the UpdateItem alone (earlier runs' measure): p50 ${times(draftUpdate.p50 / rawUpdate.p50)}, p99 ${times(draftUpdate.p99 / rawUpdate.p99)}. ` +
      `Through \`fetch\` (earlier runs' client): p50 ${times(draftThroughFetch.p50 / rawDraft.p50)}, p99 ${times(draftThroughFetch.p99 / rawDraft.p99)}.`,
  );
  say(
    `- Submit / its raw DynamoDB calls: p50 **${versus(times(submitP50), submitP50, TARGETS.submitP50Ratio)}** (target ≤ ${TARGETS.submitP50Ratio}×); ` +
      `p99 ${times(submit.p99 / rawSubmit.p99)}. ${new Set(receipts).size} distinct receipt numbers for ${receipts.length} submissions.`,
  );
  say();
}

/** `count` copies of an application's partition (its item and its attachments'), by new pk. */
async function copyApplication(
  raw: DynamoDBDocumentClient,
  TableName: string,
  applicationId: string,
  count: number,
): Promise<string[]> {
  const { Items } = await raw.send(
    new QueryCommand({
      TableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.applicationPartition(applicationId) },
      ConsistentRead: true,
    }),
  );
  const pks: string[] = [];
  for (let n = 0; n < count; n++) {
    const pk = `BENCH#${n.toString().padStart(8, '0')}`;
    for (const item of Items!) {
      const { gsi1pk: _gsi1pk, gsi1sk: _gsi1sk, ...rest } = item;
      await raw.send(new PutCommand({ TableName, Item: { ...rest, pk } }));
    }
    pks.push(pk);
  }
  return pks;
}

/**
 * The timed requests' client: node:http over `agent`'s kept-alive connections, answering as
 * `caller` (./applicants.ts) does.
 */
function keepAliveCaller(stack: LocalStack, agent: Agent): Call {
  return (method, path, { token, body } = {}) =>
    new Promise((resolve, reject) => {
      const text = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        stack.urls.api + path,
        {
          method,
          agent,
          headers: {
            ...(text !== undefined && {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(text),
            }),
            ...(token && { authorization: `Bearer ${token}` }),
          },
        },
        (res) => {
          let answer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (answer += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body: answer ? JSON.parse(answer) : null }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(text);
    });
}
