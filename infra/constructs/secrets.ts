import { RemovalPolicy } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

/**
 * The key that signs applicants' magic links and committee members' review links
 * (docs/decisions/010-infra-signing-key-in-secrets-manager.md). Secrets Manager generates it
 * at deploy time, so it never exists in code, in the template or in a developer's shell.
 *
 * 64 characters from [A-Za-z0-9]: ≈ 381 bits of entropy; read as UTF-8 it is a 64-byte HMAC
 * key, read as base64url it decodes to 48 bytes — at least 32 bytes either way.
 */
export class SigningKey extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description: 'Inkluderende kulturskoler: key that signs magic links and review links (HMAC)',
      generateSecretString: {
        passwordLength: 64,
        excludePunctuation: true,
        includeSpace: false,
        requireEachIncludedType: true,
      },
      // Replacing the key would invalidate every link already e-mailed.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    acknowledge(
      this.secret,
      'AwsSolutions-SMG4',
      'Rotating the signing key invalidates every magic link and review link already e-mailed (review ' +
        'links live for a whole committee stage). Automatic rotation needs key ids in the tokens and a ' +
        'verify-with-previous-key window first; until then the key is rotated by hand between rounds (ADR 010).',
    );
  }
}
