/**
 * How every Lambda entry is bundled — one definition for CDK (`PortalFunction`) and for
 * `npm run bench`, so the sizes the bench reports are the sizes that get deployed.
 *
 * - ESM output (`index.mjs`) for Node.js 24; the banner gives bundled CommonJS dependencies
 *   a `require` (esbuild's ESM output has none, and e.g. `require('node:crypto')` would throw
 *   "Dynamic require of … is not supported").
 * - `@aws-sdk/*` stays external: the Lambda Node.js runtime ships SDK v3, and bundling it
 *   roughly doubles a handler (DESIGN.md §6: ~446 KiB vs ~985 KiB).
 * - `@aws-lambda-powertools/*` stays external: every function gets AWS's Powertools layer of
 *   the exact version in package-lock.json (infra/constructs/powertools-layer.ts). The tracer
 *   alone brings aws-xray-sdk-core, semver and cls-hooked (~125 KiB minified) into a bundle
 *   (docs/decisions/004-powertools-layer.md).
 * - Minified, no source maps: the bundles stay small and stack traces still name the
 *   handler's functions well enough with `keepNames`.
 * - The rounds a bundle can list beyond the configured are fixed when it is built
 *   (`roundDefines`, ADR 126): never the demo round, the smoke round only in a function whose
 *   environment lists it — a production bundle carries neither.
 */
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { ENV } from '../shared/config/env.ts';

/** Repository root: the registry's `entry` paths (functions/registry.ts) are relative to it. */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

export const ESBUILD_TARGET = 'node24';

/** Gives the ESM bundle a CommonJS `require` for dependencies that still call it. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __portalCreateRequire } from 'node:module';const require = __portalCreateRequire(import.meta.url);";

/** Modules the Lambda runtime provides. */
export const EXTERNAL_MODULES = ['@aws-sdk/*', '@aws-lambda-powertools/*'];

/** Prefer packages' ESM builds (better tree-shaking), fall back to CommonJS. */
export const MAIN_FIELDS = ['module', 'main'];

/**
 * esbuild's `define` for the rounds selected at run time (shared/domain/rounds/index.ts): the
 * demo round never (only the local stack lists it, and it runs the sources unbundled, where
 * nothing is defined), the smoke round where `environment` lists it (SMOKE_ROUND=true: the
 * staging configuration's `smokeRound`, ADR 081). A function's bundle thus lists what its
 * environment can ask for and carries no round it never lists (ADR 126).
 *
 * @param environment the function's environment variables (none: a production function's)
 */
export function roundDefines(environment: Readonly<Record<string, string>> = {}): Record<string, string> {
  return {
    PORTAL_DEMO_ROUND: 'false',
    PORTAL_SMOKE_ROUND: String(environment[ENV.smokeRound] === 'true'),
  };
}

/**
 * NodejsFunction `bundling` options (local esbuild, never Docker) for a function with this
 * environment (`roundDefines`).
 */
export const lambdaBundling = (environment?: Readonly<Record<string, string>>): BundlingOptions => ({
  format: OutputFormat.ESM,
  target: ESBUILD_TARGET,
  minify: true,
  keepNames: true,
  sourceMap: false,
  externalModules: EXTERNAL_MODULES,
  bundleAwsSDK: false,
  mainFields: MAIN_FIELDS,
  banner: ESM_REQUIRE_BANNER,
  define: roundDefines(environment),
  forceDockerBundling: false,
});

/**
 * The same bundle as esbuild's JS API options (what CDK passes on esbuild's command line:
 * `--bundle --platform=node --target=node24 --format=esm --minify --keep-names
 * --external:@aws-sdk/* --main-fields=module,main --banner:js=… --define:…`).
 *
 * @param entry path of the handler module (absolute, or relative to the repository root)
 * @param outfile where to write the bundle (CDK names it `index.mjs`)
 * @param environment the function's environment (none: production's, what the bench measures)
 */
export function esbuildOptions(
  entry: string,
  outfile: string,
  environment?: Readonly<Record<string, string>>,
): BuildOptions {
  return {
    entryPoints: [entry],
    absWorkingDir: REPO_ROOT,
    outfile,
    bundle: true,
    platform: 'node',
    target: ESBUILD_TARGET,
    format: 'esm',
    minify: true,
    keepNames: true,
    sourcemap: false,
    external: EXTERNAL_MODULES,
    mainFields: MAIN_FIELDS,
    banner: { js: ESM_REQUIRE_BANNER },
    define: roundDefines(environment),
    metafile: true,
  };
}
