/**
 * `npm run bench` — figures we track, never asserted in tests:
 *   1. each Lambda bundle's size (minified, as CDK bundles it) and gzip size;
 *   2. each bundle's cold initialisation: importing it in a fresh Node.js process;
 *   3. draft-update and submit latency (p50, p99) and throughput at 20 concurrent clients
 *      through the local API, beside raw PutItem/GetItem on the same dynalite in the same run.
 * Prints a Markdown report (paste the figures into docs/benchmarks.md).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { build } from 'esbuild';
import { eventFunctions, routes, scheduledFunctions } from '../functions/routes.ts';
import { esbuildOptions, REPO_ROOT } from '../infra/bundling.ts';
import { startLocalStack } from '../local/stack.ts';
import { workflowTasks } from '../shared/workflow/definition.ts';
import { completeDraft, tokenFromMail } from '../test/support/applications.ts';
import { apiClient, readMailbox } from '../test/support/stack.ts';
import { minimalPdf, uploadAttachment } from '../test/support/uploads.ts';

const CONCURRENCY = 20;
const REQUESTS_PER_CLIENT = 25;
const COLD_RUNS = 5;

const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const median = (values: number[]) =>
  percentile(
    values.toSorted((a, b) => a - b),
    50,
  );
const ms = (value: number) => value.toFixed(1);

async function bundles() {
  const outdir = join(REPO_ROOT, '.bench');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const entries = [
    ...routes.map((route) => ({ id: route.id, entry: route.entry })),
    { id: eventFunctions.verifyAttachment.id, entry: eventFunctions.verifyAttachment.entry },
    ...Object.values(workflowTasks).map((task) => ({ id: task.id, entry: task.entry })),
    ...Object.values(scheduledFunctions).map((fn) => ({ id: fn.id, entry: fn.entry })),
  ];
  say('## Bundles (minified ESM; @aws-sdk/* and @aws-lambda-powertools/* external) and cold initialisation');
  say();
  say(
    `Cold init: median of ${COLD_RUNS} fresh \`node\` processes importing the bundle (module load and top-level code).`,
  );
  say();
  say('| function | size KiB | gzip KiB | cold init ms |');
  say('|---|---:|---:|---:|');
  for (const { id, entry } of entries) {
    const outfile = join(outdir, id, 'index.mjs');
    await build(esbuildOptions(entry, outfile));
    const bytes = statSync(outfile).size;
    const gzip = gzipSync(readFileSync(outfile)).length;
    const times = coldInit(`await import(${JSON.stringify(outfile)});`);
    say(`| ${id} | ${(bytes / 1024).toFixed(1)} | ${(gzip / 1024).toFixed(1)} | ${ms(median(times))} |`);
  }
  rmSync(outdir, { recursive: true, force: true });
  // The floor: what loading the AWS SDK's DynamoDB client and Powertools alone costs (in Lambda
  // both come from the runtime and the layer, and load the same way).
  const floor = coldInit(
    "await import('@aws-sdk/lib-dynamodb');await import('@aws-sdk/client-dynamodb');await import('@aws-lambda-powertools/logger');",
  );
  say(`| *floor: DynamoDB client + Powertools logger, no handler* | – | – | ${ms(median(floor))} |`);
  say();
}

/** Times `body` (an ESM snippet) in COLD_RUNS fresh Node.js processes, in ms. */
function coldInit(body: string): number[] {
  const script = `const t=performance.now();${body}process.stdout.write(String(performance.now()-t));`;
  const times: number[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: REPO_ROOT,
      env: { ...process.env, AWS_REGION: 'eu-north-1', POWERTOOLS_DEV: 'true', TABLE_NAME: 'bench' },
      encoding: 'utf8',
    });
    times.push(Number(out));
  }
  return times;
}

interface Stats {
  p50: number;
  p99: number;
  perSecond: number;
  count: number;
}

/** Runs `clients` workers, each doing `perClient` sequential operations; returns latency stats. */
async function measure(
  clients: number,
  perClient: number,
  op: (client: number, i: number) => Promise<void>,
): Promise<Stats> {
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < perClient; i++) {
        const t = performance.now();
        await op(client, i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: latencies.length / elapsed,
    count: latencies.length,
  };
}

