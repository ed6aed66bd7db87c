import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { RemovalPolicy } from 'aws-cdk-lib';
import { Construct } from 'constructs';

export interface MonitoringProps {
  /** Subscribed to the alarm topic when given (deploy configuration `alarmEmail`). */
  readonly alarmEmail?: string;
}

/**
 * Where alarms go: one SNS topic, encrypted with a customer-managed key (CloudWatch cannot
 * publish to a topic encrypted with the AWS-managed `aws/sns` key), TLS-only.
 */
export class Monitoring extends Construct {
  readonly alarmTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: MonitoringProps = {}) {
    super(scope, id);

    const key = new kms.Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the portal alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // CloudWatch alarms publish to the encrypted topic.
    key.grant(new iam.ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');

    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: 'Inkluderende kulturskoler alarms',
      masterKey: key,
      enforceSSL: true,
    });
    if (props.alarmEmail) {
      this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));
    }
  }
}
