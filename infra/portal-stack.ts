import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CfnOutput, Duration, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import type { Construct } from 'constructs';
import { functionsOf } from '../functions/registry.ts';
import { ENV } from '../shared/config/env.ts';
import type { AccessTargets } from './access.ts';
import type { DeployConfig } from './config.ts';
import { Api } from './constructs/api.ts';
import { Attachments } from './constructs/attachments.ts';
import { Data } from './constructs/data.ts';
import { Mail } from './constructs/mail.ts';
import { Monitoring } from './constructs/monitoring.ts';
import type { PortalFunction } from './constructs/portal-function.ts';
import { registryFunction } from './constructs/registry-function.ts';
import { SigningKey } from './constructs/secrets.ts';
import { Workflow } from './constructs/workflow.ts';
import { Web } from './constructs/web.ts';
import { REPO_ROOT } from './bundling.ts';
import { acknowledge } from './nag.ts';

export interface PortalStackProps extends StackProps {
  readonly config: DeployConfig;
  /** The built web app. @default web/dist (`npm run build:web`) */
  readonly webAssetDir?: string;
}

/** Service name and metrics namespace for Powertools (logger, metrics, tracer). */
export const POWERTOOLS_SERVICE_NAME = 'inkluderende-kulturskoler';
export const POWERTOOLS_METRICS_NAMESPACE = 'InkluderendeKulturskoler';

/**
 * The application portal of "Inkluderende kulturskoler", read top to bottom:
 *
 *   1. Data — the single DynamoDB table (access patterns documented in constructs/data.ts).
 *   2. Attachments — the private bucket browsers upload to with presigned POSTs.
 *   3. Signing key, mail identity, alarm topic.
 *   4. Workflow — the Step Functions state machine, its task functions, the scheduled ones.
 *   5. API — the HTTP API, one function per HTTP route of the registry.
 *   6. Events — S3 ObjectCreated under a declared prefix → its function (the verification).
 *   7. Web — the built web app in a private bucket behind CloudFront.
 *
 * Every function is a declaration of the registry (functions/registry.ts), and its role holds
 * only what its access list and trigger imply (infra/access.ts).
 */
export class PortalStack extends Stack {
  readonly data: Data;
  readonly attachments: Attachments;
  readonly signingKey: SigningKey;
  readonly mail: Mail;
  readonly monitoring: Monitoring;
  readonly workflow: Workflow;
  readonly api: Api;
  /** The registry's S3-event functions by id. */
  readonly eventFunctions: Record<string, PortalFunction> = {};
  readonly web: Web;

  constructor(scope: Construct, id: string, props: PortalStackProps) {
    super(scope, id, props);
    const { config } = props;
    Tags.of(this).add('project', 'inkluderende-kulturskoler');
    Tags.of(this).add('stage', config.stageName);

    // 1.–3.
    this.data = new Data(this, 'Data');
    this.attachments = new Attachments(this, 'Attachments', { webOrigin: config.webOrigin });
    this.signingKey = new SigningKey(this, 'SigningKey');
    this.mail = new Mail(this, 'Mail', { mailDomain: config.mailDomain });
    this.monitoring = new Monitoring(this, 'Monitoring', { alarmEmail: config.alarmEmail });

    const targets: AccessTargets = {
      table: this.data.table,
      bucket: this.attachments.bucket,
      mailIdentity: this.mail.identity,
      signingKey: this.signingKey.secret,
    };
    // Names only — the signing key itself never reaches an environment variable.
    const environment: Record<string, string> = {
      [ENV.tableName]: this.data.table.tableName,
      [ENV.attachmentBucket]: this.attachments.bucket.bucketName,
      [ENV.signingKeySecretId]: this.signingKey.secret.secretArn,
      [ENV.webBaseUrl]: config.webOrigin,
      POWERTOOLS_SERVICE_NAME,
      POWERTOOLS_METRICS_NAMESPACE,
    };

    // 4. The workflow first: the API's submit function needs its ARN, while the task
    // functions must not reference the state machine (that would be a dependency cycle).
    this.workflow = new Workflow(this, 'Workflow', {
      targets,
      environment,
      alarmTopic: this.monitoring.alarmTopic,
      metricsNamespace: POWERTOOLS_METRICS_NAMESPACE,
      serviceName: POWERTOOLS_SERVICE_NAME,
    });

    // 5.
    this.api = new Api(this, 'Api', {
      webOrigin: config.webOrigin,
      throttle: config.apiThrottle,
      targets: {
        ...targets,
        stateMachine: this.workflow.stateMachine,
        workflowArn: this.workflow.workflowArn,
      },
      environment,
    });

    // 6. S3 events: each declared prefix of the attachment bucket notifies its function — the
    // verification of every upload (size, magic bytes, declared type): the POST policy is the
    // first guard, this function the real one; it freezes what it accepts (ADR 060).
    for (const declared of functionsOf('s3-event')) {
      const fn = registryFunction(this, declared, { environment, targets });
      this.eventFunctions[declared.id] = fn;
      this.attachments.bucket.addEventNotification(
        s3.EventType.OBJECT_CREATED,
        new s3n.LambdaDestination(fn),
        // The declared prefix only: e.g. the frozen copies the verifier writes notify nobody.
        { prefix: declared.prefix },
      );
      // S3 invokes asynchronously: a function that keeps failing must not go unnoticed.
      new cloudwatch.Alarm(this, `${declared.id}ErrorsAlarm`, {
        alarmDescription:
          `${declared.id} failed on an S3 event (${declared.summary.toLowerCase()}): an object under ` +
          `${declared.prefix} may be left unhandled. See the ${declared.id} function logs.`,
        metric: fn.metricErrors({ statistic: 'Sum', period: Duration.minutes(5) }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      }).addAlarmAction(new actions.SnsAction(this.monitoring.alarmTopic));
    }

    // 7. The pages may talk to the API and upload to the attachment bucket, nothing else (CSP).
    const webAssetDir = props.webAssetDir ?? join(REPO_ROOT, 'web', 'dist');
    if (!existsSync(join(webAssetDir, 'index.html'))) {
      throw new Error(`The web app is not built (${webAssetDir}): run \`npm run build:web\` first`);
    }
    this.web = new Web(this, 'Web', {
      assetDir: webAssetDir,
      webOrigin: config.webOrigin,
      certificateArn: config.webCertificateArn,
      apiUrl: this.api.url,
      uploadOrigin: `https://${this.attachments.bucket.bucketRegionalDomainName}`,
    });

    this.suppressCdkInternals();

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'WebDistributionDomain', { value: this.web.distribution.distributionDomainName });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'AttachmentBucketName', { value: this.attachments.bucket.bucketName });
    new CfnOutput(this, 'StateMachineArn', { value: this.workflow.stateMachine.stateMachineArn });
    new CfnOutput(this, 'SigningKeySecretArn', { value: this.signingKey.secret.secretArn });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.alarmTopic.topicArn });
  }

  /** Resources CDK adds on its own (the S3 notification custom resource). */
  private suppressCdkInternals(): void {
    const handler = this.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
    if (!handler) return;
    acknowledge(
      handler,
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      'CDK’s BucketNotificationsHandler (a deploy-time custom resource that writes the bucket’s ' +
        'notification configuration) uses AWSLambdaBasicExecutionRole; it handles no application data.',
    );
  }
}

/** Stack name of a deployment, e.g. `InkluderendeKulturskoler-example`. */
export function stackName(config: Pick<DeployConfig, 'stageName'>): string {
  return `InkluderendeKulturskoler-${config.stageName}`;
}
