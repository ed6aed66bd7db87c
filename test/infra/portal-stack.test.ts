/**
 * CDK assertions on the portal stack: the properties that matter, not a snapshot. One synth
 * (with real esbuild bundling of every handler) for the whole file.
 */
import type { CfnElement, Stack } from 'aws-cdk-lib';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf, type Access } from '../../functions/declare.ts';
import { allFunctions, functionsOf, registry } from '../../functions/registry.ts';
import { ENV } from '../../shared/config/env.ts';
import { tableShape } from '../../shared/storage/table.ts';
import { taskSubstitution, workflowDefinition, WORKFLOW_TASKS } from '../../shared/workflow/definition.ts';
import { ESM_REQUIRE_BANNER, EXTERNAL_MODULES, esbuildOptions } from '../../infra/bundling.ts';
import { POWERTOOLS_VERSION } from '../../infra/constructs/powertools-layer.ts';
import type { PortalStack } from '../../infra/portal-stack.ts';
import { AwsSolutionsChecks } from 'cdk-nag';
import { acknowledgements, synthPortal, type Synthesised } from './synth.ts';

type Resources = Record<
  string,
  { Type: string; Properties?: Record<string, unknown>; [key: string]: unknown }
>;
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** The specification: what each access kind may do — written out here, not imported from infra. */
const EXPECTED_ACTIONS: Record<Access, string[]> = {
  'table:read': ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'],
  'table:write': [
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:ConditionCheckItem',
  ],
  // GetObjectVersion: downloads name the frozen copy's version (ADR 060).
  'bucket:read': ['s3:GetObject', 's3:GetObjectVersion'],
  'bucket:write': ['s3:PutObject'],
  'bucket:delete': ['s3:DeleteObject'],
  'bucket:list': ['s3:ListBucket', 's3:ListBucketVersions'],
  'bucket:erase': ['s3:DeleteObject', 's3:DeleteObjectVersion'],
  'mail:send': ['ses:SendEmail', 'ses:SendRawEmail'],
  'workflow:start': ['states:StartExecution'],
  'workflow:stop': ['states:StopExecution'],
  'workflow:callback': ['states:SendTaskSuccess', 'states:SendTaskFailure'],
  'signing-key:read': ['secretsmanager:GetSecretValue'],
  'audit-sink:write': ['s3:PutObject'],
  // Configuration in the environment, no IAM (ADR 093).
  'staff-list:read': [],
};
/** What a table-stream function's event source needs (granted by CDK's DynamoEventSource). */
const STREAM_ACTIONS = [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
];
/** What Lambda's SQS on-failure destination needs (granted by CDK's SqsDestination). */
const FAILURE_QUEUE_ACTIONS = ['sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:SendMessage'];

/** Every function may write its own logs and traces. */
const BASELINE_ACTIONS = [
  'logs:CreateLogStream',
  'logs:PutLogEvents',
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
];

/** Every portal function of the registry: construct id → its access list (and its trigger's). */
const FUNCTIONS: { id: string; access: readonly Access[]; stream: boolean; task: boolean }[] =
  allFunctions().map((fn) => ({
    id: fn.id,
    access: accessOf(fn),
    stream: fn.trigger === 'table-stream',
    task: fn.trigger === 'workflow-task',
  }));
const routes = functionsOf('http');

let synth: Synthesised;
let template: Template;
let resources: Resources;