async function latency() {
  const dataDir = mkdtempSync(join(tmpdir(), 'ik-bench-'));
  const stack = await startLocalStack({
    dataDir,
    ports: { api: 0, dynamodb: 0, s3: 0, ses: 0, sfn: 0 },
    log: () => {},
  });
  try {
    const api = apiClient(() => stack.urls.api);
    const rounds = await api('GET', '/rounds');
    const schoolYear = rounds.body.rounds.find((r: { id: string }) => r.id === 'demo').schoolYears[0]
      .id as string;

    let counter = 0;
    const signIn = async () => {
      const email = `bench${++counter}@kulturskole.example.no`;
      await api('POST', '/applications', { body: { email, roundId: 'demo', leadMunicipality: '0301' } });
      const mail = (await readMailbox(stack.urls.ses)).filter((m) => m.to.includes(email)).at(-1)!;
      const session = await api('POST', '/sessions', { body: { token: tokenFromMail(mail.text) } });
      return {
        token: session.body.accessToken as string,
        applicationId: session.body.applicationId as string,
      };
    };

    // Draft updates: each client edits its own application, version after version.
    const editors: { token: string; applicationId: string }[] = [];
    for (let i = 0; i < CONCURRENCY; i++) editors.push(await signIn());
    const versions = editors.map(() => 1);
    const draft = completeDraft([schoolYear]);
    const draftUpdate = await measure(CONCURRENCY, REQUESTS_PER_CLIENT, async (client) => {
      const editor = editors[client]!;
      const res = await api('PUT', `/applications/${editor.applicationId}/draft`, {
        token: editor.token,
        body: { version: versions[client], draft },
      });
      if (res.status !== 200) throw new Error(`draft update ${res.status}`);
      versions[client] = res.body.version;
    });

    // Submissions: every client submits its own complete applications.
    const submitters: { token: string; applicationId: string }[][] = [];
    for (let client = 0; client < CONCURRENCY; client++) {
      const own = [];
      for (let i = 0; i < 3; i++) {
        const applicant = await signIn();
        await api('PUT', `/applications/${applicant.applicationId}/draft`, {
          token: applicant.token,
          body: { version: 1, draft },
        });
        await uploadAttachment(api, applicant.token, applicant.applicationId, {
          fileName: 'intensjonsavtale.pdf',
          contentType: 'application/pdf',
          bytes: minimalPdf(),
        });
        own.push(applicant);
      }
      submitters.push(own);
    }
    await stack.idle();
    const submit = await measure(CONCURRENCY, 3, async (client, i) => {
      const applicant = submitters[client]![i]!;
      const res = await api('POST', `/applications/${applicant.applicationId}/submit`, {
        token: applicant.token,
      });
      if (res.status !== 200) throw new Error(`submit ${res.status} ${JSON.stringify(res.body)}`);
    });

    // Raw DynamoDB on the same dynalite, same concurrency.
    const raw = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: stack.urls.dynamodb,
        region: 'eu-north-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      }),
      { marshallOptions: { removeUndefinedValues: true } },
    );
    const table = stack.env.TABLE_NAME!;
    const put = await measure(CONCURRENCY, REQUESTS_PER_CLIENT, async (client, i) => {
      await raw.send(
        new PutCommand({ TableName: table, Item: { pk: `BENCH#${client}`, sk: `ITEM#${i}`, draft } }),
      );
    });
    // The very call a draft update makes: a conditional UpdateItem of the draft and its version.
    const versionsRaw = Array.from({ length: CONCURRENCY }, () => 0);
    const update = await measure(CONCURRENCY, REQUESTS_PER_CLIENT, async (client) => {
      await raw.send(
        new UpdateCommand({
          TableName: table,
          Key: { pk: `BENCH#${client}`, sk: 'ITEM#0' },
          UpdateExpression: 'SET draft = :draft, version = :next',
          ConditionExpression: 'attribute_not_exists(version) OR version = :expected',
          ExpressionAttributeValues: {
            ':draft': draft,
            ':next': versionsRaw[client]! + 1,
            ':expected': versionsRaw[client],
          },
        }),
      );
      versionsRaw[client]! += 1;
    });
    const get = await measure(CONCURRENCY, REQUESTS_PER_CLIENT, async (client, i) => {
      await raw.send(
        new GetCommand({
          TableName: table,
          Key: { pk: `BENCH#${client}`, sk: `ITEM#${i}` },
          ConsistentRead: true,
        }),
      );
    });

    say(`## Latency at ${CONCURRENCY} concurrent clients (local stack, in one process)`);
    say();
    say('| operation | requests | p50 ms | p99 ms | per second | DynamoDB calls |');
    say('|---|---:|---:|---:|---:|---|');
    const row = (name: string, s: Stats, calls: string) =>
      say(`| ${name} | ${s.count} | ${ms(s.p50)} | ${ms(s.p99)} | ${s.perSecond.toFixed(0)} | ${calls} |`);
    row('PUT draft (API)', draftUpdate, '1 conditional UpdateItem');
    row('POST submit (API)', submit, '1 Query + 2 UpdateItem, + StartExecution + SES');
    row("raw conditional UpdateItem (the draft update's call)", update, '1');
    row('raw PutItem', put, '1');
    row('raw GetItem', get, '1');
    say();
    say(
      `Draft update p50 / its raw conditional UpdateItem p50: **${(draftUpdate.p50 / update.p50).toFixed(2)}×** (target ≤ 2×); / raw PutItem p50: ${(draftUpdate.p50 / put.p50).toFixed(2)}×.`,
    );
    say(
      `Submit p50 / (3 raw calls at PutItem p50): **${(submit.p50 / (3 * put.p50)).toFixed(2)}×** (its e-mail and workflow start are extra work).`,
    );
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

say(
  `# Benchmarks — ${new Date().toISOString().slice(0, 10)}, Node.js ${process.version}, ${(await import('node:os')).cpus().length} cores`,
);
say();
await bundles();
await latency();
