/**
 * The deploy pipeline (ADR 081): CDK Pipelines' self-mutating CodePipeline, from a push to the
 * configured branch to production.
 *
 *   Source      the repository through a CodeConnections connection (infra/config/pipelines/)
 *   Build       `npm ci`, lint, typecheck, the unit, web, integration and infra tests, then
 *               `cdk synth -c pipeline=<name>` — the same synth an administrator runs
 *   UpdatePipeline  the pipeline updates itself from that synth first (self-mutation)
 *   Assets      the functions' bundles and the web build, published to each stage's account
 *   Staging     the portal in the staging account, then the smoke test against it
 *               (`npm run smoke -- <web URL> <API URL> --apply-in smoke`)
 *   Production  after a person approves (ManualApprovalStep), then the smoke test's read-only
 *               checks against production
 *
 * The browser tests (test/e2e) are not run here: they need Debian's Chromium, which the
 * CodeBuild images do not have; CI runs them on every change before it reaches the branch, and
 * the smoke test checks the deployed pages and API instead (ADR 081).
 */
import { ArnFormat, Duration, Stack, Stage, type StackProps, type StageProps } from 'aws-cdk-lib';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import * as pipelines from 'aws-cdk-lib/pipelines';
import type { Construct } from 'constructs';
import { SMOKE_ROUND_ID } from '../shared/domain/rounds/smoke.ts';
import type { DeployConfig } from './config.ts';
import { acknowledge, nagValue } from './nag.ts';
import type { PipelineConfig } from './pipeline-config.ts';
import { deployment } from './deployment.ts';
import { EDGE_REGION, type EdgeStack } from './edge-stack.ts';
import type { PortalStack } from './portal-stack.ts';

/** Installs exactly package-lock.json (Node.js 24 comes with it, as the `node` dev dependency). */
export const INSTALL_COMMANDS = ['npm ci --no-audit --no-fund'];

/** What the build step runs before anything is deployed, in order. */
export function synthCommands(pipeline: string): string[] {
  return [
    'npm run lint',
    'npm run typecheck',
    'npx vitest run --project unit --project web --project integration --project infra',
    `npx cdk synth --quiet -c pipeline=${pipeline}`,
  ];
}

/** The smoke test of a deployed stage; in staging it also starts an application in the smoke round. */
export function smokeCommand(applyIn?: string): string {
  return `npm run smoke -- "$WEB_URL" "$API_URL" --origin "$WEB_ORIGIN"${applyIn ? ` --apply-in ${applyIn}` : ''}`;
}

/** Builds run on Graviton, Amazon Linux 2023 (the image's Node.js only runs npm). */
const BUILD_ENVIRONMENT: codebuild.BuildEnvironment = {
  buildImage: codebuild.LinuxArmBuildImage.AMAZON_LINUX_2023_STANDARD_3_0,
  computeType: codebuild.ComputeType.MEDIUM,
};

/**
 * One deployment of the portal as a pipeline stage: the portal stack in its account and region,
 * and its edge stack (the web ACL) in us-east-1 of the same account.
 */
export class PortalStage extends Stage {
  readonly portal: PortalStack;
  readonly edge: EdgeStack;

  constructor(
    scope: Construct,
    id: string,
    props: StageProps & { readonly config: DeployConfig; readonly webAssetDir?: string },
  ) {
    super(scope, id, { ...props, env: { account: props.config.account, region: props.config.region } });
    const { edge, portal } = deployment(this, props.config, {
      ids: { edge: 'Edge', portal: 'Portal' },
      webAssetDir: props.webAssetDir,
    });
    this.edge = edge;
    this.portal = portal;
  }
}

export interface PipelineStackProps extends StackProps {
  readonly config: PipelineConfig;
  /** The built web app. @default web/dist (the synth step's `cdk synth` builds it first) */
  readonly webAssetDir?: string;
}