const actionsOf = (statement: Statement) => [statement.Action].flat();
const logicalId = (stack: Stack, construct: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(construct.node.defaultChild as CfnElement);

/** The portal function with this construct id (routes, events, workflow tasks). */
function portalFunction(stack: PortalStack, id: string) {
  const fn =
    stack.api.functions[id] ??
    stack.eventFunctions[id] ??
    stack.workflow.scheduledFunctions[id] ??
    Object.values(stack.workflow.taskFunctions).find((task) => task.node.id === id);
  if (!fn) throw new Error(`No function ${id}`);
  return fn;
}

/** All statements of all policies attached to a role (inline and AWS::IAM::Policy). */
function roleStatements(roleLogicalId: string): Statement[] {
  const attached = Object.values(resources)
    .filter((r) => r.Type === 'AWS::IAM::Policy')
    .filter((r) =>
      (r.Properties!.Roles as unknown[]).some(
        (role) => JSON.stringify(role) === JSON.stringify({ Ref: roleLogicalId }),
      ),
    )
    .flatMap((r) => (r.Properties!.PolicyDocument as { Statement: Statement[] }).Statement);
  const inline = (
    (resources[roleLogicalId]!.Properties!.Policies as { PolicyDocument: { Statement: Statement[] } }[]) ?? []
  ).flatMap((p) => p.PolicyDocument.Statement);
  return [...attached, ...inline];
}

function functionStatements(id: string): Statement[] {
  const fn = portalFunction(synth.stack, id);
  return roleStatements(logicalId(synth.stack, fn.role as never));
}

beforeAll(() => {
  synth = synthPortal();
  template = synth.template;
  resources = template.toJSON().Resources as Resources;
});

describe('table', () => {
  it('is on-demand, point-in-time recoverable, TTL on expiresAt, protected and retained', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        DeletionProtectionEnabled: true,
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
      }),
    });
  });

  it('has the GSIs of tableShape (gsi1, gsi2)', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      GlobalSecondaryIndexes: tableShape.globalSecondaryIndexes.map((gsi) => ({
        IndexName: gsi.indexName,
        KeySchema: [
          { AttributeName: gsi.partitionKey, KeyType: 'HASH' },
          { AttributeName: gsi.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    });
    expect(tableShape.globalSecondaryIndexes.map((gsi) => gsi.indexName)).toEqual(['gsi1', 'gsi2', 'gsi3']);
  });
});

describe('attachment bucket', () => {
  const bucket = () => synth.stack.attachments.bucket;

  it('is private, encrypted, versioned, logged and retained', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: Match.objectLike({ DestinationBucketName: Match.anyValue() }),
      }),
    });
  });

  it('refuses every request that is not TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: logicalId(synth.stack, bucket()) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Principal: { AWS: '*' },
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('allows browser uploads from the web origin only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: {
        CorsRules: [
          Match.objectLike({
            AllowedOrigins: [synth.config.webOrigin],
            AllowedMethods: Match.arrayWith(['POST']),
          }),
        ],
      },
    });
  });

  it('aborts incomplete uploads after a day, expires leftover uploads (not frozen copies) and old versions', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' }),
          Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }),
          Match.objectLike({ Prefix: 'applications/uploads/', ExpirationInDays: 1, Status: 'Enabled' }),
        ]),
      },
    });
  });

  it('sends ObjectCreated under applications/uploads/ (not the frozen copies) to the verification function', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: logicalId(synth.stack, bucket()) },
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'applications/uploads/' }] } },
            LambdaFunctionArn: {
              'Fn::GetAtt': [logicalId(synth.stack, synth.stack.eventFunctions.VerifyAttachment!), 'Arn'],
            },
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 's3.amazonaws.com',
      FunctionName: {
        'Fn::GetAtt': [logicalId(synth.stack, synth.stack.eventFunctions.VerifyAttachment!), 'Arn'],
      },
      SourceArn: { 'Fn::GetAtt': [logicalId(synth.stack, bucket()), 'Arn'] },
    });
  });
});

