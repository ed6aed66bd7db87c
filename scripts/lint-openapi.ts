/**
 * `npm run lint` (part of): the OpenAPI document (functions/openapi/document.ts, derived from the
 * registry) under two linters, written to a temporary folder first.
 *
 *   - Redocly's `recommended` rules: no error at all (warnings are printed).
 *   - Spectral's OWASP API Security ruleset: no error on requests — bodies, parameters, security
 *     schemes, operations' security, servers. What it reports on responses (limits on answer
 *     strings, rate-limit headers API Gateway does not send) is counted and printed, not failed:
 *     the server writes its answers, a client's input is what must be bounded.
 *     The public write routes (`auth: 'public'` in the registry: asking for a magic link,
 *     exchanging it for a session) are exempt from `write-restricted` — public by design.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiDocument } from '../functions/openapi/document.ts';
import { functionsOf } from '../functions/registry.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
// Inside node_modules, so that the ruleset's `extends` resolves the installed package.
const dir = mkdtempSync(join(root, 'node_modules', '.openapi-lint-'));

interface Finding {
  code: string;
  message: string;
  path: string[];
  severity: number; // 0 error, 1 warning
}

/** A finding about an answer rather than a request. */
const onResponse = (finding: Finding) =>
  finding.path.includes('responses') || (finding.path[0] === 'components' && finding.path[1] === 'schemas');

let failed = false;
try {
  const documentFile = join(dir, 'openapi.json');
  writeFileSync(documentFile, JSON.stringify(openApiDocument(), null, 2));

  // 1. Redocly, recommended: exits non-zero on any error.
  try {
    execFileSync(bin('redocly'), ['lint', documentFile, '--extends', 'recommended', '--format', 'summary'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    console.log('OpenAPI · Redocly recommended: no errors');
  } catch (error) {
    failed = true;
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(
      `OpenAPI · Redocly recommended failed:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`,
    );
  }

  // 2. Spectral, OWASP: the public write routes exempt from write-restricted, by their auth kind.
  const publicWrites = functionsOf('http').filter(
    (route) => route.auth === 'public' && route.method !== 'GET',
  );
  const ruleset = {
    extends: ['@stoplight/spectral-owasp-ruleset'],
    overrides: publicWrites.map((route) => ({
      files: [
        `openapi.json#/paths/${encodeURIComponent(route.path.replace(/~/g, '~0').replace(/\//g, '~1'))}/${route.method.toLowerCase()}`,
      ],
      rules: { 'owasp:api2:2023-write-restricted': 'off' },
    })),
  };
  const rulesetFile = join(dir, '.spectral.json');
  writeFileSync(rulesetFile, JSON.stringify(ruleset, null, 2));
  const resultsFile = join(dir, 'spectral.json');
  try {
    execFileSync(
      bin('spectral'),
      [
        'lint',
        documentFile,
        '--ruleset',
        rulesetFile,
        '--format',
        'json',
        '--output',
        resultsFile,
        '--quiet',
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch {
    // Non-zero whenever it found an error anywhere; the findings decide below.
  }
  const findings = JSON.parse(readFileSync(resultsFile, 'utf8')) as Finding[];
  const onRequests = findings.filter((finding) => finding.severity === 0 && !onResponse(finding));
  const count = (list: Finding[]) =>
    Object.entries(
      list.reduce<Record<string, number>>(
        (acc, finding) => ({ ...acc, [finding.code]: (acc[finding.code] ?? 0) + 1 }),
        {},
      ),
    )
      .map(([code, n]) => `${code} ×${n}`)
      .join(', ');
  const responseErrors = findings.filter((finding) => finding.severity === 0 && onResponse(finding));
  const warnings = findings.filter((finding) => finding.severity === 1);
  if (onRequests.length) {
    failed = true;
    console.error(`OpenAPI · Spectral OWASP: ${onRequests.length} error(s) on requests:`);
    for (const finding of onRequests)
      console.error(`  ${finding.code} at ${finding.path.join('.')}: ${finding.message}`);
  } else {
    console.log('OpenAPI · Spectral OWASP: no errors on requests');
  }
  console.log(
    `  (on responses, not failed: ${responseErrors.length} error(s)${responseErrors.length ? ` — ${count(responseErrors)}` : ''}; ` +
      `${warnings.length} warning(s))`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
