/**
 * Sends alert e-mails through Amazon SES (v2 API), from the address in `ALERTS_FROM`, which
 * must be a verified identity of the account (docs/deploy.md). The jobs function alone
 * bundles it: the API and the web server never send e-mail.
 */
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { AlertSender } from './alert-job.ts';

export function sesSender(from: string, client: SESv2Client = new SESv2Client({})): AlertSender {
  return {
    async send(message) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [message.to] },
          Content: {
            Simple: {
              Subject: { Data: message.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
            },
          },
        }),
      );
    },
  };
}
