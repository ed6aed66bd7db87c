/**
 * `npm start`: the whole portal on this machine (see local/README.md). Data stays in
 * .local-data/ between runs; Ctrl-C stops everything cleanly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lambda.ts';
import { DEFAULT_PORTS, startLocalStack, type LocalStack, type ServiceName } from './stack.ts';

const dataDir = process.env.LOCAL_DATA_DIR ?? join(repoRoot, '.local-data');
// The built web app, when there is one, gets a static server of its own (docs/decisions/022-local-web-app.md).
const webDir = join(repoRoot, 'web', 'dist');

function portFromEnv(name: ServiceName): number {
  const variable = `PORT_${name.toUpperCase()}`;
  const value = process.env[variable];
  if (value === undefined || value === '') return DEFAULT_PORTS[name];
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`${variable} must be a port number (0 = any free port), got '${value}'`);
    process.exit(2);
  }
  return port;
}

const time = () => new Date().toLocaleTimeString('nb-NO', { hour12: false });
const log = (line: string) => console.log(`${time()} ${line}`);

// Signals are handled from the first moment: a Ctrl-C during start-up stops what has started.
let stopping = false;
async function shutdown(signal: string) {
  if (stopping) {
    console.log('Stopping at once.');
    process.exit(1);
  }
  stopping = true;
  console.log(`\n${signal}: stopping (Ctrl-C again to force)…`);
  try {
    await (await starting).stop();
    process.exit(0);
  } catch (error) {
    console.error('The local stack did not stop cleanly:', error);
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const starting = startLocalStack({
  dataDir,
  ports: Object.fromEntries(
    (Object.keys(DEFAULT_PORTS) as ServiceName[]).map((name) => [name, portFromEnv(name)]),
  ),
  webDir: existsSync(join(webDir, 'index.html')) ? webDir : undefined,
  webBaseUrl: process.env.WEB_BASE_URL || undefined,
  logLevel: process.env.POWERTOOLS_LOG_LEVEL || undefined,
  log,
});
let stack: LocalStack;
try {
  stack = await starting;
} catch (error) {
  console.error(`The local stack did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (stopping) await new Promise(() => {}); // shutdown() is under way and exits

console.log(
  [
    '',
    'Inkluderende kulturskoler — local portal',
    `  API            ${stack.urls.api}   (try ${stack.urls.api}/rounds)`,
    stack.urls.web
      ? `  Web app        ${stack.urls.web}`
      : `  Web app        not built (web/dist); magic links point to ${stack.env.WEB_BASE_URL}`,
    `  Mailbox        ${stack.urls.mailbox}   (every e-mail sent; JSON at /store)`,
    `  Demo round     ${await demoPeriod()}`,
    `  Data           ${dataDir}   (delete it to start afresh)`,
    `  Emulators      DynamoDB ${stack.urls.dynamodb}  S3 ${stack.urls.s3}  Step Functions ${stack.urls.sfn}`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n'),
);

/** The demo round's application period, as the API itself reports it. */
async function demoPeriod(): Promise<string> {
  const oslo = new Intl.DateTimeFormat('nb-NO', {
    timeZone: 'Europe/Oslo',
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  try {
    const response = await fetch(`${stack.urls.api}/rounds`);
    const { rounds } = (await response.json()) as {
      rounds?: { id: string; applicationPeriod?: { opens: string; closes: string } }[];
    };
    const period = rounds?.find((round) => round.id === 'demo')?.applicationPeriod;
    if (period) {
      return `application period ${oslo.format(new Date(period.opens))} – ${oslo.format(new Date(period.closes))} (Oslo)`;
    }
  } catch {
    // the rounds endpoint is not answering yet; say what the stack itself knows
  }
  return `opens ${oslo.format(new Date(stack.demoRoundOpens))} (Oslo); see ${stack.urls.api}/rounds`;
}
