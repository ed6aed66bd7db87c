import { RemovalPolicy } from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.ts';

/**
 * The key set that signs applicants' magic links and sessions and committee members' review
 * links (ADR 010, 086). Secrets Manager generates the first key at deploy time, so it never
 * exists in code, in the template or in a developer's shell.
 *
 * The secret is a JSON key set, `{ "keys": [{ "kid", "secret", "signsFrom"? }] }`
 * (shared/auth/signing-key.ts): each listed key verifies tokens naming its kid, the one with the
 * latest `signsFrom` not in the future signs, and each audience signs with its own key derived
 * from it (HKDF). The generated value is a plain secret — read as a set of one key, so nothing
 * changes until the first rotation rewrites it as a set (infra/README.md, "Rotating the key").
 *
 * The generated key: 64 characters from [A-Za-z0-9], ≈ 381 bits of entropy; read as UTF-8 it is
 * a 64-byte HMAC key, read as base64url it decodes to 48 bytes — at least 32 bytes either way.
 */
export class SigningKey extends Construct {
  readonly secret: secretsmanager.Secret;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.secret = new secretsmanager.Secret(this, 'Secret', {
      description:
        'Inkluderende kulturskoler: key set signing magic links, sessions and review links (HMAC; ' +
        'JSON {"keys":[{"kid","secret","signsFrom"}]} or one plain key; ADR 086)',
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
      'Rotation is adding a key to the JSON key set with signsFrom a few minutes ahead and removing the ' +
        'previous key only after the last token it signed has expired (review links live until their stage ' +
        'deadline): a Secrets Manager rotation function replacing the value would cut those off. Rotated by ' +
        'hand as infra/README.md describes (ADR 086).',
    );
  }
}
