/**
 * The deploy pipeline (ADR 081): what `cdk synth` makes of infra/config/pipelines/example.json —
 * source, the synth step's checks, staging with its smoke test, a person's approval before
 * production — cdk-nag clean; and the pipeline configuration's validation at synth.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, type PolicyValidationPluginReport } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeployConfig, parseDeployConfig, type DeployConfig } from '../../infra/config.ts';
import { loadPipelineConfig, parsePipelineConfig } from '../../infra/pipeline-config.ts';
import { PipelineStack } from '../../infra/pipeline-stack.ts';
import { SMOKE_ROUND_ID } from '../../shared/domain/rounds/smoke.ts';
import { acknowledgements, cdkJsonContext } from './synth.ts';

interface Action {
  Name: string;
  ActionTypeId: { Category: string; Provider: string };
  RunOrder: number;
  Region?: string;
  Configuration?: Record<string, unknown>;
}
interface PipelineStage {
  Name: string;
  Actions: Action[];
}

let app: App;
let stack: PipelineStack;
let template: Template;
let stages: PipelineStage[];
let nag: PolicyValidationPluginReport;

beforeAll(() => {
  const web = mkdtempSync(join(tmpdir(), 'web-dist-'));
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Inkluderende kulturskoler</title>');
  // The stages' bundles are the portal stack's (test/infra/portal-stack.test.ts): not built here.
  app = new App({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
  stack = new PipelineStack(app, 'Pipeline', { config: loadPipelineConfig('example'), webAssetDir: web });
  template = Template.fromStack(stack);
  const [pipeline] = Object.values(template.findResources('AWS::CodePipeline::Pipeline'));
  stages = (pipeline!.Properties as { Stages: PipelineStage[] }).Stages;
  nag = new AwsSolutionsChecks(app, { verbose: true }).validateScope(app);
});

const stage = (name: string) => stages.find((s) => s.Name === name)!;

/** The commands of the CodeBuild project a pipeline action runs. */
function commandsOf(action: Action): string[] {
  const projectRef = (action.Configuration!.ProjectName as { Ref: string }).Ref;
  const project = template.toJSON().Resources[projectRef] as {
    Properties: { Source: { BuildSpec: string } };
  };
  const spec = JSON.parse(project.Properties.Source.BuildSpec) as {
    phases: Record<string, { commands: string[] }>;
  };
  return Object.values(spec.phases).flatMap((phase) => phase.commands);
}