describe('HTTP API', () => {
  it('allows CORS from the web origin with the portal methods and headers', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: {
        AllowOrigins: [synth.config.webOrigin],
        AllowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
        AllowHeaders: ['content-type', 'authorization', 'accept-language'],
        AllowCredentials: false,
        MaxAge: Match.anyValue(),
      },
    });
  });

  it('throttles and access-logs the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: synth.config.apiThrottle.rateLimit,
        ThrottlingBurstLimit: synth.config.apiThrottle.burstLimit,
      },
      AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.stringLikeRegexp('requestId') },
    });
  });

  it("has exactly the registry's HTTP routes, each to its own function, with its auth kind's cdk-nag reason", () => {
    template.resourceCountIs('AWS::ApiGatewayV2::Route', routes.length);
    const routeKeys = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => route.Properties.RouteKey as string,
    );
    expect(routeKeys.sort()).toEqual(routes.map((route) => `${route.method} ${route.path}`).sort());
    const apig4 = acknowledgements(synth.app).filter((ack) => ack.id === 'AwsSolutions-APIG4');
    expect(apig4).toHaveLength(routes.length);
    for (const route of routes) {
      const integrations = template.findResources('AWS::ApiGatewayV2::Integration', {
        Properties: {
          IntegrationUri: {
            'Fn::GetAtt': [logicalId(synth.stack, synth.stack.api.functions[route.id]!), 'Arn'],
          },
        },
      });
      expect(Object.keys(integrations), route.id).toHaveLength(1);
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', {
        RouteKey: `${route.method} ${route.path}`,
        Target: { 'Fn::Join': ['', ['integrations/', { Ref: Object.keys(integrations)[0] }]] },
      });
      const reason = apig4.find((ack) => ack.reason.startsWith(`${route.method} ${route.path} `))?.reason;
      expect(reason, route.id).toContain(`auth '${route.auth}'`);
    }
  });
});

describe('web app', () => {
  it('is served by CloudFront with a CSP that lets the pages reach exactly this API and bucket', () => {
    template.resourceCountIs('AWS::CloudFront::Distribution', 1);
    const csp = synth.stack.resolve(synth.stack.web.contentSecurityPolicy);
    const text = JSON.stringify(csp);
    expect(text).toContain(synth.stack.resolve(synth.stack.api.httpApi.apiId).Ref ?? 'Api');
    expect(text).toContain('RegionalDomainName');
    expect(text).toContain("script-src 'self'");
  });
});

