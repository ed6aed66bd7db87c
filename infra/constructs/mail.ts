import { CfnOutput } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as ses from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';
import { MAIL_EVENT_DETAIL_TYPES, type MailEventType } from '../../shared/mail/events.ts';

export interface MailProps {
  /** Domain the portal sends from (deploy configuration `mailDomain`). */
  readonly mailDomain: string;
}

/** The SES sending event of each event type a function of the registry may receive. */
const SENDING_EVENT: Record<MailEventType, ses.EmailSendingEvent> = {
  Bounce: ses.EmailSendingEvent.BOUNCE,
  Complaint: ses.EmailSendingEvent.COMPLAINT,
};

/**
 * The SES domain identity every e-mail is sent from (magic links, receipts, invitations,
 * outcomes), and the configuration set every e-mail is sent with (ADR 083).
 *
 * - Easy DKIM: the three CNAME records are stack outputs for whoever runs the domain's DNS; SES
 *   sends nothing from the domain until they resolve.
 * - The configuration set requires TLS to the receiving server, keeps reputation metrics (the
 *   bounce and complaint rate alarms), and publishes bounces and complaints to the account's
 *   default EventBridge bus, where a rule (`mailEventRule`) hands them to the registry's
 *   mail-event function. EventBridge rather than SNS: no topic to encrypt and subscribe, the
 *   rule filters by event type and configuration set, and the target has its own retry policy
 *   and dead-letter queue; the event's `detail` is SES's documented event record either way.
 */
export class Mail extends Construct {
  readonly identity: ses.EmailIdentity;
  readonly configurationSet: ses.ConfigurationSet;
  readonly defaultBus: events.IEventBus;

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

    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: ses.ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      sendingEnabled: true,
      // An address that bounced or complained is not mailed again by SES (account suppression
      // list); the event says so, and the secretariat is told.
      suppressionReasons: ses.SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    // SES publishes only to the default bus.
    this.defaultBus = events.EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    this.configurationSet.addEventDestination('ToEventBridge', {
      destination: ses.EventDestination.eventBus(this.defaultBus),
      events: Object.values(SENDING_EVENT),
    });
  }

  /**
   * The EventBridge pattern of the events of these types from this configuration set: SES's
   * detail-types, and the configuration-set tag SES puts on every event it publishes.
   */
  eventPattern(types: readonly MailEventType[]): events.EventPattern {
    return {
      source: ['aws.ses'],
      detailType: types.map((type) => MAIL_EVENT_DETAIL_TYPES[type]),
      detail: {
        mail: { tags: { 'ses:configuration-set': [this.configurationSet.configurationSetName] } },
      },
    };
  }
}
