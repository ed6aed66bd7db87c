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
import { App, NestedStack, Validations, type PolicyValidationPluginReport, type Stack } from 'aws-cdk-lib';
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
  /**
   * The portal as one template: its nested stacks' resources merged into the parent's, each
   * reference across the boundary written as the parent's own (flattened(), ADR 107).
   */
  readonly template: Template;
  /** Every template as CloudFormation gets it — the portal's, each nested one's, the edge's — by stack path. */
  readonly templates: Record<string, CfnTemplate>;
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
  const templates = synthesizedTemplates(app, [stack, edge]);
  const template = Template.fromJSON(flattened(stack, templates));
  const nag = new AwsSolutionsChecks(app, { verbose: true }).validateScope(app);
  return { app, stack, edge, template, templates, edgeTemplate: Template.fromStack(edge), config, nag };
}

interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DependsOn?: string | string[];
  [key: string]: unknown;
}
export interface CfnTemplate {
  Resources: Record<string, CfnResource>;
  Parameters?: Record<string, unknown>;
  Outputs?: Record<string, { Value: unknown }>;
  [key: string]: unknown;
}

/** The synthesized templates of the given stacks and of every stack nested in them, by construct path. */
export function synthesizedTemplates(app: App, stacks: readonly Stack[]): Record<string, CfnTemplate> {
  const assembly = app.synth();
  const templates: Record<string, CfnTemplate> = {};
  for (const stack of stacks) {
    templates[stack.node.path] = assembly.getStackArtifact(stack.artifactId).template as CfnTemplate;
    for (const nested of nestedStacksOf(stack)) {
      templates[nested.node.path] = JSON.parse(
        readFileSync(join(assembly.directory, nested.templateFile), 'utf8'),
      ) as CfnTemplate;
    }
  }
  return templates;
}

/** Every nested stack below a stack, at any depth, parents before children. */
function nestedStacksOf(stack: Stack): NestedStack[] {
  return stack.node
    .findAll()
    .filter((c): c is NestedStack => NestedStack.isNestedStack(c))
    .filter((nested) => nested.nestedStackParent !== undefined);
}

/**
 * One template for the deployment as if it had no nested stacks: each nested stack's resources
 * join the parent's (logical ids must not clash), a nested template's `Ref` of a parameter
 * becomes the value the parent passes, the parent's `Fn::GetAtt` of a nested output becomes
 * that output's value, and a `DependsOn` of the nested stack names all its resources. So the
 * tests assert what they did when everything was in one template, meaning the same.
 */
export function flattened(stack: Stack, templates: Record<string, CfnTemplate>): Record<string, unknown> {
  const work = { ...templates };
  const flat = structuredClone(work[stack.node.path]!);
  // Innermost first: a nested stack's own nested stacks are merged into it before it is merged.
  for (const nested of nestedStacksOf(stack).reverse()) {
    const parent = nested.nestedStackParent!;
    const parentTemplate = parent === stack ? flat : work[parent.node.path]!;
    const resourceId = parent.resolve(
      (nested.nestedStackResource as { logicalId: string }).logicalId,
    ) as string;
    const passed = (parentTemplate.Resources[resourceId]?.Properties?.['Parameters'] ?? {}) as Record<
      string,
      unknown
    >;
    const child = substitute(work[nested.node.path]!, (node) =>
      isRef(node) && node.Ref in passed ? passed[node.Ref] : undefined,
    ) as CfnTemplate;
    const merged = substitute(parentTemplate, (node) => {
      const getAtt = (node as { 'Fn::GetAtt'?: [string, string] })['Fn::GetAtt'];
      if (!getAtt || getAtt[0] !== resourceId || !getAtt[1].startsWith('Outputs.')) return undefined;
      return child.Outputs![getAtt[1].slice('Outputs.'.length)]!.Value;
    }) as CfnTemplate;
    delete merged.Resources[resourceId];
    const childIds = Object.keys(child.Resources);
    for (const resource of Object.values(merged.Resources)) {
      if (resource.DependsOn === undefined) continue;
      const dependsOn = [resource.DependsOn].flat();
      if (dependsOn.includes(resourceId))
        resource.DependsOn = [...dependsOn.filter((id) => id !== resourceId), ...childIds];
    }
    for (const [id, resource] of Object.entries(child.Resources)) {
      if (merged.Resources[id]) throw new Error(`${id} is in ${nested.node.path} and its parent`);
      merged.Resources[id] = resource;
    }
    if (parent === stack) Object.assign(flat, merged);
    else work[parent.node.path] = merged;
  }
  return flat;
}

const isRef = (node: unknown): node is { Ref: string } =>
  typeof node === 'object' && node !== null && typeof (node as { Ref?: unknown }).Ref === 'string';

function substitute(node: unknown, replace: (node: unknown) => unknown): unknown {
  const replaced = replace(node);
  if (replaced !== undefined) return replaced;
  if (Array.isArray(node)) return node.map((item) => substitute(item, replace));
  if (typeof node === 'object' && node !== null)
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, substitute(value, replace)]));
  return node;
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
