import { join } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { REPO_ROOT, lambdaBundling } from '../bundling.ts';
import { acknowledge } from '../nag.ts';
import { powertoolsLayer } from './powertools-layer.ts';

export interface PortalFunctionProps {
  /** Handler module, relative to the repository root (its declaration's `entry` in functions/registry.ts). */
  readonly entry: string;
  /** What the function does, shown in the console. */
  readonly description?: string;
  /** Environment variables (names from shared/config/env.ts). */
  readonly environment?: Record<string, string>;
  /** @default 10 seconds */
  readonly timeout?: Duration;
  /** @default 512 MiB */
  readonly memorySize?: number;
  /** How long the function's logs are kept. @default three months */
  readonly logRetention?: logs.RetentionDays;
}

/**
 * Every Lambda of the portal: Node.js 24 on arm64, X-Ray tracing, its own log group with a
 * retention, bundled by the local esbuild exactly as `infra/bundling.ts` says, with AWS's
 * Powertools layer.
 *
 * Each function gets its own role that starts empty — no `AWSLambdaBasicExecutionRole`
 * (which may create log groups anywhere): only "write to my own log group" and X-Ray. The
 * stack adds the statements its `access` list names (infra/access.ts), nothing else.
 */
export class PortalFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: PortalFunctionProps) {
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? logs.RetentionDays.THREE_MONTHS,
      // Logs carry application ids and error details; they expire by retention, not by a
      // stack deletion.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${id}`,
    });
    logGroup.grant(role, 'logs:CreateLogStream', 'logs:PutLogEvents');

    const functionProps: NodejsFunctionProps = {
      entry: join(REPO_ROOT, props.entry),
      handler: 'handler',
      description: props.description,
      projectRoot: REPO_ROOT,
      depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: lambda.Tracing.ACTIVE,
      logGroup,
      role,
      environment: props.environment,
      bundling: lambdaBundling(props.environment),
      // Powertools (logger, metrics, tracer and the X-Ray SDK) comes from AWS's layer.
      layers: [powertoolsLayer(scope)],
    };
    super(scope, id, functionProps);

    // Tracing.ACTIVE makes CDK add xray:PutTraceSegments/PutTelemetryRecords on "*".
    acknowledge(
      role,
      'AwsSolutions-IAM5[Resource::*]',
      'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords support no resource-level ' +
        'permissions, so AWS requires Resource "*" (CDK adds exactly these two for Tracing.ACTIVE).',
    );
  }
}
