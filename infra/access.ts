/**
 * From a function's access list (its declaration in functions/registry.ts, with what its auth
 * kind implies: `accessOf`) to IAM statements, written by hand
 * with exact action lists. No `grantReadWriteData` (it includes dynamodb:Scan), no `s3:*`,
 * no `grantRead` on the secret (it adds DescribeSecret the handlers never call).
 */
import { ArnFormat, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as ses from 'aws-cdk-lib/aws-ses';
import type * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import type { Access } from '../functions/declare.ts';
import { AUDIT_SINK_PREFIX } from '../shared/storage/audit-sink.ts';
import { ATTACHMENT_OBJECT_PREFIX } from '../shared/storage/keys.ts';
import * as keys from '../shared/storage/table-keys.ts';
import { tableShape } from '../shared/storage/table.ts';
import { acknowledge, nagValue } from './nag.ts';

/** Where attachments live in the bucket: uploads and frozen copies (shared/storage/keys.ts). */
export const ATTACHMENT_PREFIX = ATTACHMENT_OBJECT_PREFIX;

/** The exact IAM actions each access grants. */
export const ACCESS_ACTIONS: Record<Access, readonly string[]> = {
  // BatchGetItem: an applicant's session read with its application (ADR 121).
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
  // Never over an existing object (If-None-Match); Object Lock keeps every version anyway.
  'audit-sink:write': ['s3:PutObject'],
  // Configuration, not a resource: the function's environment carries the list (registry-function.ts).
  'staff-list:read': [],
};

/** The resources the access kinds point at. */
export interface AccessTargets {
  readonly table: dynamodb.ITable;
  readonly bucket: s3.IBucket;
  readonly mailIdentity: ses.IEmailIdentity;
  /** Every mail is sent with it, and SES authorises SendEmail on it too (ADR 083). */
  readonly mailConfigurationSet: ses.IConfigurationSet;
  readonly signingKey: secretsmanager.ISecret;
  /** The audit trail's immutable copy (ADR 087). */
  readonly auditSink: s3.IBucket;
  /** Only needed when some function starts executions. */
  readonly stateMachine?: sfn.StateMachine;
  /**
   * The state machine's ARN built from its fixed name, for `workflow:callback`: the workflow's
   * own task functions resume callbacks, and a reference to the state machine resource would
   * be a dependency cycle (it references them).
   */
  readonly workflowArn?: string;
}

function resourcesFor(access: Access, targets: AccessTargets): string[] {
  switch (access) {
    case 'table:read':
      // Query runs on the table and on each GSI; the indexes are named, not `index/*`.
      return [
        targets.table.tableArn,
        ...tableShape.globalSecondaryIndexes.map((gsi) => `${targets.table.tableArn}/index/${gsi.indexName}`),
      ];
    case 'table:write':
      return [targets.table.tableArn];
    case 'bucket:read':
    case 'bucket:write':
    case 'bucket:delete':
    case 'bucket:erase':
      return [targets.bucket.arnForObjects(`${ATTACHMENT_PREFIX}*`)];
    case 'bucket:list':
      return [targets.bucket.bucketArn];
    case 'mail:send':
      // With ConfigurationSetName, SES checks SendEmail against the identity and the set.
      return [
        targets.mailIdentity.emailIdentityArn,
        Stack.of(targets.mailConfigurationSet).formatArn({
          service: 'ses',
          resource: 'configuration-set',
          resourceName: targets.mailConfigurationSet.configurationSetName,
        }),
      ];
    case 'workflow:start':
      // A workflow task starts executions of its own state machine by its fixed name (ADR 114).
      return [
        targets.stateMachine?.stateMachineArn ??
          targets.workflowArn ??
          stateMachineOf(targets).stateMachineArn,
      ];
    case 'workflow:stop':
      return [executionsArn(targets)];
    case 'workflow:callback':
      // Task-token actions are authorised on the state machine whose task waits.
      return [targets.workflowArn ?? stateMachineOf(targets).stateMachineArn];
    case 'signing-key:read':
      return [targets.signingKey.secretArn];
    case 'audit-sink:write':
      return [targets.auditSink.arnForObjects(`${AUDIT_SINK_PREFIX}*`)];
    case 'staff-list:read':
      return [];
  }
}

function stateMachineOf(targets: AccessTargets): sfn.StateMachine {
  if (!targets.stateMachine) {
    throw new Error('workflow access needs the state machine; create it before the functions that use it');
  }
  return targets.stateMachine;
}

/** Every execution of the state machine: `…:execution:<stateMachineName>:*` (names are application ids). */
function executionsArn(targets: AccessTargets): string {
  const stateMachine = stateMachineOf(targets);
  return Stack.of(stateMachine).formatArn({
    service: 'states',
    resource: 'execution',
    resourceName: `${stateMachine.stateMachineName}:*`,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

/** The partition of audit entries (shared/storage/keys.ts: `AUDIT#<roundId>`), as an IAM pattern. */
export const AUDIT_PARTITION_PATTERN = `${keys.auditPartition('')}*`;

/**
 * The audit trail is append-only in IAM, not only by convention (ADR 087): no function may
 * update or delete an item whose partition key is an audit partition. A PutItem cannot be told
 * apart from an overwrite by IAM, so new entries stay possible and `recordAudit` writes them on
 * `attribute_not_exists(pk)`; an overwrite by a compromised function would still show in the
 * audit sink, which keeps every version the table's stream carries.
 */
export function auditDenyStatement(targets: Pick<AccessTargets, 'table'>): iam.PolicyStatement {
  return new iam.PolicyStatement({
    sid: 'AuditAppendOnly',
    effect: iam.Effect.DENY,
    actions: ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
    resources: [targets.table.tableArn],
    conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [AUDIT_PARTITION_PATTERN] } },
  });
}

/** One statement per access kind, each with exactly that kind's actions and resources. */
export function accessStatements(access: readonly Access[], targets: AccessTargets): iam.PolicyStatement[] {
  return [...new Set(access)]
    .filter((kind) => ACCESS_ACTIONS[kind].length > 0)
    .map(
      (kind) =>
        new iam.PolicyStatement({
          sid: kind.replace(/[^A-Za-z0-9]/g, ''),
          actions: [...ACCESS_ACTIONS[kind]],
          resources: resourcesFor(kind, targets),
        }),
    );
}

/**
 * Adds the access statements to a function's role, and acknowledges the two wildcards that
 * cannot be narrowed further (object keys and execution names are only known at run time).
 */
export function grantAccess(fn: lambda.IFunction, access: readonly Access[], targets: AccessTargets): void {
  for (const statement of accessStatements(access, targets)) {
    fn.addToRolePolicy(statement);
  }
  if (access.includes('table:write')) fn.addToRolePolicy(auditDenyStatement(targets));
  const role = fn.role;
  if (!role) throw new Error(`${fn.node.path} has no role to grant to`);
  if (access.some((kind) => kind.startsWith('bucket:'))) {
    acknowledge(
      role,
      `AwsSolutions-IAM5[Resource::${nagValue(role, resourcesFor('bucket:read', targets)[0]!)}]`,
      'Attachment objects are applications/<applicationId>/<attachmentId>, created at run time: the grant is ' +
        'limited to that prefix of the one attachment bucket and to the exact object actions of the access list.',
    );
  }
  if (access.includes('workflow:stop')) {
    acknowledge(
      role,
      `AwsSolutions-IAM5[Resource::${nagValue(role, executionsArn(targets))}]`,
      'Executions are named by application id at run time: states:StopExecution is limited to executions of ' +
        'the one application workflow (withdrawal stops the withdrawn application’s execution).',
    );
  }
}
