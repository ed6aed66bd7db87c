/**
 * The deploy pipeline's configuration (ADR 081): where the pipeline lives, where it takes the
 * source from, and which deploy configurations (infra/config/<env>.json) are its staging and
 * production stages. One committed JSON file per pipeline under `infra/config/pipelines/`,
 * chosen with `npx cdk synth -c pipeline=<name>` (default `example`). Validated with zod at synth
 * like the deploy configurations, and more strictly for the stages a pipeline deploys: each
 * needs its account and an alarm address, and only an example may hold placeholders.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as z from 'zod';
import { CONFIG_DIR, loadDeployConfig, type DeployConfig } from './config.ts';

/** The pipeline used when `-c pipeline=...` is not given: placeholders that validate offline. */
export const DEFAULT_PIPELINE = 'example';

/** A configuration whose name starts so may hold placeholders; no other may. */
const EXAMPLE_PREFIX = 'example';

/**
 * Values that only stand in for real ones: the account ids AWS's documentation uses, an
 * all-zero connection id, and the domains reserved for examples (RFC 2606, and example.no).
 */
const PLACEHOLDER_ACCOUNTS = new Set([
  '000000000000',
  '111111111111',
  '222222222222',
  '123456789012',
  '111122223333',
  '444455556666',
  '777788889999',
]);
const PLACEHOLDER_DOMAIN = /(^|\.)(example\.(org|com|net|no)|example|invalid|test|localhost)$/;
const PLACEHOLDER_CONNECTION = /connection\/0{8}-0{4}-0{4}-0{4}-0{12}$/;

const envName = z.string().regex(/^[a-z0-9-]+$/, 'must name a file of infra/config/ without .json');

export const pipelineConfigSchema = z
  .object({
    /** The account and region the pipeline runs in (a tooling account, or production's). */
    account: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id'),
    region: z
      .string()
      .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as eu-north-1')
      .default('eu-north-1'),
    /**
     * The CodeConnections connection to the repository host (created once in the console and
     * authorised there: infra/README.md). Both the current `codeconnections` and the older
     * `codestar-connections` ARN forms are accepted.
     */
    connectionArn: z
      .string()
      .regex(
        /^arn:aws:(codeconnections|codestar-connections):[a-z0-9-]+:\d{12}:connection\/[0-9a-f-]{36}$/,
        'must be a CodeConnections connection ARN (arn:aws:codeconnections:<region>:<account>:connection/<id>)',
      ),
    /** The repository as the connection names it: `owner/name`. */
    repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name'),
    /** The branch every push of which is built and deployed. */
    branch: z.string().min(1).default('main'),
    /** The deploy configurations of the two stages, by their infra/config/ file names. */
    stages: z.object({ staging: envName, production: envName }).strict(),
  })
  .strict();

export type PipelineSettings = z.output<typeof pipelineConfigSchema>;

export interface PipelineConfig extends PipelineSettings {
  /** The file's name (infra/config/pipelines/<name>.json): part of the synth command. */
  readonly name: string;
  readonly staging: DeployConfig;
  readonly production: DeployConfig;
}

