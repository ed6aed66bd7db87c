import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CfnOutput, Duration, NestedStack, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as eventTargets from 'aws-cdk-lib/aws-events-targets';
import * as destinations from 'aws-cdk-lib/aws-lambda-destinations';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as s3n from 'aws-cdk-lib/aws-s3-notifications';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { allFunctions, functionsOf } from '../functions/registry.ts';
import { ENV } from '../shared/config/env.ts';
import type { AccessTargets } from './access.ts';
import { staffMailFrom, type DeployConfig } from './config.ts';
import { Alarms } from './constructs/alarms.ts';
import { Api } from './constructs/api.ts';
import { Attachments } from './constructs/attachments.ts';
import { AuditSink } from './constructs/audit-sink.ts';
import { RoundDashboard } from './constructs/dashboard.ts';
import { Data } from './constructs/data.ts';
import { Mail } from './constructs/mail.ts';
import { MalwareProtection } from './constructs/malware.ts';
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
  /** The CLOUDFRONT-scope web ACL (us-east-1, the edge stack) in front of the web app (ADR 088). */
  readonly webAclArn: string;
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
 *   6. Events — S3 ObjectCreated under a declared prefix → its function (the verification);
 *      SES bounces and complaints (the configuration set → EventBridge) → theirs. Each of these
 *      asynchronously invoked functions keeps what it gave up on in a failure queue.
 *   7. Web — the built web app in a private bucket behind CloudFront.
 *   8. Operations — an alarm on everything that needs a person, and the round's dashboard.
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
  /** The audit trail's immutable copy (S3 Object Lock, ADR 087). */
  readonly auditSink: AuditSink;
  readonly workflow: Workflow;
  readonly api: Api;
  /** The registry's S3-event and mail-event functions by id. */
  readonly eventFunctions: Record<string, PortalFunction> = {};
  /** Where each asynchronously invoked function keeps the events it gave up on, by function id. */
  readonly failureQueues: Record<string, sqs.Queue> = {};
  /** The EventBridge rules of the mail-event functions, by function id. */
  readonly mailEventRules: Record<string, events.Rule> = {};
  /** GuardDuty Malware Protection for S3 of each malware-scan function's prefix, by function id (ADR 089). */
  readonly malwareProtection: Record<string, MalwareProtection> = {};
  /** Every function of the registry, by id. */
  readonly functions: Record<string, PortalFunction> = {};
  readonly web: Web;
  /** The alarms and the dashboard: a nested stack of their own (ADR 107). */
  readonly operations: NestedStack;
  readonly alarms: Alarms;
  readonly dashboard: RoundDashboard;
  /** The stack outputs the deploy pipeline's smoke test reads. */
  readonly webUrl: CfnOutput;
  readonly apiUrl: CfnOutput;
  /** The origin the API allows (CORS) and the links point to: the configured webOrigin. */
  readonly webOrigin: CfnOutput;

  constructor(scope: Construct, id: string, props: PortalStackProps) {
    // The web ACL's ARN comes from us-east-1 (infra/edge-stack.ts).
    super(scope, id, { ...props, crossRegionReferences: true });
    const { config } = props;
    Tags.of(this).add('project', 'inkluderende-kulturskoler');
    Tags.of(this).add('stage', config.stageName);

    // 1.–3.
    this.data = new Data(this, 'Data');
    this.attachments = new Attachments(this, 'Attachments', { webOrigin: config.webOrigin });
    this.signingKey = new SigningKey(this, 'SigningKey');
    this.mail = new Mail(this, 'Mail', { mailDomain: config.mailDomain });
    this.monitoring = new Monitoring(this, 'Monitoring', { alarmEmail: config.alarmEmail });
    this.auditSink = new AuditSink(this, 'AuditSink', { retentionYears: config.auditRetentionYears });

    const targets: AccessTargets = {
      table: this.data.table,
      bucket: this.attachments.bucket,
      mailIdentity: this.mail.identity,
      mailConfigurationSet: this.mail.configurationSet,
      signingKey: this.signingKey.secret,
      auditSink: this.auditSink.bucket,
    };
    // Names only — the signing key itself never reaches an environment variable.
    const environment: Record<string, string> = {
      [ENV.tableName]: this.data.table.tableName,
      [ENV.attachmentBucket]: this.attachments.bucket.bucketName,
      [ENV.signingKeySecretId]: this.signingKey.secret.secretArn,
      [ENV.webBaseUrl]: config.webOrigin,
      [ENV.mailConfigurationSet]: this.mail.configurationSet.configurationSetName,
      [ENV.ipRequestsPerHour]: String(config.ipRequestsPerHour),
      [ENV.auditSinkBucket]: this.auditSink.bucket.bucketName,
      ...(config.smokeRound && { [ENV.smokeRound]: 'true' }),
      // Only the functions that read the staff list keep these (registry-function.ts, ADR 093).
      [ENV.staffEmails]: config.staff.emails.join(','),
      [ENV.staffMailFrom]: staffMailFrom(config),
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
      publicRouteThrottle: config.publicRouteThrottle,
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
      this.keepFailures(declared.id, fn);
    }
    // SES's bounce and complaint events of the configuration set reach their function through
    // the default event bus (ADR 083).
    for (const declared of functionsOf('mail-event')) {
      const fn = registryFunction(this, declared, { environment, targets });
      this.eventFunctions[declared.id] = fn;
      const queue = this.keepFailures(declared.id, fn);
      this.mailEventRules[declared.id] = new events.Rule(this, `${declared.id}Rule`, {
        description: `SES ${declared.events.join(' and ')} events of the portal's mail → ${declared.id}`,
        eventPattern: this.mail.eventPattern(declared.events),
        targets: [
          new eventTargets.LambdaFunction(fn, {
            // When EventBridge cannot even invoke the function, the event joins its failures.
            deadLetterQueue: queue,
            retryAttempts: 8,
            maxEventAge: Duration.hours(24),
          }),
        ],
      });
    }

    // GuardDuty Malware Protection for S3 scans each declared prefix; its result events reach
    // the declared function through the default event bus (ADR 089).
    for (const declared of functionsOf('malware-scan')) {
      const fn = registryFunction(this, declared, { environment, targets });
      this.eventFunctions[declared.id] = fn;
      this.malwareProtection[declared.id] = new MalwareProtection(this, `${declared.id}Protection`, {
        bucket: this.attachments.bucket,
        prefix: declared.prefix,
        fn,
        deadLetterQueue: this.keepFailures(declared.id, fn),
      });
    }

    // The table's stream, filtered to a declared partition prefix, reaches its function: every
    // change to an audit entry is copied into the audit sink (ADR 087).
    for (const declared of functionsOf('table-stream')) {
      const fn = registryFunction(this, declared, { environment, targets });
      this.eventFunctions[declared.id] = fn;
      const failures = new sqs.Queue(this, `${declared.id}Failures`, {
        encryption: sqs.QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        retentionPeriod: Duration.days(14),
      });
      acknowledge(
        failures,
        'AwsSolutions-SQS3',
        `This queue is ${declared.id}'s on-failure destination: where the stream records it gave up on are ` +
          'named (shard and sequence numbers) — a dead-letter queue in all but name.',
      );
      this.auditSink.connect(fn, this.data.table, declared.partitionPrefix, failures);
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
      webAclArn: props.webAclArn,
      apiUrl: this.api.url,
      uploadOrigin: `https://${this.attachments.bucket.bucketRegionalDomainName}`,
    });

    // 8. Operations: every function of the registry, its alarms, the round's dashboard.
    for (const fn of [
      ...Object.values(this.api.functions),
      ...Object.values(this.workflow.taskFunctions),
      ...Object.values(this.workflow.scheduledFunctions),
      ...Object.values(this.eventFunctions),
    ]) {
      this.functions[fn.node.id] = fn;
    }
    const registered = allFunctions().map((declared) => {
      const fn = this.functions[declared.id];
      if (!fn) throw new Error(`${declared.id} of the registry has no function in the stack`);
      return { declared, fn };
    });
    // Two alarms a function: in a nested stack, as each capability's routes are (infra/constructs/
    // api.ts), to keep every template well under CloudFormation's 500 resources (ADR 107).
    this.operations = new NestedStack(this, 'Operations', {
      description: 'The alarms and the round dashboard of the portal',
    });
    this.alarms = new Alarms(this.operations, 'Alarms', {
      topic: this.monitoring.alarmTopic,
      functions: registered,
      httpApi: this.api.httpApi,
      table: this.data.table,
      deadLetterQueues: this.failureQueues,
      mailPerHour: config.mailPerHour,
      functionAlarms: config.functionAlarms,
    });
    this.dashboard = new RoundDashboard(this.operations, 'Dashboard', {
      functions: registered,
      httpApi: this.api.httpApi,
      stateMachine: this.workflow.stateMachine,
      metricsNamespace: POWERTOOLS_METRICS_NAMESPACE,
      serviceName: POWERTOOLS_SERVICE_NAME,
      alarms: [
        ...this.alarms.all,
        this.workflow.failureAlarm,
        this.workflow.overdueAlarm,
        this.workflow.outboxOverdueAlarm,
      ],
    });

    this.suppressCdkInternals();

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    /** Where the portal is reached: the configured origin with a certificate, else CloudFront's domain. */
    this.webUrl = new CfnOutput(this, 'WebUrl', {
      value: config.webCertificateArn
        ? config.webOrigin
        : `https://${this.web.distribution.distributionDomainName}`,
    });
    this.apiUrl = Stack.of(this).node.findChild('ApiUrl') as CfnOutput;
    this.webOrigin = new CfnOutput(this, 'WebOrigin', { value: config.webOrigin });
    new CfnOutput(this, 'WebDistributionDomain', { value: this.web.distribution.distributionDomainName });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'AttachmentBucketName', { value: this.attachments.bucket.bucketName });
    new CfnOutput(this, 'StateMachineArn', { value: this.workflow.stateMachine.stateMachineArn });
    new CfnOutput(this, 'SigningKeySecretArn', { value: this.signingKey.secret.secretArn });
    new CfnOutput(this, 'AuditSinkBucketName', { value: this.auditSink.bucket.bucketName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.alarmTopic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: this.dashboard.dashboard.dashboardName });
    // What `npm run admin -- --aws redrive <function>` needs.
    for (const [functionId, queue] of Object.entries(this.failureQueues)) {
      new CfnOutput(this, `${functionId}FailureQueueUrl`, { value: queue.queueUrl });
      new CfnOutput(this, `${functionId}FunctionName`, { value: this.functions[functionId]!.functionName });
    }
  }

  /**
   * A function S3 or EventBridge invokes asynchronously: Lambda tries an event three times, then
   * it goes to this queue (kept 14 days, alarmed on, redriven by the admin CLI) instead of away.
   */
  private keepFailures(functionId: string, fn: PortalFunction): sqs.Queue {
    const queue = new sqs.Queue(this, `${functionId}Failures`, {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      queue,
      'AwsSolutions-SQS3',
      `This queue is ${functionId}'s on-failure destination — a dead-letter queue in all but name (Lambda ` +
        'sends the failed event there after its retries); it needs no dead-letter queue of its own.',
    );
    fn.configureAsyncInvoke({
      onFailure: new destinations.SqsDestination(queue),
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
    });
    this.failureQueues[functionId] = queue;
    return queue;
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
