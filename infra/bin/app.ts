/**
 * The CDK app.
 *
 *   npx cdk synth                           the deploy pipeline and its stages, from
 *                                           infra/config/pipelines/example.json (placeholders)
 *   npx cdk synth -c pipeline=<name>        …from infra/config/pipelines/<name>.json
 *   npx cdk deploy -c pipeline=<name>       deploys the pipeline once; it deploys everything
 *                                           after that from the branch (infra/README.md)
 *   npx cdk synth|deploy -c env=<name>      one portal stack from infra/config/<name>.json,
 *                                           without a pipeline (a sandbox account)
 *
 * Synth validates everything administrators configure: the pipeline configuration, each
 * stage's deploy configuration (infra/config/<env>.json) and every grant round
 * (shared/domain/rounds) — a bad value fails here, with the field named, instead of in
 * production. cdk-nag's AwsSolutions pack runs on every synth as a CDK validation plugin
 * (cdk-nag 3), so a new finding that is not acknowledged with a reason fails it too.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { validatedRounds } from '../../shared/domain/rounds/content.ts';
import { ENV } from '../../shared/config/env.ts';
import { checkRoundMailDomains, loadDeployConfig, type DeployConfig } from '../config.ts';
import { DEFAULT_PIPELINE, loadPipelineConfig } from '../pipeline-config.ts';
import { PipelineStack } from '../pipeline-stack.ts';
import { deployment } from '../deployment.ts';

const app = new App();

/** The rounds a deployment serves (the committed ones, and the smoke round where configured), checked. */
function checkRounds(config: DeployConfig): void {
  // Each parsed by roundSchema here (the functions read them unparsed, ADR 077): a bad round throws.
  let rounds: ReturnType<typeof validatedRounds>;
  try {
    rounds = validatedRounds(config.smokeRound ? { [ENV.smokeRound]: 'true' } : {});
  } catch (error) {
    throw new Error(`Invalid round configuration (shared/domain/rounds): ${(error as Error).message}`, {
      cause: error,
    });
  }
  checkRoundMailDomains(rounds, config);
}

const envName = app.node.tryGetContext('env') as string | undefined;
if (envName) {
  const config = loadDeployConfig(envName);
  checkRounds(config);
  // The portal stack and its us-east-1 edge stack (the web ACL CloudFront requires there).
  deployment(app, config);
} else {
  const pipeline = loadPipelineConfig(
    (app.node.tryGetContext('pipeline') as string | undefined) ?? DEFAULT_PIPELINE,
  );
  checkRounds(pipeline.staging);
  checkRounds(pipeline.production);
  new PipelineStack(app, 'InkluderendeKulturskoler-Pipeline', { config: pipeline });
}

Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
