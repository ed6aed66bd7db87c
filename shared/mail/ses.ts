import type * as Ses from '@aws-sdk/client-sesv2';
import { ENV } from '../config/env.ts';
import { once } from '../once.ts';
import { mailTags, type MailSubject } from './events.ts';

export interface OutgoingMail {
  from: string;
  replyTo?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /**
   * What the mail concerns, sent as SES message tags: a bounce or complaint SES reports for it
   * is recorded there (shared/ops/mail-problems.ts, ADR 083).
   */
  about?: MailSubject;
}

/**
 * The SES SDK and its one client, loaded on first use: most functions that can send mail send
 * none on most invocations, and the package costs a cold start ~35 ms to load (ADR 117).
 */
const loadSes = once(() =>
  import('@aws-sdk/client-sesv2').then((sdk) => ({ sdk, client: new sdk.SESv2Client({}) })),
);

/** The one SES client (for the integration tests' fault injection, test/support/faults.ts). */
export const sesClient = async (): Promise<Ses.SESv2Client> => (await loadSes()).client;

/**
 * Sends one e-mail through SES (the SES emulator on the local stack), with the configuration set
 * named by MAIL_CONFIGURATION_SET when there is one — in AWS always: its bounce and complaint
 * events reach the portal (ADR 083).
 */
export async function sendMail(mail: OutgoingMail): Promise<string | undefined> {
  const configurationSet = process.env[ENV.mailConfigurationSet];
  const { sdk, client } = await loadSes();
  const { MessageId } = await client.send(
    new sdk.SendEmailCommand({
      FromEmailAddress: mail.from,
      ReplyToAddresses: mail.replyTo ? [mail.replyTo] : undefined,
      Destination: { ToAddresses: [mail.to] },
      Content: {
        Simple: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
        },
      },
      ...(configurationSet && { ConfigurationSetName: configurationSet }),
      ...(mail.about && { EmailTags: mailTags(mail.about) }),
    }),
  );
  return MessageId;
}
