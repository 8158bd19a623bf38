/**
 * The `pool-messages` Lambda: the user pool's custom message trigger. Before Cognito sends
 * an invitation, a password reset code or a resent code, it asks this function for the
 * subject and the message, and gets them in Welsh and English (../identity/pool-emails.ts).
 * Every other message (none the pool sends today) is handed back unchanged, so Cognito
 * sends its own. It reads nothing and calls nothing: a failure here would stop the pool
 * sending the e-mail, so it does no more than fill in text. Expects SITE_URL, the site's
 * origin, for the invitation's link to the sign-in page.
 */
import type { CustomMessageTriggerEvent } from 'aws-lambda';
import { isPoolEmailSource, poolEmail } from '../identity/pool-emails.ts';

export const handler = async (event: CustomMessageTriggerEvent): Promise<CustomMessageTriggerEvent> => {
  const { triggerSource, request } = event;
  if (!isPoolEmailSource(triggerSource)) return event;
  const email = poolEmail(triggerSource, {
    code: request.codeParameter,
    username: request.usernameParameter ?? '{username}',
    email: request.userAttributes.email,
    siteUrl: process.env.SITE_URL,
  });
  event.response.emailSubject = email.subject;
  event.response.emailMessage = email.html;
  return event;
};
