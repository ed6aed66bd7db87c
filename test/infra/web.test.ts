/**
 * The web frontend's hosting (infra/constructs/web.ts), synthesised on its own stack with
 * cdk-nag's AwsSolutions pack — the portal stack wires it to the real API and bucket.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { Web } from '../../infra/constructs/web.ts';
import { PRERENDERED_PAGES } from '../../infra/constructs/web-delivery.ts';

let template: Template;
let web: Web;
let findings: string[];

function synth(certificateArn?: string) {
  const assetDir = mkdtempSync(join(tmpdir(), 'web-dist-'));
  writeFileSync(join(assetDir, 'index.html'), '<!doctype html><title>portal</title>');
  const app = new App();
  const stack = new Stack(app, 'WebTest', { env: { region: 'eu-north-1' } });
  const construct = new Web(stack, 'Web', {
    assetDir,
    webOrigin: 'https://soknad.example.org',
    certificateArn,
    webAclArn:
      'arn:aws:wafv2:us-east-1:123456789012:global/webacl/portal/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
    apiUrl: 'https://abc123.execute-api.eu-north-1.amazonaws.com/',
    uploadOrigin: 'https://attachments.s3.eu-north-1.amazonaws.com',
  });
  const report = new AwsSolutionsChecks(app, { verbose: true }).validateScope(app);
  const ruleIds = report.violations
    // The stand-in logs bucket is the portal stack's business, not this construct's.
    .map((v) => ({
      ...v,
      violatingResources: v.violatingResources.filter((r) => !where(r).startsWith('WebTest/Logs')),
    }))
    .filter((v) => v.violatingResources.length > 0)
    .map((v) => `${v.ruleName}: ${v.violatingResources.map(where).join(', ')}`);
  return { template: Template.fromStack(stack), web: construct, findings: ruleIds };
}

const where = (r: { constructPath?: string; resourceLogicalId?: string }) =>
  r.constructPath ?? r.resourceLogicalId ?? '?';

beforeAll(() => {
  ({ template, web, findings } = synth());
});

describe('web hosting', () => {
  it('serves a private bucket through CloudFront with origin access control, HTTPS only', () => {
    template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
        CustomErrorResponses: Match.arrayWith([
          Match.objectLike({ ErrorCode: 403, ResponseCode: 200, ResponsePagePath: '/index.html' }),
        ]),
        Logging: Match.anyValue(),
      }),
    });
  });

  it('sends a Content-Security-Policy that allows only the app, the API and the upload bucket', () => {
    expect(web.contentSecurityPolicy).toContain("script-src 'self'");
    expect(web.contentSecurityPolicy).toContain(
      "connect-src 'self' https://abc123.execute-api.eu-north-1.amazonaws.com https://attachments.s3.eu-north-1.amazonaws.com",
    );
    expect(web.contentSecurityPolicy).toContain("frame-ancestors 'none'");
    expect(web.contentSecurityPolicy).not.toContain('unsafe');
    template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: { ContentSecurityPolicy: web.contentSecurityPolicy, Override: true },
          StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 31536000 }),
          FrameOptions: { FrameOption: 'DENY', Override: true },
          ContentTypeOptions: { Override: true },
        }),
      }),
    });
  });

  it('deploys the build with config.json naming the API, never cached', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', { Prune: true, DistributionPaths: ['/*'] });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: Match.arrayWith([Match.objectLike({ PathPattern: '/config.json' })]),
      }),
    });
  });

  it('serves each prerendered page at its address through a viewer-request function, every other address unchanged', () => {
    const functions = template.findResources('AWS::CloudFront::Function');
    const [logicalId, resource] = Object.entries(functions)[0]!;
    expect(Object.keys(functions)).toHaveLength(1);
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({
          FunctionAssociations: [
            { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [logicalId, 'FunctionARN'] } },
          ],
        }),
      }),
    });
    const { FunctionCode, FunctionConfig } = (
      resource as { Properties: { FunctionCode: string; FunctionConfig: { Runtime: string } } }
    ).Properties;
    expect(FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    // The code as CloudFront runs it: its handler, given a request, answers the request to forward.
    const handler = new Function(`${FunctionCode}; return handler;`)() as (event: {
      request: { uri: string };
    }) => { uri: string };
    const forwarded = (uri: string) => handler({ request: { uri } }).uri;
    for (const [path, file] of Object.entries(PRERENDERED_PAGES)) expect(forwarded(path)).toBe(`/${file}`);
    expect(forwarded('/')).toBe('/about.html');
    expect(forwarded('/start')).toBe('/start.html');
    for (const uri of [
      '/soknad/abc',
      '/assets/index-1.js',
      '/robots.txt',
      '/start/x',
      '/constructor',
      '/toString',
    ])
      expect(forwarded(uri)).toBe(uri);
  });

  it('uses the web origin as its domain, with TLS 1.2+, when a certificate is configured', () => {
    const withCertificate = synth('arn:aws:acm:us-east-1:111111111111:certificate/abc');
    withCertificate.template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['soknad.example.org'],
        ViewerCertificate: Match.objectLike({ MinimumProtocolVersion: 'TLSv1.2_2021' }),
      }),
    });
    expect(withCertificate.findings).toEqual([]);
  });

  it('passes cdk-nag AwsSolutions with every acknowledgement reasoned', () => {
    expect(findings).toEqual([]);
  });
});
