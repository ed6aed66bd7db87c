/**
 * The CDK feature flags (ADR 080): cdk.json carries every flag the installed aws-cdk-lib
 * recommends, with the recommended value, and nothing sets a flag in code, where `cdk flags`
 * cannot see it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../infra/bundling.ts';
import { cdkJsonContext, synthPortal } from './synth.ts';

const recommended = JSON.parse(
  readFileSync(join(REPO_ROOT, 'node_modules/aws-cdk-lib/recommended-feature-flags.json'), 'utf8'),
) as Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('feature flags', () => {
  it('cdk.json sets every flag the installed aws-cdk-lib recommends, to its recommended value', () => {
    const context = cdkJsonContext();
    expect(Object.keys(recommended).length).toBeGreaterThan(80);
    for (const [flag, value] of Object.entries(recommended)) expect(context[flag], flag).toEqual(value);
  });

  it('no infra module sets a flag (or any context) in code', () => {
    for (const file of sources(join(REPO_ROOT, 'infra'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/setContext\(|['"]@aws-cdk\/[\w-]+:\w+['"]/);
    }
  });

  it('the stack is synthesised with them: server access logs are delivered under a bucket policy', () => {
    // Prepare / Act
    const { app, template, stack } = synthPortal({}, { bundling: false });
    // Assess: the flag moved out of portal-stack.ts still holds
    expect(app.node.tryGetContext('@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy')).toBe(true);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: stack.getLogicalId(stack.attachments.accessLogsBucket.node.defaultChild as never) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' } }),
        ]),
      },
    });
  });
});