describe('the deploy pipeline', () => {
  it('runs source → build → self-update → assets → staging → production, in that order', () => {
    expect(stages.map((s) => s.Name)).toEqual([
      'Source',
      'Build',
      'UpdatePipeline',
      'Assets',
      'Staging',
      'Production',
    ]);
  });

  it('takes the configured branch of the repository through the CodeConnections connection', () => {
    const config = loadPipelineConfig('example');
    const [source] = stage('Source').Actions;
    expect(source!.ActionTypeId.Provider).toBe('CodeStarSourceConnection');
    expect(source!.Configuration).toMatchObject({
      ConnectionArn: config.connectionArn,
      FullRepositoryId: config.repository,
      BranchName: config.branch,
    });
  });

  it('installs the lockfile, then lints, typechecks, runs the unit, integration and infra tests, then synthesises', () => {
    const commands = commandsOf(stage('Build').Actions[0]!);
    const order = ['npm ci', 'npm run lint', 'npm run typecheck', 'npx vitest run', 'npx cdk synth'].map(
      (prefix) => commands.findIndex((command) => command.startsWith(prefix)),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const tests = commands.find((command) => command.startsWith('npx vitest run'))!;
    for (const project of ['unit', 'integration', 'infra']) expect(tests).toContain(`--project ${project}`);
    expect(commands.at(-1)).toBe('npx cdk synth --quiet -c pipeline=example');
  });

  it('updates itself from the synth before deploying anything (self-mutation)', () => {
    expect(commandsOf(stage('UpdatePipeline').Actions[0]!).join('\n')).toContain('cdk -a . deploy Pipeline');
  });

  it('deploys staging, then smoke-tests it with its own URLs and an application in the smoke round', () => {
    const actions = [...stage('Staging').Actions].sort((a, b) => a.RunOrder - b.RunOrder);
    // The edge stack (us-east-1, the web ACL) and the portal stack: a change set and its execution each.
    expect(actions.map((a) => a.ActionTypeId.Category)).toEqual([
      'Deploy',
      'Deploy',
      'Deploy',
      'Deploy',
      'Build',
    ]);
    expect(actions.filter((a) => a.Region === 'us-east-1')).toHaveLength(2);
    const smoke = actions.at(-1)!;
    expect(commandsOf(smoke)).toContain(
      `npm run smoke -- "$WEB_URL" "$API_URL" --origin "$WEB_ORIGIN" --apply-in ${SMOKE_ROUND_ID}`,
    );
    // The URLs are the deployed stack's outputs, read by the action at run time.
    const variables = JSON.parse(smoke.Configuration!.EnvironmentVariables as string) as {
      name: string;
      value: string;
    }[];
    expect(variables.map((v) => v.name).sort()).toEqual(['API_URL', 'WEB_ORIGIN', 'WEB_URL']);
    for (const variable of variables)
      expect(variable.value).toMatch(/^#\{PipelineStagingPortal\w+\.(WebUrl|ApiUrl|WebOrigin)\}$/);
  });

  it('deploys production only after a person approves, then checks it read-only', () => {
    const actions = [...stage('Production').Actions].sort((a, b) => a.RunOrder - b.RunOrder);
    expect(actions.map((a) => `${a.ActionTypeId.Category}/${a.ActionTypeId.Provider}`)).toEqual([
      'Approval/Manual',
      'Deploy/CloudFormation',
      'Deploy/CloudFormation',
      'Deploy/CloudFormation',
      'Deploy/CloudFormation',
      'Build/CodeBuild',
    ]);
    expect(actions[0]!.RunOrder).toBeLessThan(actions[1]!.RunOrder);
    const smoke = commandsOf(actions.at(-1)!);
    expect(smoke).toContain('npm run smoke -- "$WEB_URL" "$API_URL" --origin "$WEB_ORIGIN"');
    expect(smoke.join('\n')).not.toContain('--apply-in');
  });

  it('deploys each stage to its configured account and region, the smoke round in staging only', () => {
    const config = loadPipelineConfig('example');
    expect(stack.staging.account).toBe(config.staging.account);
    expect(stack.production.account).toBe(config.production.account);
    expect(stack.staging.region).toBe(config.staging.region);
    const stagingFunctions = JSON.stringify(Template.fromStack(stack.staging.portal).toJSON());
    const productionFunctions = JSON.stringify(Template.fromStack(stack.production.portal).toJSON());
    expect(stagingFunctions).toContain('"SMOKE_ROUND":"true"');
    expect(productionFunctions).not.toContain('SMOKE_ROUND');
  });

  it('encrypts its artifacts with a rotated key the stage accounts may use', () => {
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });
});

describe('cdk-nag on the pipeline and its stages', () => {
  it('reports no unacknowledged finding', () => {
    expect(
      nag.violations.map((v) => `${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath)}`),
    ).toEqual([]);
  });

  it('gives a specific reason for every acknowledgement of the pipeline stack', () => {
    const own = acknowledgements(app).filter((ack) => ack.path.startsWith('Pipeline/Pipeline'));
    expect(own.length).toBeGreaterThan(0);
    for (const ack of own) expect(ack.reason.length, ack.id).toBeGreaterThan(60);
  });
});

describe('pipeline configuration, validated at synth', () => {
  const example = loadPipelineConfig('example');
  const settings = {
    account: '210987654321',
    region: 'eu-north-1',
    connectionArn:
      'arn:aws:codeconnections:eu-north-1:210987654321:connection/3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
    repository: 'kulturskoleradet/portal',
    branch: 'main',
    stages: { staging: 'staging', production: 'production' },
  };
  const real = (overrides: Partial<Record<keyof DeployConfig, unknown>>): DeployConfig =>
    parseDeployConfig({
      ...loadDeployConfig('example'),
      account: '123450987654',
      webOrigin: 'https://soknad.kulturskoleradet.no',
      alarmEmail: 'drift@kulturskoleradet.no',
      ...overrides,
    });
  const stagesOf =
    (staging: DeployConfig, production: DeployConfig) =>
    (env: string): DeployConfig =>
      env === 'staging' ? staging : production;
  const goodStaging = real({
    stageName: 'staging',
    webOrigin: 'https://soknad-staging.kulturskoleradet.no',
    smokeRound: true,
  });
  const goodProduction = real({ stageName: 'production' });

  it('accepts a real configuration', () => {
    const config = parsePipelineConfig(settings, 'kulturskoleradet', stagesOf(goodStaging, goodProduction));
    expect(config.staging.smokeRound).toBe(true);
    expect(config.production.smokeRound).toBe(false);
    expect(example.name).toBe('example');
  });

  it.each([
    [{ connectionArn: 'arn:aws:iam::210987654321:role/x' }, 'connectionArn'],
    [{ repository: 'no-owner' }, 'repository'],
    [{ account: '12' }, 'account'],
    [{ extra: true }, 'extra'],
  ])('rejects %o, naming the field', (override, field) => {
    expect(() =>
      parsePipelineConfig(
        { ...settings, ...override },
        'kulturskoleradet',
        stagesOf(goodStaging, goodProduction),
      ),
    ).toThrow(field);
  });

  it.each([
    [
      'a staging without the smoke round',
      real({ stageName: 'staging', webOrigin: 'https://s.kulturskoleradet.no' }),
      goodProduction,
      'smokeRound must be true',
    ],
    [
      'a production with the smoke round',
      goodStaging,
      real({ stageName: 'production', smokeRound: true }),
      'smokeRound must be false',
    ],
    [
      'a stage without an alarm address',
      goodStaging,
      real({ stageName: 'production', alarmEmail: undefined }),
      'alarmEmail is missing',
    ],
    [
      'a stage without an account',
      goodStaging,
      real({ stageName: 'production', account: undefined }),
      'account is missing',
    ],
    [
      'two stages on one address',
      goodStaging,
      real({ stageName: 'production', webOrigin: goodStaging.webOrigin }),
      'same webOrigin',
    ],
    [
      'a placeholder account in a real pipeline',
      goodStaging,
      real({ stageName: 'production', account: '111122223333' }),
      'placeholder',
    ],
    [
      'a placeholder domain in a real pipeline',
      goodStaging,
      real({ stageName: 'production', webOrigin: 'https://soknad.example.org' }),
      'placeholder',
    ],
  ])('refuses %s', (_case, staging, production, message) => {
    expect(() => parsePipelineConfig(settings, 'kulturskoleradet', stagesOf(staging, production))).toThrow(
      message,
    );
  });

  it('names the file to copy when the pipeline configuration does not exist', () => {
    expect(() => loadPipelineConfig('nowhere')).toThrow('infra/config/pipelines/example.json');
  });
});
