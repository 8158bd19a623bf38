import type { CustomMessageTriggerEvent } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { temporaryPasswordDays } from '@equal-partners/shared';
import { handler } from './pool-messages.ts';

/** An event as Cognito sends it, with the placeholders it hands the trigger. */
function event(
  triggerSource: CustomMessageTriggerEvent['triggerSource'],
  request: Partial<CustomMessageTriggerEvent['request']> = {},
): CustomMessageTriggerEvent {
  return {
    version: '1',
    region: 'eu-west-2',
    userPoolId: 'eu-west-2_example',
    userName: '7d1f0c8e-0000-4000-8000-000000000001',
    callerContext: { awsSdkVersion: 'aws-sdk-js-3', clientId: 'client' },
    triggerSource,
    request: {
      userAttributes: { email: 'ceri@example.org', email_verified: 'true' },
      codeParameter: '{####}',
      linkParameter: '{##Click Here##}',
      usernameParameter: triggerSource === 'CustomMessage_AdminCreateUser' ? '{username}' : null,
      ...request,
    },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  } as CustomMessageTriggerEvent;
}

const welshOf = (html: string) => /<div lang="cy">(.*?)<\/div>/.exec(html)?.[1] ?? '';
const englishOf = (html: string) => /<div lang="en">(.*?)<\/div>/.exec(html)?.[1] ?? '';

beforeEach(() => {
  process.env.SITE_URL = 'https://partners.example.org.uk';
});
afterEach(() => {
  delete process.env.SITE_URL;
});

describe('the invitation (AdminCreateUser)', () => {
  it('gives the temporary password and the account name in Welsh, then in English', async () => {
    const { response } = await handler(event('CustomMessage_AdminCreateUser'));
    const html = response.emailMessage ?? '';
    expect(response.emailSubject).toBe('Eich cyfrif Equal Partners / Your Equal Partners account');
    expect(html.indexOf('<div lang="cy">')).toBeLessThan(html.indexOf('<div lang="en">'));
    const welsh = welshOf(html);
    const english = englishOf(html);
    expect(welsh).toContain('Cyfrinair dros dro: <strong>{####}</strong>');
    expect(welsh).toContain('Enw’r cyfrif: {username}');
    expect(welsh).toContain(`yn gweithio am ${temporaryPasswordDays} diwrnod`);
    expect(english).toContain('Temporary password: <strong>{####}</strong>');
    expect(english).toContain('Account name: {username}');
    expect(english).toContain(`works for ${temporaryPasswordDays} days`);
    expect(english).toContain('E-mail address: ceri@example.org');
    expect(english).toContain('If you were not expecting this e-mail, you can ignore it.');
    expect(welsh).toContain('Os nad oeddech yn disgwyl yr e-bost hwn, gallwch ei anwybyddu.');
  });

  it('links to the sign-in page, opened in the language of the part the link is in', async () => {
    const html = (await handler(event('CustomMessage_AdminCreateUser'))).response.emailMessage ?? '';
    expect(welshOf(html)).toContain(
      '<a href="https://partners.example.org.uk/language/cy?returnTo=/sign-in">https://partners.example.org.uk/sign-in</a>',
    );
    expect(englishOf(html)).toContain(
      '<a href="https://partners.example.org.uk/language/en?returnTo=/sign-in">https://partners.example.org.uk/sign-in</a>',
    );
  });

  it('still invites, without a link, when the site is not known', async () => {
    delete process.env.SITE_URL;
    const html = (await handler(event('CustomMessage_AdminCreateUser'))).response.emailMessage ?? '';
    expect(html).not.toContain('<a ');
    expect(englishOf(html)).toContain('To sign in to Equal Partners, enter:');
    expect(html).toContain('{####}');
  });

  it('uses the placeholders Cognito hands it, and escapes the address', async () => {
    const { response } = await handler(
      event('CustomMessage_AdminCreateUser', {
        codeParameter: '{#code#}',
        usernameParameter: '{user}',
        userAttributes: { email: 'a<b>&"c"@example.org' },
      }),
    );
    const html = response.emailMessage ?? '';
    expect(html).toContain('<strong>{#code#}</strong>');
    expect(html).toContain('Account name: {user}');
    expect(html).not.toContain('{####}');
    expect(html).toContain('a&lt;b&gt;&amp;&quot;c&quot;@example.org');
    expect(html).not.toContain('a<b>');
  });
});

describe('the password reset code (ForgotPassword)', () => {
  it('gives the code, how long it works and what to do if it was not asked for, in Welsh then English', async () => {
    const { response } = await handler(event('CustomMessage_ForgotPassword'));
    const html = response.emailMessage ?? '';
    expect(response.emailSubject).toBe(
      'Cod i ailosod eich cyfrinair Equal Partners / Code to reset your Equal Partners password',
    );
    expect(html.indexOf('<div lang="cy">')).toBeLessThan(html.indexOf('<div lang="en">'));
    expect(welshOf(html)).toContain('Eich cod yw: <strong>{####}</strong>');
    expect(welshOf(html)).toContain('Mae’r cod yn gweithio am 1 awr.');
    expect(welshOf(html)).toContain('Os na wnaethoch chi ofyn am hyn, anwybyddwch yr e-bost hwn');
    expect(englishOf(html)).toContain('Your code is: <strong>{####}</strong>');
    expect(englishOf(html)).toContain('The code works for 1 hour.');
    expect(englishOf(html)).toContain('If you did not ask for this, ignore this e-mail');
    // Verification messages cannot name the account (Cognito has no {username} for them).
    expect(html).not.toContain('{username}');
  });
});

describe('a resent code (ResendCode)', () => {
  it('gives the code and how long it works, in Welsh then English', async () => {
    const { response } = await handler(event('CustomMessage_ResendCode'));
    const html = response.emailMessage ?? '';
    expect(response.emailSubject).toBe('Eich cod cadarnhau Equal Partners / Your Equal Partners confirmation code');
    expect(welshOf(html)).toContain('<strong>{####}</strong>');
    expect(welshOf(html)).toContain('24 awr');
    expect(englishOf(html)).toContain('<strong>{####}</strong>');
    expect(englishOf(html)).toContain('24 hours');
    expect(englishOf(html)).toContain('If you did not ask for it, ignore this e-mail.');
  });
});

describe('every message', () => {
  it('fits within what Cognito accepts: a subject up to 140 characters, a message up to 20,000, no line breaks', async () => {
    for (const source of [
      'CustomMessage_AdminCreateUser',
      'CustomMessage_ForgotPassword',
      'CustomMessage_ResendCode',
    ] as const) {
      const { response } = await handler(event(source));
      expect(response.emailSubject!.length, source).toBeLessThanOrEqual(140);
      expect(response.emailMessage!.length, source).toBeLessThanOrEqual(20_000);
      // HTML: paragraphs and <br>, never a bare line break, which a mail client would not show.
      expect(response.emailMessage, source).not.toMatch(/\n/);
      expect(response.emailMessage, source).toMatch(/^<p lang="en">Scroll down for English\.<\/p><div lang="cy">/);
      expect(response.smsMessage, source).toBeNull();
    }
  });

  it('leaves the messages of other trigger sources to Cognito, unchanged', async () => {
    for (const source of [
      'CustomMessage_SignUp',
      'CustomMessage_UpdateUserAttribute',
      'CustomMessage_VerifyUserAttribute',
      'CustomMessage_Authentication',
    ] as const) {
      const before = event(source);
      const after = await handler(structuredClone(before));
      expect(after, source).toEqual(before);
    }
  });
});