describe('functions', () => {
  const nodeFunctions = () =>
    Object.entries(resources).filter(
      ([id, r]) =>
        r.Type === 'AWS::Lambda::Function' &&
        String(r.Properties!.Runtime).startsWith('nodejs') &&
        // CDK's custom resource providers (the web bucket's auto-delete) are not ours.
        !id.startsWith('Custom'),
    );

  it("one per declaration of the registry, and none besides: its entry, its trigger's description", () => {
    expect(nodeFunctions()).toHaveLength(allFunctions().length);
    // CDK's own custom resources (S3 notifications, the web app's BucketDeployment, the web
    // bucket's auto-delete) are the only other functions.
    template.resourceCountIs('AWS::Lambda::Function', FUNCTIONS.length + 3);
    for (const fn of allFunctions()) {
      const created = portalFunction(synth.stack, fn.id);
      const properties = resources[logicalId(synth.stack, created)]!.Properties!;
      expect(properties.Description, fn.id).toContain(fn.summary.slice(0, 40));
      expect(properties.Timeout, fn.id).toBe(fn.timeoutSeconds ?? 10);
    }
  });

  it("all run Node.js 24 on arm64 with tracing, 512 MiB, their declaration's timeout (10 s by default) and their own log group", () => {
    for (const [id, fn] of nodeFunctions()) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        MemorySize: 512,
        Handler: 'index.handler',
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
      });
    }
    for (const declared of allFunctions()) {
      const fn = resources[logicalId(synth.stack, synth.stack.functions[declared.id]!)]!;
      expect(fn.Properties!.Timeout, declared.id).toBe(declared.timeoutSeconds ?? 10);
    }
    template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: Match.anyValue() });
  });

  it('all get the Powertools layer of the version the handlers are tested with, and do not bundle it', () => {
    const parameter = Object.entries(template.toJSON().Parameters ?? {}).find(
      ([, p]) =>
        (p as { Default?: string }).Default ===
        `/aws/service/powertools/typescript/generic/all/${POWERTOOLS_VERSION}`,
    );
    expect(parameter, 'the SSM parameter of the pinned Powertools layer').toBeDefined();
    for (const [id, fn] of nodeFunctions()) {
      expect(fn.Properties!.Layers, id).toEqual([{ Ref: parameter![0] }]);
    }
    expect(EXTERNAL_MODULES).toContain('@aws-lambda-powertools/*');
  });

  it('get the environment of shared/config/env.ts, and never the signing key itself', () => {
    for (const { id, access, task } of FUNCTIONS) {
      const fn = portalFunction(synth.stack, id);
      const variables = (
        resources[logicalId(synth.stack, fn)]!.Properties!.Environment as {
          Variables: Record<string, unknown>;
        }
      ).Variables;
      expect(Object.keys(variables), id).toEqual(
        expect.arrayContaining([
          ENV.tableName,
          ENV.attachmentBucket,
          ENV.signingKeySecretId,
          ENV.webBaseUrl,
          'POWERTOOLS_SERVICE_NAME',
        ]),
      );
      expect(variables[ENV.signingKeySecretId], id).toEqual({
        Ref: logicalId(synth.stack, synth.stack.signingKey.secret),
      });
      expect(variables, id).not.toHaveProperty(ENV.signingKey);
      expect(variables[ENV.webBaseUrl], id).toBe(synth.config.webOrigin);
      // Only functions that start/stop executions know the state machine. A task of the workflow
      // itself (GrantContinue, ADR 114) knows it by the ARN its fixed name makes: a reference to
      // the state machine would be a dependency cycle.
      const needsStateMachine = access.some((kind) => kind === 'workflow:start' || kind === 'workflow:stop');
      if (needsStateMachine && task) {
        expect(synth.stack.resolve(variables[ENV.stateMachineArn]), id).toEqual(
          synth.stack.resolve(synth.stack.workflow.workflowArn),
        );
        expect(
          resources[logicalId(synth.stack, synth.stack.workflow.stateMachine)]!.Properties!.StateMachineName,
        ).toBe(`${synth.stack.stackName}-ApplicationWorkflow`);
      } else if (needsStateMachine) {
        expect(variables[ENV.stateMachineArn], id).toEqual({
          Ref: logicalId(synth.stack, synth.stack.workflow.stateMachine),
        });
      } else {
        expect(variables, id).not.toHaveProperty(ENV.stateMachineArn);
      }
    }
  });

  it.skipIf(process.env.INFRA_TEST_BUNDLING === 'skip')(
    'bundle as ESM with the require banner, the AWS SDK external — byte for byte what `npm run bench` builds',
    async () => {
      // Prepare
      const fn = synth.stack.api.functions.GetApplication!;
      const code = resources[logicalId(synth.stack, fn)]!.Properties!.Code as { S3Key: string };
      const cdkBundle = readFileSync(
        join(synth.app.outdir, `asset.${code.S3Key.replace(/\.zip$/, '')}`, 'index.mjs'),
        'utf8',
      );
      const outfile = join(mkdtempSync(join(tmpdir(), 'bench-parity-')), 'index.mjs');
      // Act
      await build({
        ...esbuildOptions(registry.GetApplication.entry, outfile),
        logLevel: 'silent',
      });
      // Assess
      expect(cdkBundle.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
      // The handler reads DynamoDB: the client is imported from the runtime, not bundled.
      expect(cdkBundle).toMatch(/from\s*"@aws-sdk\/client-dynamodb"/);
      expect(readFileSync(outfile, 'utf8') === cdkBundle, 'esbuildOptions() and the CDK bundle differ').toBe(
        true,
      );
    },
  );
});

