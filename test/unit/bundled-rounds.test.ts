import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { esbuildOptions, lambdaBundling, roundDefines } from '../../infra/bundling.ts';
import { listRoundsWithContent } from '../../shared/domain/rounds/content.ts';
import { listRounds } from '../../shared/domain/rounds/index.ts';

/**
 * The demo and smoke rounds are chosen at run time from the environment, but whether a bundle can
 * list them at all is fixed when it is built (ADR 126, `roundDefines` in infra/bundling.ts): a
 * production function carries neither round, a staging function (SMOKE_ROUND=true) the smoke
 * round, no bundle the demo round — while the sources run unbundled (the local stack, the tests)
 * still list both as the environment says.
 */
const dir = mkdtempSync(join(tmpdir(), 'bundled-rounds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type RoundsModule = {
  ids: (env: Record<string, string>) => string[];
  content: (env: Record<string, string>) => string[];
};

const ENTRY = `
import { listRounds } from './shared/domain/rounds/index.ts';
import { listRoundsWithContent } from './shared/domain/rounds/content.ts';
export const ids = (env) => listRounds(env).map((round) => round.id);
export const content = (env) => listRoundsWithContent(env).map((round) => round.id);
`;

/** The rounds' modules bundled as a function with `environment` is (infra/bundling.ts), loaded. */
async function bundled(name: string, environment?: Record<string, string>) {
  const outfile = join(dir, name, 'index.mjs');
  const { entryPoints: _, ...options } = esbuildOptions('unused.ts', outfile, environment);
  await build({
    ...options,
    stdin: { contents: ENTRY, resolveDir: options.absWorkingDir, loader: 'ts' },
    metafile: false,
  });
  const code = readFileSync(outfile, 'utf8');
  return { code, rounds: (await import(pathToFileURL(outfile).href)) as RoundsModule };
}

// An environment that asks for both (as the local stack's and a misconfigured stage's would).
const ASKING = { DEMO_ROUND_OPENS: '2026-03-10T08:00:00Z', SMOKE_ROUND: 'true' };

describe('the rounds a bundle can list (ADR 126)', () => {
  it('defines neither round for a production function, the smoke round where its environment lists it', () => {
    expect(roundDefines()).toEqual({ PORTAL_DEMO_ROUND: 'false', PORTAL_SMOKE_ROUND: 'false' });
    expect(roundDefines({ SMOKE_ROUND: 'true' })).toEqual({
      PORTAL_DEMO_ROUND: 'false',
      PORTAL_SMOKE_ROUND: 'true',
    });
    expect(roundDefines({ SMOKE_ROUND: 'false' }).PORTAL_SMOKE_ROUND).toBe('false');
    // CDK's bundling (PortalFunction passes the function's environment) and the bench's agree.
    expect(lambdaBundling({ SMOKE_ROUND: 'true' }).define).toEqual(roundDefines({ SMOKE_ROUND: 'true' }));
    expect(lambdaBundling().define).toEqual(esbuildOptions('x.ts', 'x.mjs').define);
  });

  it('a production bundle carries and lists neither, whatever its environment asks', async () => {
    const { code, rounds } = await bundled('production');
    expect(code).not.toContain('simulator.amazonses.com');
    expect(code).not.toContain('ekspert.leder@example.no');
    expect(rounds.ids(ASKING)).toEqual(['2022', '2023']);
    expect(rounds.content(ASKING)).toEqual(['2022', '2023']);
  });

  it('a staging bundle lists the smoke round when SMOKE_ROUND is true, and carries no demo round', async () => {
    const { code, rounds } = await bundled('staging', { SMOKE_ROUND: 'true' });
    expect(code).toContain('simulator.amazonses.com');
    expect(rounds.ids(ASKING)).toEqual(['2022', '2023', 'smoke']);
    expect(rounds.content(ASKING)).toEqual(['2022', '2023', 'smoke']);
    expect(rounds.ids({})).toEqual(['2022', '2023']);
  });

  it('unbundled, the environment alone decides (the local stack, the tests)', () => {
    expect(listRounds(ASKING).map((round) => round.id)).toEqual(['2022', '2023', 'demo', 'smoke']);
    expect(listRoundsWithContent(ASKING).map((round) => round.id)).toEqual(['2022', '2023', 'demo', 'smoke']);
    expect(listRounds({}).map((round) => round.id)).toEqual(['2022', '2023']);
  });
});
