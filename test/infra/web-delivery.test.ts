/**
 * The deployed web files carry the Cache-Control of infra/constructs/web-delivery.ts (the
 * facts the local static server sends too, ADR 076): hashed assets immutable and kept across
 * deploys, the page and the rest revalidated.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { Web } from '../../infra/constructs/web.ts';
import { HASHED_ASSETS_CACHE_CONTROL, PAGE_CACHE_CONTROL } from '../../infra/constructs/web-delivery.ts';

let template: Template;

beforeAll(() => {
  const assetDir = mkdtempSync(join(tmpdir(), 'web-dist-'));
  writeFileSync(join(assetDir, 'index.html'), '<!doctype html><title>portal</title>');
  mkdirSync(join(assetDir, 'assets'));
  writeFileSync(join(assetDir, 'assets', 'index-AbC123xy.js'), 'export {};');
  writeFileSync(join(assetDir, 'robots.txt'), 'User-agent: *\n');
  const app = new App();
  const stack = new Stack(app, 'WebDeliveryTest', { env: { region: 'eu-north-1' } });
  new Web(stack, 'Web', {
    assetDir,
    webOrigin: 'https://soknad.example.org',
    webAclArn:
      'arn:aws:wafv2:us-east-1:123456789012:global/webacl/portal/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
    apiUrl: 'https://abc123.execute-api.eu-north-1.amazonaws.com/',
    uploadOrigin: 'https://attachments.s3.eu-north-1.amazonaws.com',
  });
  template = Template.fromStack(stack);
});

describe('web delivery', () => {
  it('deploys the hashed assets immutable, under assets/, never pruned', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketKeyPrefix: 'assets/',
      SystemMetadata: { 'cache-control': HASHED_ASSETS_CACHE_CONTROL },
      Prune: false,
    });
  });

  it('deploys the page and the rest revalidated, after the assets, pruning all but the assets', () => {
    const deployments = template.findResources('Custom::CDKBucketDeployment');
    const page = Object.entries(deployments).find(
      ([, resource]) => resource.Properties.SystemMetadata?.['cache-control'] === PAGE_CACHE_CONTROL,
    );
    expect(page, 'the page deployment').toBeDefined();
    const [, resource] = page!;
    expect(resource.Properties.Prune).toBe(true);
    expect(resource.Properties.Exclude).toEqual(['assets/*']);
    expect(resource.Properties.DistributionPaths).toEqual(['/*']);
    const assets = Object.keys(deployments).find(
      (id) => deployments[id]!.Properties.DestinationBucketKeyPrefix === 'assets/',
    );
    expect(resource.DependsOn).toEqual(expect.arrayContaining([assets]));
  });
});