/** Reads and validates `infra/config/pipelines/<name>.json` and both stages' deploy configurations. */
export function loadPipelineConfig(name: string = DEFAULT_PIPELINE): PipelineConfig {
  if (!/^[a-z0-9-]+$/.test(name)) {
    throw new Error(
      `Invalid -c pipeline=${name}: use the name of a file in infra/config/pipelines/ without .json`,
    );
  }
  const file = `${CONFIG_DIR}pipelines/${name}.json`;
  if (!existsSync(file)) {
    throw new Error(
      `No pipeline configuration "${name}": expected infra/config/pipelines/${name}.json ` +
        '(copy infra/config/pipelines/example.json and fill in your accounts, connection and repository; infra/README.md)',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`infra/config/pipelines/${name}.json is not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return parsePipelineConfig(raw, name, loadDeployConfig);
}

/**
 * Validates a pipeline configuration and its stages. `loadStage` reads a stage's deploy
 * configuration by name (infra/config/<env>.json; tests pass their own).
 */
export function parsePipelineConfig(
  raw: unknown,
  name: string,
  loadStage: (env: string) => DeployConfig,
): PipelineConfig {
  const source = `pipeline configuration infra/config/pipelines/${name}.json`;
  const result = pipelineConfigSchema.safeParse(raw);
  if (!result.success) throw new Error(`Invalid ${source}:\n${z.prettifyError(result.error)}`);
  const settings = result.data;
  const staging = loadStage(settings.stages.staging);
  const production = loadStage(settings.stages.production);

  const problems: string[] = [];
  for (const [stage, config] of [
    ['staging', staging],
    ['production', production],
  ] as const) {
    const file = `infra/config/${settings.stages[stage]}.json`;
    if (!config.account)
      problems.push(`${stage} (${file}): account is missing — the AWS account it deploys to`);
    if (!config.alarmEmail)
      problems.push(`${stage} (${file}): alarmEmail is missing — who is told when an alarm goes off`);
  }
  if (!staging.smokeRound)
    problems.push(
      `staging (infra/config/${settings.stages.staging}.json): smokeRound must be true — the smoke test starts an application in it`,
    );
  if (production.smokeRound)
    problems.push(
      `production (infra/config/${settings.stages.production}.json): smokeRound must be false — the smoke round is for staging only`,
    );
  if (settings.stages.staging === settings.stages.production)
    problems.push('stages: staging and production name the same deploy configuration');
  if (staging.stageName === production.stageName)
    problems.push(`stages: staging and production have the same stageName (${staging.stageName})`);
  if (staging.webOrigin === production.webOrigin)
    problems.push(`stages: staging and production have the same webOrigin (${staging.webOrigin})`);

  // Placeholders belong to examples only: a real pipeline with one would deploy nowhere.
  const placeholders = [
    ...placeholdersOf('pipeline', { account: settings.account, connectionArn: settings.connectionArn }),
    ...placeholdersOf(`staging (infra/config/${settings.stages.staging}.json)`, staging),
    ...placeholdersOf(`production (infra/config/${settings.stages.production}.json)`, production),
  ];
  const isExample = name.startsWith(EXAMPLE_PREFIX);
  if (!isExample) problems.push(...placeholders);
  const stageNames = [settings.stages.staging, settings.stages.production];
  if (!isExample && stageNames.some((stage) => stage.startsWith(EXAMPLE_PREFIX)))
    problems.push(`stages: a real pipeline deploys real configurations, not ${stageNames.join(' / ')}`);

  if (problems.length > 0) {
    throw new Error(`Invalid ${source}:\n${problems.map((problem) => `✖ ${problem}`).join('\n')}`);
  }
  return { ...settings, name, staging, production };
}

/** The fields of a configuration that still hold an example's placeholder. */
function placeholdersOf(
  where: string,
  values: {
    account?: string;
    connectionArn?: string;
    webOrigin?: string;
    alarmEmail?: string;
  },
): string[] {
  const found: string[] = [];
  if (values.account && PLACEHOLDER_ACCOUNTS.has(values.account))
    found.push(`${where}: account ${values.account} is a placeholder — fill in the real account id`);
  if (values.connectionArn && PLACEHOLDER_CONNECTION.test(values.connectionArn))
    found.push(`${where}: connectionArn is a placeholder — the ARN of your CodeConnections connection`);
  if (values.webOrigin && PLACEHOLDER_DOMAIN.test(new URL(values.webOrigin).hostname))
    found.push(`${where}: webOrigin ${values.webOrigin} is a placeholder — the portal's real address`);
  if (values.alarmEmail && PLACEHOLDER_DOMAIN.test(values.alarmEmail.split('@')[1] ?? ''))
    found.push(`${where}: alarmEmail ${values.alarmEmail} is a placeholder — the team's real address`);
  return found;
}