describe('least privilege', () => {
  it('no policy grants Scan or a service wildcard', () => {
    const all = Object.entries(resources).flatMap(([id, r]) => {
      if (r.Type === 'AWS::IAM::Policy')
        return (r.Properties!.PolicyDocument as { Statement: Statement[] }).Statement.map(
          (s) => [id, s] as const,
        );
      if (r.Type === 'AWS::IAM::Role')
        return ((r.Properties!.Policies as { PolicyDocument: { Statement: Statement[] } }[]) ?? []).flatMap(
          (p) => p.PolicyDocument.Statement.map((s) => [id, s] as const),
        );
      return [];
    });
    expect(all.length).toBeGreaterThan(FUNCTIONS.length);
    for (const [id, statement] of all) {
      for (const action of actionsOf(statement)) {
        expect(action, id).not.toMatch(
          /^(\*|dynamodb:\*|s3:\*|dynamodb:Scan|states:\*|ses:\*|secretsmanager:\*)$/,
        );
      }
    }
    expect(JSON.stringify(all)).not.toContain('dynamodb:Scan');
  });

  it.each(FUNCTIONS)('$id has exactly the actions of its access list', ({ id, access, stream }) => {
    // Allows only: the audit trail's deny is asserted in protection.test.ts.
    const statements = functionStatements(id).filter((s) => s.Effect === 'Allow');
    const actions = new Set(statements.flatMap(actionsOf));
    // An asynchronously invoked function sends what it gave up on to its failure queue.
    const failures = id in synth.stack.failureQueues ? FAILURE_QUEUE_ACTIONS : [];
    // A stream's function reads the stream and names what it gave up on in its failure queue.
    const streamActions = stream ? [...STREAM_ACTIONS, ...FAILURE_QUEUE_ACTIONS] : [];
    const expected = new Set([
      ...BASELINE_ACTIONS,
      ...failures,
      ...streamActions,
      ...access.flatMap((kind) => EXPECTED_ACTIONS[kind]),
    ]);
    expect([...actions].sort()).toEqual([...expected].sort());
    // Nothing else is denied than the audit trail's updates and deletes, and only to writers.
    const denied = functionStatements(id).filter((s) => s.Effect !== 'Allow');
    expect(denied.map(actionsOf)).toEqual(
      access.includes('table:write') ? [['dynamodb:DeleteItem', 'dynamodb:UpdateItem']] : [],
    );
  });

  it('GetOpenApi touches no data at all; ListRounds only reads (the moved dates)', () => {
    const beyondBaseline = (id: string) =>
      functionStatements(id)
        .flatMap(actionsOf)
        .filter((a) => !BASELINE_ACTIONS.includes(a));
    expect(beyondBaseline('GetOpenApi')).toEqual([]);
    expect(beyondBaseline('ListRounds').sort()).toEqual([
      'dynamodb:BatchGetItem',
      'dynamodb:GetItem',
      'dynamodb:Query',
    ]);
  });

  it('GetApplication reads but cannot write', () => {
    const actions = functionStatements('GetApplication').flatMap(actionsOf);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
    expect(
      actions.filter(
        (a) => /Put|Update|Delete|Write/.test(a) && !a.startsWith('logs:') && !a.startsWith('xray:'),
      ),
    ).toEqual([]);
  });

  it('table reads name the table and its three indexes, writes the table only', () => {
    const statements = functionStatements('UpdateDraft');
    const table = logicalId(synth.stack, synth.stack.data.table);
    const tableArn = { 'Fn::GetAtt': [table, 'Arn'] };
    expect(statements.find((s) => actionsOf(s).includes('dynamodb:Query'))!.Resource).toEqual([
      tableArn,
      ...['gsi1', 'gsi2', 'gsi3'].map((index) => ({ 'Fn::Join': ['', [tableArn, `/index/${index}`]] })),
    ]);
    expect(statements.find((s) => actionsOf(s).includes('dynamodb:PutItem'))!.Resource).toEqual(tableArn);
  });

  it('object access is limited to applications/* of the attachment bucket', () => {
    const bucketArn = { 'Fn::GetAtt': [logicalId(synth.stack, synth.stack.attachments.bucket), 'Arn'] };
    for (const id of [
      'CreateAttachmentUpload',
      'DeleteAttachment',
      'DownloadAttachment',
      'VerifyAttachment',
    ]) {
      for (const statement of functionStatements(id).filter((s) =>
        actionsOf(s).some((a) => a.startsWith('s3:')),
      )) {
        expect(statement.Resource, id).toEqual({ 'Fn::Join': ['', [bucketArn, '/applications/*']] });
      }
    }
  });

  it('the signing key, the mail identity and the state machine are granted one by one', () => {
    const statements = functionStatements('SubmitApplication');
    const find = (action: string) => statements.find((s) => actionsOf(s).includes(action))!;
    expect(find('secretsmanager:GetSecretValue').Resource).toEqual({
      Ref: logicalId(synth.stack, synth.stack.signingKey.secret),
    });
    // The submit request sends no mail: the workflow mails the receipt (ADR 063).
    expect(statements.flatMap(actionsOf)).not.toContain('ses:SendEmail');
    const mail = functionStatements('SendReceipt').find((s) => actionsOf(s).includes('ses:SendEmail'))!;
    expect(JSON.stringify(mail.Resource)).toContain(logicalId(synth.stack, synth.stack.mail.identity));
    expect(find('states:StartExecution').Resource).toEqual({
      Ref: logicalId(synth.stack, synth.stack.workflow.stateMachine),
    });
    const stop = JSON.stringify(
      functionStatements('WithdrawApplication').find((s) => actionsOf(s).includes('states:StopExecution'))!
        .Resource,
    );
    expect(stop).toContain(':execution:');
    expect(stop).toContain(logicalId(synth.stack, synth.stack.workflow.stateMachine));
  });
});

