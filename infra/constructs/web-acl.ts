import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';

export interface WebAclProps {
  /** CLOUDFRONT (in us-east-1) for the web app's distribution. */
  readonly scope: 'CLOUDFRONT' | 'REGIONAL';
  /** Requests one IP may make in five minutes before WAF blocks it for a while. */
  readonly requestsPerIpPer5Minutes: number;
  /** The metric names' prefix (a stage's name). */
  readonly metricPrefix: string;
}

/** The AWS managed rule groups every web ACL of the portal runs, in order. */
export const MANAGED_RULE_GROUPS = [
  // OWASP-style generic protections: bad bodies, paths, headers, sizes, LFI/RFI, XSS patterns.
  'AWSManagedRulesCommonRuleSet',
  // Request patterns known to exploit vulnerabilities (Log4j, Java deserialisation, host header).
  'AWSManagedRulesKnownBadInputsRuleSet',
] as const;

/**
 * AWS WAF in front of the web app (ADR 088): first a rate-based rule per IP, then AWS's managed
 * common and known-bad-inputs rule groups; everything else is allowed. Every rule has its
 * CloudWatch metric and sampled requests. The application's own per-IP and per-mailbox limits
 * (ADR 085) stay the ones that guard the API, which WAF cannot be associated with.
 */
export class WebAcl extends Construct {
  readonly acl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: WebAclProps) {
    super(scope, id);
    const visibility = (name: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      metricName: `${props.metricPrefix}-${name}`,
      sampledRequestsEnabled: true,
    });
    this.acl = new wafv2.CfnWebACL(this, 'Acl', {
      scope: props.scope,
      description: 'Inkluderende kulturskoler: per-IP rate limit and AWS managed rules',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('web-acl'),
      rules: [
        {
          name: 'RequestsPerIp',
          priority: 0,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              limit: props.requestsPerIpPer5Minutes,
              evaluationWindowSec: 300,
              aggregateKeyType: 'IP',
            },
          },
          visibilityConfig: visibility('requests-per-ip'),
        },
        ...MANAGED_RULE_GROUPS.map((name, index) => ({
          name,
          priority: index + 1,
          overrideAction: { none: {} },
          statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
          visibilityConfig: visibility(name),
        })),
      ],
    });
  }

  get arn(): string {
    return this.acl.attrArn;
  }
}
