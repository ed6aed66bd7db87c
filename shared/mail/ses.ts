import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';

export interface OutgoingMail {
  from: string;
  replyTo?: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** The one SES client (exported for the integration tests' fault injection, test/support/faults.ts). */
export const sesClient = new SESv2Client({});

/** Sends one e-mail through SES (the SES emulator on the local stack). */
export async function sendMail(mail: OutgoingMail): Promise<string | undefined> {
  const { MessageId } = await sesClient.send(
    new SendEmailCommand({
      FromEmailAddress: mail.from,
      ReplyToAddresses: mail.replyTo ? [mail.replyTo] : undefined,
      Destination: { ToAddresses: [mail.to] },
      Content: {
        Simple: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
        },
      },
    }),
  );
  return MessageId;
}
