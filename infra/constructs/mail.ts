import { CfnOutput } from 'aws-cdk-lib';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface MailProps {
  /** Domain the portal sends from (deploy configuration `mailDomain`). */
  readonly mailDomain: string;
}

/**
 * The SES domain identity every e-mail is sent from (magic links, receipts, invitations,
 * outcomes). Easy DKIM: the three CNAME records are stack outputs for whoever runs the
 * domain's DNS; SES sends nothing from the domain until they resolve.
 */
export class Mail extends Construct {
  readonly identity: ses.EmailIdentity;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);

    this.identity = new ses.EmailIdentity(this, 'Identity', {
      identity: ses.Identity.domain(props.mailDomain),
      dkimSigning: true,
      dkimIdentity: ses.DkimIdentity.easyDkim(ses.EasyDkimSigningKeyLength.RSA_2048_BIT),
    });

    this.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        description: `DKIM CNAME ${index + 1} for ${props.mailDomain} (name → value)`,
        value: `${record.name} CNAME ${record.value}`,
      });
    });
  }
}
