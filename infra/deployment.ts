import type { Environment } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { DeployConfig } from './config.ts';
import { EDGE_REGION, EdgeStack, edgeStackName } from './edge-stack.ts';
import { PortalStack, stackName } from './portal-stack.ts';

export interface Deployment {
  /** us-east-1: the web ACL CloudFront requires there. */
  readonly edge: EdgeStack;
  /** The portal, in the configured region. */
  readonly portal: PortalStack;
}

/**
 * One deployment of the portal (a stage, or a sandbox): its edge stack in us-east-1 and its
 * portal stack, which takes the web ACL's ARN from it (ADR 088). The CLI app, each pipeline
 * stage and the infra tests build it here, so none can forget the edge.
 */
export function deployment(
  scope: Construct,
  config: DeployConfig,
  options: { readonly ids?: { edge: string; portal: string }; readonly webAssetDir?: string } = {},
): Deployment {
  const account: Environment['account'] = config.account;
  const edge = new EdgeStack(scope, options.ids?.edge ?? edgeStackName(config), {
    config,
    stackName: edgeStackName(config),
    env: { account, region: EDGE_REGION },
    description: `Inkluderende kulturskoler: AWS WAF for the web app (${config.stageName})`,
  });
  const portal = new PortalStack(scope, options.ids?.portal ?? stackName(config), {
    config,
    stackName: stackName(config),
    env: { account, region: config.region },
    description: `Inkluderende kulturskoler application portal (${config.stageName})`,
    webAclArn: edge.webAcl.arn,
    webAssetDir: options.webAssetDir,
  });
  return { edge, portal };
}
