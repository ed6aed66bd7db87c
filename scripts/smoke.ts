/**
 * The smoke test of a deployed portal (ADR 081): what the deploy pipeline runs after each stage,
 * and `npm test` runs against the local stack (test/integration/smoke.test.ts).
 *
 *   npm run smoke -- <web URL> <API URL> [--origin <origin>] [--apply-in <round id>]
 *
 * Checks, each printed with ✔ or ✖ (exit code 1 on any ✖):
 * - the API lists its rounds and serves its OpenAPI document, nosniff;
 * - CORS as configured: a preflight from the web origin (`--origin`, default the web URL's) is
 *   allowed with the portal's methods, one from a stranger's origin is not;
 * - the web app answers with its page; over HTTPS (CloudFront) also with the security headers
 *   (CSP, HSTS, frame denial, nosniff) — the local static server is no CloudFront, so over
 *   plain HTTP they are reported as not applicable;
 * - with `--apply-in`: an application started in that round for SES's mailbox simulator
 *   (success@simulator.amazonses.com), which accepts the magic link and reaches nobody. In
 *   staging that is the staging-only smoke round (shared/domain/rounds/smoke.ts).
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { SES_SIMULATOR_SUCCESS } from '../shared/domain/rounds/smoke.ts';

export interface SmokeOptions {
  readonly webUrl: string;
  readonly apiUrl: string;
  /** The origin the API allows (the deploy configuration's webOrigin); default the web URL's. */
  readonly origin?: string;
  /** A round to start an application in, for SES's mailbox simulator. */
  readonly applyIn?: string;
  /** The municipality the smoke application is led by. */
  readonly leadMunicipality?: string;
}

export interface SmokeCheck {
  readonly name: string;
  readonly ok: boolean;
  /** What was seen, when not ok (or why it did not apply). */
  readonly detail?: string;
  readonly skipped?: boolean;
}

/** An origin no deployment allows (RFC 2606). */
const STRANGER = 'https://smoke-test.invalid';

export async function smoke(options: SmokeOptions): Promise<SmokeCheck[]> {
  const api = options.apiUrl.replace(/\/+$/, '');
  const web = options.webUrl.replace(/\/+$/, '');
  const origin = options.origin ?? new URL(web).origin;
  const checks: SmokeCheck[] = [];
  const check = async (name: string, run: () => Promise<string | undefined>) => {
    try {
      const problem = await run();
      checks.push(problem ? { name, ok: false, detail: problem } : { name, ok: true });
    } catch (error) {
      checks.push({ name, ok: false, detail: error instanceof Error ? error.message : String(error) });
    }
  };
  // Every answer is nosniff; an answer about one person is never stored on the way.
  const apiHeaders = (response: Response, personal = false) =>
    response.headers.get('x-content-type-options') !== 'nosniff'
      ? 'x-content-type-options is not nosniff'
      : personal && !/no-store/.test(response.headers.get('cache-control') ?? '')
        ? 'cache-control is not no-store'
        : undefined;

  await check('GET /rounds lists the rounds', async () => {
    const response = await fetch(`${api}/rounds`);
    if (response.status !== 200) return `status ${response.status}`;
    const body = (await response.json()) as { rounds?: { id?: string }[] };
    if (!Array.isArray(body.rounds)) return 'no rounds list in the answer';
    if (options.applyIn && !body.rounds.some((round) => round.id === options.applyIn))
      return `round ${options.applyIn} is not listed`;
    return apiHeaders(response);
  });

  await check('GET /openapi.json describes the API', async () => {
    const response = await fetch(`${api}/openapi.json`);
    if (response.status !== 200) return `status ${response.status}`;
    const body = (await response.json()) as { openapi?: string; paths?: Record<string, unknown> };
    if (!body.openapi?.startsWith('3.')) return 'not an OpenAPI 3 document';
    if (!body.paths?.['/applications'] || !body.paths['/rounds']) return 'the portal paths are missing';
    return apiHeaders(response);
  });

  await check(`CORS: the web origin (${origin}) may call the API`, async () => {
    const response = await preflight(api, origin);
    const allowed = response.headers.get('access-control-allow-origin');
    if (allowed !== origin) return `access-control-allow-origin is ${allowed ?? 'missing'}`;
    const methods = (response.headers.get('access-control-allow-methods') ?? '').toUpperCase();
    if (!methods.includes('POST') && methods !== '*')
      return `POST is not among the allowed methods (${methods})`;
    return undefined;
  });

  await check('CORS: a stranger’s origin may not', async () => {
    const response = await preflight(api, STRANGER);
    const allowed = response.headers.get('access-control-allow-origin');
    return allowed ? `access-control-allow-origin is ${allowed}` : undefined;
  });

  const page = await fetch(`${web}/`).catch((error: unknown) => error as Error);
  await check('the web app answers with its page', async () => {
    if (page instanceof Error) return page.message;
    if (page.status !== 200) return `status ${page.status}`;
    if (!/text\/html/.test(page.headers.get('content-type') ?? '')) return 'not HTML';
    return /<html|<!doctype html/i.test(await page.text()) ? undefined : 'no HTML page';
  });
  if (new URL(web).protocol === 'https:') {
    await check('the web app has its security headers (CloudFront)', async () => {
      if (page instanceof Error) return page.message;
      const header = (name: string) => page.headers.get(name) ?? '';
      const missing = [
        !/default-src 'self'/.test(header('content-security-policy')) && 'content-security-policy',
        !/max-age=\d{7,}/.test(header('strict-transport-security')) && 'strict-transport-security',
        header('x-frame-options').toUpperCase() !== 'DENY' && 'x-frame-options: DENY',
        header('x-content-type-options') !== 'nosniff' && 'x-content-type-options: nosniff',
      ].filter(Boolean);
      return missing.length ? `missing or wrong: ${missing.join(', ')}` : undefined;
    });
  } else {
    checks.push({
      name: 'the web app has its security headers (CloudFront)',
      ok: true,
      skipped: true,
      detail: 'not applicable: served over plain HTTP, not by CloudFront',
    });
  }

  if (options.applyIn) {
    await check(
      `an application starts in round ${options.applyIn} for ${SES_SIMULATOR_SUCCESS}`,
      async () => {
        const response = await fetch(`${api}/applications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify({
            email: SES_SIMULATOR_SUCCESS,
            roundId: options.applyIn,
            leadMunicipality: options.leadMunicipality ?? '0301',
          }),
        });
        if (response.status !== 202) return `status ${response.status}: ${await response.text()}`;
        return apiHeaders(response);
      },
    );
  }
  return checks;
}

function preflight(api: string, origin: string): Promise<Response> {
  return fetch(`${api}/applications`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { origin: { type: 'string' }, 'apply-in': { type: 'string' } },
  });
  const [webUrl, apiUrl] = positionals;
  if (!webUrl || !apiUrl || positionals.length !== 2) {
    console.error('usage: npm run smoke -- <web URL> <API URL> [--origin <origin>] [--apply-in <round id>]');
    process.exit(2);
  }
  const checks = await smoke({ webUrl, apiUrl, origin: values.origin, applyIn: values['apply-in'] });
  for (const check of checks) {
    const mark = check.skipped ? '–' : check.ok ? '✔' : '✖';
    console.log(`${mark} ${check.name}${check.detail ? ` — ${check.detail}` : ''}`);
  }
  const failed = checks.filter((check) => !check.ok).length;
  console.log(failed ? `${failed} of ${checks.length} checks failed` : `all ${checks.length} checks passed`);
  process.exitCode = failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