export class PipelineStack extends Stack {
  readonly pipeline: pipelines.CodePipeline;
  readonly staging: PortalStage;
  readonly production: PortalStage;
  readonly approval: pipelines.ManualApprovalStep;

  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, {
      ...props,
      env: { account: props.config.account, region: props.config.region },
      description: `Inkluderende kulturskoler: the deploy pipeline (${props.config.repository} ${props.config.branch})`,
    });
    const { config } = props;

    const source = pipelines.CodePipelineSource.connection(config.repository, config.branch, {
      connectionArn: config.connectionArn,
      triggerOnPush: true,
    });

    this.pipeline = new pipelines.CodePipeline(this, 'Pipeline', {
      pipelineName: 'InkluderendeKulturskoler',
      // Stages in other accounts: artifacts are encrypted with a key those accounts may use.
      crossAccountKeys: true,
      enableKeyRotation: true,
      selfMutation: true,
      // One CodeBuild project publishes every asset (not one per asset): fewer projects, one
      // build's start-up per release instead of ~40 (docs/cost.md).
      publishAssetsInParallel: false,
      synth: new pipelines.CodeBuildStep('Build', {
        input: source,
        installCommands: INSTALL_COMMANDS,
        commands: synthCommands(config.name),
        primaryOutputDirectory: 'cdk.out',
        env: { CI: 'true' },
        timeout: Duration.minutes(60),
      }),
      codeBuildDefaults: { buildEnvironment: BUILD_ENVIRONMENT, timeout: Duration.minutes(30) },
    });

    this.staging = new PortalStage(this, 'Staging', {
      config: config.staging,
      webAssetDir: props.webAssetDir,
    });
    this.pipeline.addStage(this.staging, {
      post: [this.smoke('SmokeTestStaging', this.staging, source, SMOKE_ROUND_ID)],
    });

    this.production = new PortalStage(this, 'Production', {
      config: config.production,
      webAssetDir: props.webAssetDir,
    });
    this.approval = new pipelines.ManualApprovalStep('PromoteToProduction', {
      comment:
        'Staging is deployed and its smoke test passed. Try it at the staging address, then approve to ' +
        'deploy the same build to production (infra/README.md: approving a release).',
    });
    this.pipeline.addStage(this.production, {
      pre: [this.approval],
      post: [this.smoke('SmokeTestProduction', this.production, source)],
    });

    this.pipeline.buildPipeline();
    this.acknowledgeFindings();
  }

  private smoke(
    id: string,
    stage: PortalStage,
    source: pipelines.CodePipelineSource,
    applyIn?: string,
  ): pipelines.CodeBuildStep {
    return new pipelines.CodeBuildStep(id, {
      input: source,
      envFromCfnOutputs: {
        WEB_URL: stage.portal.webUrl,
        API_URL: stage.portal.apiUrl,
        WEB_ORIGIN: stage.portal.webOrigin,
      },
      installCommands: INSTALL_COMMANDS,
      commands: [smokeCommand(applyIn)],
    });
  }

  /**
   * What cdk-nag finds in what CDK Pipelines generates — its roles, CodeBuild projects and
   * artifact bucket — each acknowledged on the narrowest construct with the reason (ADR 081).
   */
  private acknowledgeFindings(): void {
    const pipeline = this.pipeline.pipeline;
    const bucket = pipeline.artifactBucket;
    const account = this.account;
    const region = this.region;
    acknowledge(
      bucket,
      'AwsSolutions-S1',
      'The pipeline’s artifact bucket holds only build outputs (the synthesised templates, bundles and the web ' +
        'build) that CodePipeline and CodeBuild write and read; CloudTrail records who touched it.',
    );
    const actionWildcards = [
      'Action::s3:Abort*',
      'Action::s3:DeleteObject*',
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      'Action::kms:GenerateDataKey*',
      'Action::kms:ReEncrypt*',
    ];
    for (const finding of [...actionWildcards, `Resource::${nagValue(this, bucket.arnForObjects('*'))}`]) {
      acknowledge(
        this.pipeline,
        `AwsSolutions-IAM5[${finding}]`,
        'CDK Pipelines grants its roles read/write on the pipeline’s own artifact bucket and its KMS key with ' +
          'these wildcards (grantReadWrite); they reach that one bucket and key only.',
      );
    }
    const projects = this.pipeline.node
      .findAll()
      .filter((construct): construct is codebuild.Project => construct instanceof codebuild.Project);
    for (const project of projects) {
      const logs = this.formatArn({
        service: 'logs',
        resource: 'log-group',
        arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        resourceName: `/aws/codebuild/${project.projectName}:*`,
      });
      const reports = this.formatArn({
        service: 'codebuild',
        resource: 'report-group',
        resourceName: `${project.projectName}-*`,
      });
      for (const arn of [logs, reports]) {
        acknowledge(
          project,
          `AwsSolutions-IAM5[Resource::${nagValue(project, arn)}]`,
          'CodeBuild writes each build to a log stream and report named at run time: the grant is limited to ' +
            'the log group and report groups of this one project.',
        );
      }
    }
    // Each stage's edge stack deploys to us-east-1 (ADR 088): CodePipeline replicates the artifacts
    // there through a support stack of CDK's with its own bucket and KMS key.
    const edgeSupport = pipeline.crossRegionSupport[EDGE_REGION];
    if (edgeSupport) {
      acknowledge(
        edgeSupport.replicationBucket,
        'AwsSolutions-S1',
        'CodePipeline’s cross-region replication bucket (CDK’s support stack in us-east-1) holds only copies ' +
          'of the pipeline’s artifacts for the edge stacks’ deploy actions, KMS-encrypted; CloudTrail records access.',
      );
      acknowledge(
        this.pipeline,
        `AwsSolutions-IAM5[Resource::arn:aws:s3:::${nagValue(this, edgeSupport.replicationBucket.bucketName)}/*]`,
        'The pipeline writes the artifacts the us-east-1 deploy actions read into CodePipeline’s replication ' +
          'bucket there: object keys are made at run time, and the grant is that one bucket’s objects.',
      );
      acknowledge(
        this.pipeline,
        'AwsSolutions-IAM5[Resource::*]',
        'The replication bucket’s KMS key lives in the us-east-1 support stack and is named by an alias CDK ' +
          'generates, so CDK grants the pipeline role its encrypt/decrypt actions on "*" next to its own key.',
      );
    }
    const selfMutation = this.pipeline.node.findChild('UpdatePipeline').node.findChild('SelfMutation');
    acknowledge(
      selfMutation,
      `AwsSolutions-IAM5[Resource::arn:*:iam::${account}:role/*]`,
      'Self-mutation runs `cdk deploy` of the pipeline stack: it may assume the CDK bootstrap roles of this ' +
        'account (CDK Pipelines scopes the statement to roles tagged aws-cdk:bootstrap-role).',
    );
    acknowledge(
      selfMutation,
      'AwsSolutions-IAM5[Resource::*]',
      'Self-mutation reads CloudFormation stacks and lists S3 buckets to locate the bootstrap resources; ' +
        'those read-only actions are granted on "*" by CDK Pipelines.',
    );
    const assets = this.pipeline.node.findChild('Assets');
    acknowledge(
      assets,
      'AwsSolutions-IAM5[Resource::*]',
      'The asset publishing role may assume the CDK file-publishing roles of the stages’ accounts (named ' +
        'there, tagged aws-cdk:bootstrap-role) — CDK Pipelines grants sts:AssumeRole on "*" with that condition.',
    );
    for (const finding of [
      `Resource::arn:aws:logs:${region}:${account}:log-group:/aws/codebuild/*`,
      `Resource::arn:aws:codebuild:${region}:${account}:report-group/*`,
    ]) {
      acknowledge(
        assets,
        `AwsSolutions-IAM5[${finding}]`,
        'The asset publishing projects are created per asset by CDK Pipelines and share one role: its log and ' +
          'report grants cover CodeBuild’s groups of this account and region.',
      );
    }
  }
}
