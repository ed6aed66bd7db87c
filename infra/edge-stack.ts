import { Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { DeployConfig } from './config.ts';
import { WebAcl } from './constructs/web-acl.ts';

/** Where CloudFront's web ACLs must live. */
export const EDGE_REGION = 'us-east-1';

export interface EdgeStackProps extends StackProps {
  readonly config: DeployConfig;
}

/**
 * What a deployment needs in us-east-1 (ADR 088): the CLOUDFRONT-scope web ACL in front of the
 * web app's distribution — AWS WAF accepts such an ACL only there. The portal stack (in its own
 * region) takes the ACL's ARN as a cross-region reference: CDK writes it to an SSM parameter in
 * the portal's region and reads it there (`crossRegionReferences`), so both stacks deploy with
 * the same stage, the edge stack first.
 */
export class EdgeStack extends Stack {
  readonly webAcl: WebAcl;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    Tags.of(this).add('project', 'inkluderende-kulturskoler');
    Tags.of(this).add('stage', props.config.stageName);
    this.webAcl = new WebAcl(this, 'WebAcl', {
      scope: 'CLOUDFRONT',
      requestsPerIpPer5Minutes: props.config.webRequestsPerIpPer5Minutes,
      metricPrefix: props.config.stageName,
    });
  }
}

/** Stack name of a deployment's us-east-1 part, e.g. `InkluderendeKulturskoler-example-edge`. */
export function edgeStackName(config: Pick<DeployConfig, 'stageName'>): string {
  return `InkluderendeKulturskoler-${config.stageName}-edge`;
}