describe('signing key', () => {
  it('is generated by Secrets Manager (≥ 32 bytes), never in the template', () => {
    template.hasResource('AWS::SecretsManager::Secret', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        GenerateSecretString: Match.objectLike({
          PasswordLength: Match.anyValue(),
          ExcludePunctuation: true,
        }),
        SecretString: Match.absent(),
      }),
    });
    const secret = Object.values(template.findResources('AWS::SecretsManager::Secret'))[0]!;
    expect(
      (secret.Properties.GenerateSecretString as { PasswordLength: number }).PasswordLength,
    ).toBeGreaterThanOrEqual(43);
  });
});

describe('mail', () => {
  it('has the SES domain identity of the deploy configuration', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: synth.config.mailDomain });
  });
});

describe('workflow', () => {
  it('is a Standard state machine from workflowDefinition() with the task ARNs substituted', () => {
    // Each task of the definition runs the function the registry declares for it.
    const declared = functionsOf('workflow-task');
    expect(declared.map((task) => task.task).sort()).toEqual([...WORKFLOW_TASKS].sort());
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineType: 'STANDARD',
      DefinitionString: JSON.stringify(workflowDefinition()),
      DefinitionSubstitutions: Object.fromEntries(
        declared.map((task) => [
          taskSubstitution(task.task),
          { 'Fn::GetAtt': [logicalId(synth.stack, portalFunction(synth.stack, task.id)), 'Arn'] },
        ]),
      ),
      LoggingConfiguration: Match.objectLike({ Level: 'ERROR', IncludeExecutionData: false }),
      TracingConfiguration: { Enabled: true },
    });
    const definition = JSON.stringify(workflowDefinition());
    for (const task of WORKFLOW_TASKS) expect(definition).toContain('${' + taskSubstitution(task) + '}');
    expect(definition).toContain('"Retry"');
  });

  it('may invoke exactly its task functions', () => {
    const role = logicalId(synth.stack, synth.stack.workflow.stateMachine.role as never);
    const invoke = roleStatements(role).filter((s) => actionsOf(s).some((a) => a.startsWith('lambda:')));
    expect(invoke).toHaveLength(1);
    expect(actionsOf(invoke[0]!)).toEqual(['lambda:InvokeFunction']);
    // In any order: CDK sorts a statement's resources (cdk.json's feature flags).
    const resources = [invoke[0]!.Resource].flat() as { 'Fn::GetAtt': [string, string] }[];
    expect(resources.map((r) => r['Fn::GetAtt'][0]).sort()).toEqual(
      Object.values(synth.stack.workflow.taskFunctions)
        .map((fn) => logicalId(synth.stack, fn))
        .sort(),
    );
    expect(resources.every((r) => r['Fn::GetAtt'][1] === 'Arn')).toBe(true);
  });

  it('gives every callback task a timeout path and every task a Retry, in the deployed definition', () => {
    const deployed = JSON.parse(
      (
        Object.values(template.findResources('AWS::StepFunctions::StateMachine'))[0]!.Properties as {
          DefinitionString: string;
        }
      ).DefinitionString,
    ) as { States: Record<string, Record<string, unknown>> };
    const tasks = Object.entries(deployed.States).filter(([, state]) => state.Type === 'Task');
    expect(tasks.length).toBeGreaterThan(8);
    for (const [name, state] of tasks) {
      expect(state.Retry, name).toBeDefined();
      if (state.Resource === 'arn:aws:states:::lambda:invoke.waitForTaskToken') {
        expect(state.TimeoutSecondsPath, name).toBeDefined();
        expect(JSON.stringify(state.Catch), name).toContain('States.Timeout');
      } else {
        expect(state.TimeoutSeconds, name).toBeGreaterThan(0);
      }
    }
  });

  it('lets only the callback tasks, the finalisation and the grant answers resume callbacks, on this state machine only', () => {
    const name = `${synth.stack.stackName}-ApplicationWorkflow`;
    template.hasResourceProperties('AWS::StepFunctions::StateMachine', { StateMachineName: name });
    const holders = FUNCTIONS.filter(({ access }) => access.includes('workflow:callback')).map(
      ({ id }) => id,
    );
    // The review's: OpenReview (a stage's token), FinaliseStage (its answer). After the award
    // (ADR 102): AwaitGrant stores the token and resumes at once if an answer came meanwhile;
    // accepting, declining, submitting a report and the secretariat's review each resume it.
    expect(holders.sort()).toEqual([
      'AcceptGrant',
      'AwaitGrant',
      'DeclineGrant',
      'FinaliseStage',
      'OpenReview',
      'ReviewReport',
      'SubmitReport',
    ]);
    for (const id of holders) {
      const statement = functionStatements(id).find((s) => actionsOf(s).includes('states:SendTaskSuccess'))!;
      expect(actionsOf(statement).sort(), id).toEqual(['states:SendTaskFailure', 'states:SendTaskSuccess']);
      const resource = JSON.stringify(statement.Resource);
      expect(resource, id).toContain(`:stateMachine:${name}`);
      expect(resource, id).not.toContain('*');
    }
  });

  it('sweeps the submission outbox every 5 minutes, and alarms on failing sweeps and overdue submissions', () => {
    // ADR 063: a schedule invokes the sweep function, which may start executions of this state machine.
    const sweep = synth.stack.workflow.sweepFunction;
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalId(synth.stack, sweep), 'Arn'] } })],
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [logicalId(synth.stack, sweep), 'Arn'] },
    });
    const start = functionStatements('SweepOutbox').find((s) =>
      actionsOf(s).includes('states:StartExecution'),
    )!;
    expect(start.Resource).toEqual({ Ref: logicalId(synth.stack, synth.stack.workflow.stateMachine) });
    const query = functionStatements('SweepOutbox').find((s) => actionsOf(s).includes('dynamodb:Query'))!;
    expect(JSON.stringify(query.Resource)).toContain('/index/gsi3');
    const alarmTopic = [{ Ref: logicalId(synth.stack, synth.stack.monitoring.alarmTopic) }];
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Errors',
      Namespace: 'AWS/Lambda',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: logicalId(synth.stack, sweep) } }],
      EvaluationPeriods: 2,
      DatapointsToAlarm: 2,
      AlarmActions: alarmTopic,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'OutboxOverdue',
      Namespace: 'InkluderendeKulturskoler',
      Dimensions: [{ Name: 'service', Value: 'inkluderende-kulturskoler' }],
      Statistic: 'Maximum',
      Threshold: 1,
      AlarmActions: alarmTopic,
    });
  });

  it('raises an alarm when a committee stage is overdue, to the alarm topic', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'StageOverdue',
      Namespace: 'InkluderendeKulturskoler',
      Dimensions: [{ Name: 'service', Value: 'inkluderende-kulturskoler' }],
      Threshold: 1,
      AlarmActions: [{ Ref: logicalId(synth.stack, synth.stack.monitoring.alarmTopic) }],
    });
  });

  it('raises an alarm on failed, timed-out or aborted executions, to the alarm topic', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      Threshold: 1,
      AlarmActions: [{ Ref: logicalId(synth.stack, synth.stack.monitoring.alarmTopic) }],
      Metrics: Match.arrayWith(
        ['ExecutionsFailed', 'ExecutionsTimedOut', 'ExecutionsAborted'].map((name) =>
          Match.objectLike({
            MetricStat: Match.objectLike({
              Metric: Match.objectLike({ MetricName: name, Namespace: 'AWS/States' }),
            }),
          }),
        ),
      ),
    });
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged finding — neither error nor warning', () => {
    const findings = synth.nag.violations.map(
      (v) => `${v.severity} ${v.ruleName}: ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
    expect(synth.nag.success).toBe(true);
  });

  it('every acknowledgement is resource-level, carries a specific reason, and is still needed', () => {
    const acks = acknowledgements(synth.app);
    expect(acks.length).toBeGreaterThan(0);
    // The same checks with acknowledgements ignored: each acknowledgement must match a real
    // finding on its construct or below (a stale one would hide the next real finding).
    const unacknowledged = new AwsSolutionsChecks(synth.app);
    (unacknowledged as unknown as { isAcknowledged: () => boolean }).isAcknowledged = () => false;
    const raw = unacknowledged.validateScope(synth.app).violations;
    for (const ack of acks) {
      expect(ack.path.split('/').length, `${ack.id} at ${ack.path}`).toBeGreaterThan(1); // not the app or stack
      expect(ack.reason.length, `${ack.id} at ${ack.path}`).toBeGreaterThanOrEqual(80);
      const matching = raw.find(
        (v) =>
          v.ruleName === ack.id &&
          v.violatingResources.some(
            (r) => r.constructPath === ack.path || r.constructPath!.startsWith(`${ack.path}/`),
          ),
      );
      expect(matching, `${ack.id} at ${ack.path} matches no finding`).toBeDefined();
    }
  });

  it('acknowledges only the findings this design accepts', () => {
    const ids = [...new Set(acknowledgements(synth.app).map((ack) => ack.id.replace(/\[.*$/, '')))].sort();
    expect(ids).toEqual([
      'AwsSolutions-APIG4',
      'AwsSolutions-CFR1',
      'AwsSolutions-CFR4',
      'AwsSolutions-IAM4',
      'AwsSolutions-IAM5',
      'AwsSolutions-L1',
      'AwsSolutions-S1',
      'AwsSolutions-SF1',
      'AwsSolutions-SMG4',
      'AwsSolutions-SQS3',
    ]);
    // No IAM5 acknowledgement for an action wildcard, except on CDK's own deploy-time
    // BucketDeployment function (its grants are CDK's, not ours).
    for (const ack of acknowledgements(synth.app).filter((a) => a.id.startsWith('AwsSolutions-IAM5'))) {
      if (ack.path.includes('Custom::CDKBucketDeployment')) continue;
      expect(ack.id).toMatch(/^AwsSolutions-IAM5\[Resource::/);
    }
  });
});
