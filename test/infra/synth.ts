/**
 * Synthesises the portal stack once for a test file: the example deploy configuration,
 * real esbuild bundling of every handler (as `cdk synth` does), then cdk-nag's
 * AwsSolutions pack over the whole app.
 *
 * `INFRA_TEST_BUNDLING=skip` replaces the bundles with placeholders (CDK's
 * `aws:cdk:bundling-stacks` context) — for iterating on infra while a handler does not
 * build; the default, and CI, bundle for real. Tests of configuration variants pass
 * `{ bundling: false }`: the bundles are already checked by the main synth.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations, type PolicyValidationPluginReport } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { REPO_ROOT } from '../../infra/bundling.ts';
import { loadDeployConfig, parseDeployConfig, type DeployConfig } from '../../infra/config.ts';
import { deployment } from '../../infra/deployment.ts';
import type { EdgeStack } from '../../infra/edge-stack.ts';
import type { PortalStack } from '../../infra/portal-stack.ts';

export interface Synthesised {
  readonly app: App;
  readonly stack: PortalStack;
  readonly template: Template;
  /** The deployment's us-east-1 part (the web ACL). */
  readonly edge: EdgeStack;
  readonly edgeTemplate: Template;
  readonly config: DeployConfig;
  /** cdk-nag AwsSolutions findings that are not acknowledged. */
  readonly nag: PolicyValidationPluginReport;
}

export function synthPortal(
  overrides: Partial<Record<keyof DeployConfig, unknown>> = {},
  options: { bundling?: boolean } = {},
): Synthesised {
  const skipBundling = options.bundling === false || process.env.INFRA_TEST_BUNDLING === 'skip';
  const app = new App({
    context: { ...cdkJsonContext(), ...(skipBundling ? { 'aws:cdk:bundling-stacks': [] } : {}) },
  });
  const config = parseDeployConfig({ ...loadDeployConfig('example'), ...overrides });
  const { portal: stack, edge } = deployment(app, config, { webAssetDir: stubWebBuild() });
  const template = Template.fromStack(stack);
  const nag = new AwsSolutionsChecks(app, { verbose: true }).validateScope(app);
  return { app, stack, edge, template, edgeTemplate: Template.fromStack(edge), config, nag };
}

/**
 * The context `cdk.json` gives the CLI's synth — the feature flags (ADR 080). A test's `new App()`
 * does not read cdk.json, so it is passed here: the tests synthesise what `cdk synth` does.
 */
export function cdkJsonContext(): Record<string, unknown> {
  return (
    (JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> })
      .context ?? {}
  );
}

/** A stand-in for web/dist: the infra tests do not depend on the web build. */
function stubWebBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'web-dist-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Inkluderende kulturskoler</title>');
  return dir;
}

/** Every acknowledgement recorded in the app (`Validations.of(x).acknowledge`), by construct path. */
export function acknowledgements(app: App): { path: string; id: string; reason: string }[] {
  return app.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}
