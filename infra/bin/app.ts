/**
 * The CDK app (`npx cdk synth`, `npx cdk deploy -c env=<name>`).
 *
 * Synth validates everything administrators configure: the deploy configuration
 * (infra/config/<env>.json) and every grant round (shared/domain/rounds) — a bad value
 * fails here, with the field named, instead of in production. cdk-nag's AwsSolutions pack
 * runs on every synth as a CDK validation plugin (cdk-nag 3), so a new finding that is not
 * acknowledged with a reason fails it too.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { listRounds } from '../../shared/domain/rounds/index.ts';
import { DEFAULT_ENV, checkRoundMailDomains, loadDeployConfig } from '../config.ts';
import { PortalStack, stackName } from '../portal-stack.ts';

const app = new App();
const envName = (app.node.tryGetContext('env') as string | undefined) ?? DEFAULT_ENV;
const config = loadDeployConfig(envName);

// The rounds committed in the repository (not the local demo round): parsed with zod as
// they load, so a bad round throws here.
let rounds: ReturnType<typeof listRounds>;
try {
  rounds = listRounds({});
} catch (error) {
  throw new Error(`Invalid round configuration (shared/domain/rounds): ${(error as Error).message}`, {
    cause: error,
  });
}
checkRoundMailDomains(rounds, config);

new PortalStack(app, stackName(config), {
  config,
  env: { account: config.account, region: config.region },
  description: `Inkluderende kulturskoler application portal (${config.stageName})`,
});

Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
