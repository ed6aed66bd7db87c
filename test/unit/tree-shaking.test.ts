import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { EXTERNAL_MODULES, MAIN_FIELDS, REPO_ROOT } from '../../infra/bundling.ts';

/**
 * A module of the domain, the catalogues, the request schemas, the tokens or the declarations
 * leaves nothing in a bundle that imports it without using it (ADR 077, 122): each module-level
 * value is a literal or one call marked pure, so a function's bundle keeps only what its code
 * reaches. A schema marked pure before `.check(…)`, a call with unmarked calls in its arguments,
 * a spread, a property read in a declaration or an `Object.keys` at module level is kept by
 * every bundle of the module — which is how 3–12 KiB stayed in most functions until ADR 122.
 */
const AREAS = ['shared/domain', 'shared/i18n', 'functions/declare.ts', 'shared/api/requests.ts'];
/** Modules that do work when they load on purpose, or are tools rather than runtime code. */
const LEFT_OUT = new Set(['shared/domain/municipalities/generate.ts']);

function modules(): string[] {
  const found: string[] = [];
  for (const area of AREAS) {
    if (area.endsWith('.ts')) found.push(area);
    else {
      for (const file of readdirSync(join(REPO_ROOT, area), { recursive: true }) as string[]) {
        if (file.endsWith('.ts')) found.push(`${area}/${file}`);
      }
    }
  }
  const declarations = readdirSync(join(REPO_ROOT, 'functions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `functions/${entry.name}/declarations.ts`)
    .filter((path) => readdirSync(join(REPO_ROOT, path, '..')).includes('declarations.ts'));
  return [
    ...found,
    ...declarations,
    'shared/auth/jws.ts',
    'shared/auth/tokens.ts',
    'shared/storage/keys.ts',
    'shared/storage/table-keys.ts',
  ].filter((path) => !LEFT_OUT.has(path));
}

/** The repository's modules (not packages) a bundle of `import '<module>'` keeps, with their bytes. */
async function keptByImporting(path: string): Promise<string[]> {
  return kept(`import './${path}';`);
}

/** The repository's modules (not packages) a bundle of `contents` keeps, with their bytes. */
async function kept(contents: string): Promise<string[]> {
  const result = await build({
    stdin: { contents, resolveDir: REPO_ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    metafile: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    external: EXTERNAL_MODULES,
    mainFields: MAIN_FIELDS,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([input, { bytesInOutput }]) => bytesInOutput > 0 && !input.includes('node_modules'))
    .map(([input, { bytesInOutput }]) => `${input} (${bytesInOutput} B)`);
}

describe('tree-shaking (ADR 122)', () => {
  it('keeps nothing of a module that a bundle imports but does not use', async () => {
    const kept: Record<string, string[]> = {};
    for (const path of modules()) {
      const left = await keptByImporting(path);
      if (left.length) kept[path] = left;
    }
    expect(kept).toEqual({});
  }, 60_000);

  it('keeps only the key builders a bundle calls (ADR 126)', async () => {
    const left = await kept(
      "import * as keys from './shared/storage/table-keys.ts'; console.log(keys.application('x'));",
    );
    const ours = left.filter((module) => !module.startsWith('<stdin>'));
    expect(ours).toEqual([expect.stringMatching(/^shared\/storage\/table-keys\.ts /)]);
    // `({pk:`APP#${id}`,sk:"APP"})`: the one builder, none of the other 40 (2.4 KiB together).
    expect(Number(/\((\d+) B\)/.exec(ours[0]!)?.[1])).toBeLessThan(80);
  });
});
