import {
  CodeMismatchException,
  EnableSoftwareTokenMFAException,
  InvalidPasswordException,
  NotAuthorizedException,
  UserNotFoundException,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { appText } from '#lib/i18n/index.ts';
import {
  problemOf,
  UserPoolFlow,
  userPoolFromEnv,
  type Pending,
  type SignInProblem,
  type UserPoolApi,
} from './cognito-sign-in.ts';
import { failureAllowance } from './sign-in-failures.ts';

const settings = { clientId: 'web-client', region: 'eu-west-2' };
const metadata = { $metadata: {} };
/** The code every authenticator app shows in these tests. */
const appCode = '123456';

interface Account {
  sub: string;
  password: string;
  /** Invited and not yet signed in: the password is the temporary one. */
  temporary: boolean;
  appSecret?: string;
}

/**
 * A user pool behind the SDK's `send`, answering the commands the flow sends as Cognito
 * does: a session per step, the challenges in Cognito's order, Cognito's exceptions.
 */
function fakePool(accounts: Record<string, Account>) {
  const calls: { command: string; input: Record<string, unknown> }[] = [];
  const sessions = new Map<string, { email: string; expects: string }>();
  const resetCodes = new Map<string, string>();
  let next = 0;
  const session = (email: string, expects: string) => {
    const id = `session-${(next += 1)}`;
    sessions.set(id, { email, expects });
    return id;
  };
  const tokens = (email: string): AuthenticationResultType => ({
    AccessToken: `access-${accounts[email]!.sub}`,
    IdToken: ['e30', Buffer.from(JSON.stringify({ email })).toString('base64url'), ''].join('.'),
    RefreshToken: `refresh-${accounts[email]!.sub}`,
    ExpiresIn: 3600,
  });
  const expired = () =>
    new NotAuthorizedException({ message: 'Invalid session for the user, session is expired.', ...metadata });
  const open = (id: unknown, expects: string) => {
    const found = sessions.get(String(id));
    if (!found || found.expects !== expects) throw expired();
    sessions.delete(String(id));
    return found.email;
  };
  /** What comes after the password: a new one, setting up the app, or its code. */
  const challenge = (email: string) => {
    const account = accounts[email]!;
    const name = account.temporary ? 'NEW_PASSWORD_REQUIRED' : account.appSecret ? 'SOFTWARE_TOKEN_MFA' : 'MFA_SETUP';
    return {
      ChallengeName: name,
      Session: session(email, name),
      ChallengeParameters: { USER_ID_FOR_SRP: account.sub },
    };
  };
  const handlers: Record<string, (input: Record<string, unknown>) => unknown> = {
    InitiateAuth: (input) => {
      const { USERNAME, PASSWORD } = input.AuthParameters as Record<string, string>;
      const account = accounts[USERNAME!];
      if (!account) throw new UserNotFoundException({ message: 'User does not exist.', ...metadata });
      if (account.password !== PASSWORD)
        throw new NotAuthorizedException({ message: 'Incorrect username or password.', ...metadata });
      return challenge(USERNAME!);
    },
    RespondToAuthChallenge: (input) => {
      const answers = input.ChallengeResponses as Record<string, string>;
      const email = open(input.Session, String(input.ChallengeName));
      const account = accounts[email]!;
      if (answers.USERNAME !== account.sub) throw expired();
      switch (input.ChallengeName) {
        case 'NEW_PASSWORD_REQUIRED':
          if (answers.NEW_PASSWORD!.length < 12)
            throw new InvalidPasswordException({ message: 'Password did not conform with policy', ...metadata });
          Object.assign(account, { password: answers.NEW_PASSWORD, temporary: false });
          return challenge(email);
        case 'SOFTWARE_TOKEN_MFA':
          if (answers.SOFTWARE_TOKEN_MFA_CODE !== appCode) {
            // Cognito lets the person try the code again with the same session.
            sessions.set(String(input.Session), { email, expects: 'SOFTWARE_TOKEN_MFA' });
            throw new CodeMismatchException({ message: 'Invalid code received for user', ...metadata });
          }
          return { AuthenticationResult: tokens(email) };
        default:
          return { AuthenticationResult: tokens(email) };
      }
    },
    AssociateSoftwareToken: (input) => {
      const email = open(input.Session, 'MFA_SETUP');
      return { SecretCode: 'JBSWY3DPEHPK3PXP', Session: session(email, 'VERIFY') };
    },
    VerifySoftwareToken: (input) => {
      const email = open(input.Session, 'VERIFY');
      if (input.UserCode !== appCode) {
        sessions.set(String(input.Session), { email, expects: 'VERIFY' });
        throw new EnableSoftwareTokenMFAException({ message: 'Code mismatch', ...metadata });
      }
      accounts[email]!.appSecret = 'JBSWY3DPEHPK3PXP';
      return { Status: 'SUCCESS', Session: session(email, 'MFA_SETUP') };
    },
    ForgotPassword: (input) => {
      // As with preventUserExistenceErrors: the same answer whether or not the account exists.
      if (accounts[String(input.Username)]) resetCodes.set(String(input.Username), '424242');
      return { CodeDeliveryDetails: { DeliveryMedium: 'EMAIL', Destination: 'c***@b***' } };
    },
    ConfirmForgotPassword: (input) => {
      const email = String(input.Username);
      if (!accounts[email] || resetCodes.get(email) !== input.ConfirmationCode)
        throw new CodeMismatchException({
          message: 'Invalid verification code provided, please try again.',
          ...metadata,
        });
      accounts[email]!.password = String(input.Password);
      resetCodes.delete(email);
      return {};
    },
  };
  const api: UserPoolApi = {
    send: (async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name.replace(/Command$/, '');
      calls.push({ command: name, input: command.input });
      return handlers[name]!(command.input);
    }) as unknown as UserPoolApi['send'],
  };
  return { api, calls, expireSessions: () => sessions.clear(), accounts };
}

function setUp() {
  const pool = fakePool({
    'chair@board.example': { sub: 'sub-chair', password: 'Correct-horse-1', temporary: false, appSecret: 'SECRET' },
    'new.starter@board.example': { sub: 'sub-new', password: 'Temp-Pass-9999', temporary: true },
  });
  return { pool, flow: new UserPoolFlow(pool.api, settings) };
}

/** The pending step of an outcome, failing the test when it is not one. */
function pendingOf(outcome: Awaited<ReturnType<UserPoolFlow['signIn']>>): Pending {
  if (outcome.kind !== 'next') throw new Error(`Expected a next step, got ${JSON.stringify(outcome)}`);
  return outcome.pending;
}

describe('signing in on the site’s own pages over the user pool API', () => {
  it('is used when the deployment names the pool, its web client and the domain, in the pool’s region', () => {
    expect(userPoolFromEnv({ COGNITO_CLIENT_ID: 'c', COGNITO_DOMAIN: 'd' })).toBeUndefined();
    expect(
      userPoolFromEnv({ COGNITO_USER_POOL_ID: 'eu-west-2_AbC', COGNITO_CLIENT_ID: 'c', COGNITO_DOMAIN: 'd' }),
    ).toEqual({ clientId: 'c', region: 'eu-west-2' });
  });

  it('signs in with the password, then the app’s code, with USER_PASSWORD_AUTH and the account’s own id', async () => {
    const { pool, flow } = setUp();
    const pending = pendingOf(await flow.signIn('chair@board.example', 'Correct-horse-1', '/manage'));
    expect(pending).toMatchObject({
      step: 'code',
      username: 'sub-chair',
      email: 'chair@board.example',
      returnTo: '/manage',
    });
    expect(pool.calls[0]).toMatchObject({
      command: 'InitiateAuth',
      input: { ClientId: 'web-client', AuthFlow: 'USER_PASSWORD_AUTH' },
    });

    const signedIn = await flow.answerCode(pending, appCode);
    expect(signedIn).toEqual({
      kind: 'signed-in',
      tokens: {
        accessToken: 'access-sub-chair',
        refreshToken: 'refresh-sub-chair',
        expiresIn: 3600,
        name: 'chair@board.example',
      },
    });
    expect(pool.calls.at(-1)).toMatchObject({
      command: 'RespondToAuthChallenge',
      input: {
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        ChallengeResponses: { USERNAME: 'sub-chair', SOFTWARE_TOKEN_MFA_CODE: appCode },
      },
    });
  });

  it('takes an invited person through choosing a password and setting up their app, then signs them in', async () => {
    const { pool, flow } = setUp();
    const invited = pendingOf(await flow.signIn('new.starter@board.example', 'Temp-Pass-9999', '/your-work'));
    expect(invited.step).toBe('new-password');

    // A password the pool's rules refuse leaves the step as it was, to try again.
    expect(await flow.setNewPassword(invited, 'short')).toEqual({ kind: 'problem', problem: 'password-rules' });

    const again = pendingOf(await flow.signIn('new.starter@board.example', 'Temp-Pass-9999', '/your-work'));
    const setUpApp = pendingOf(await flow.setNewPassword(again, 'A-much-longer-password-1'));
    expect(setUpApp).toMatchObject({ step: 'set-up-app', secret: 'JBSWY3DPEHPK3PXP', username: 'sub-new' });
    expect(pool.calls.map((c) => c.command).slice(-2)).toEqual(['RespondToAuthChallenge', 'AssociateSoftwareToken']);

    // A wrong first code does not set the app up.
    expect(await flow.verifyApp(setUpApp, '000000')).toEqual({ kind: 'problem', problem: 'wrong-code' });
    const signedIn = await flow.verifyApp(setUpApp, appCode);
    expect(signedIn).toMatchObject({
      kind: 'signed-in',
      tokens: { accessToken: 'access-sub-new', name: 'new.starter@board.example' },
    });
    expect(pool.calls.at(-1)).toMatchObject({
      command: 'RespondToAuthChallenge',
      input: { ChallengeName: 'MFA_SETUP', ChallengeResponses: { USERNAME: 'sub-new' } },
    });
    expect(pool.accounts['new.starter@board.example']).toMatchObject({
      temporary: false,
      appSecret: 'JBSWY3DPEHPK3PXP',
    });
  });

  it('says the same for a wrong password as for an address with no account', async () => {
    const { flow } = setUp();
    const wrongPassword = await flow.signIn('chair@board.example', 'not-it', '/');
    const noAccount = await flow.signIn('nobody@board.example', 'Correct-horse-1', '/');
    expect(wrongPassword).toEqual({ kind: 'problem', problem: 'wrong-password' });
    expect(noAccount).toEqual(wrongPassword);
  });

  it('refuses a wrong code and lets the person try again with the same step', async () => {
    const { flow } = setUp();
    const pending = pendingOf(await flow.signIn('chair@board.example', 'Correct-horse-1', '/'));
    expect(await flow.answerCode(pending, '654321')).toEqual({ kind: 'problem', problem: 'wrong-code' });
    expect((await flow.answerCode(pending, appCode)).kind).toBe('signed-in');
  });

  it('tells a person whose step ran out to start again', async () => {
    const { pool, flow } = setUp();
    const pending = pendingOf(await flow.signIn('chair@board.example', 'Correct-horse-1', '/'));
    pool.expireSessions();
    expect(await flow.answerCode(pending, appCode)).toEqual({ kind: 'problem', problem: 'expired' });
    const invited = pendingOf(await flow.signIn('new.starter@board.example', 'Temp-Pass-9999', '/'));
    pool.expireSessions();
    expect(await flow.setNewPassword(invited, 'A-much-longer-password-1')).toEqual({
      kind: 'problem',
      problem: 'expired',
    });
  });

  it('resets a forgotten password with the e-mailed code, saying the same whether or not the address has an account', async () => {
    const { pool, flow } = setUp();
    expect(await flow.forgotPassword('chair@board.example')).toEqual({ kind: 'sent' });
    expect(await flow.forgotPassword('nobody@board.example')).toEqual({ kind: 'sent' });
    expect(await flow.confirmForgotPassword('chair@board.example', '111111', 'Another-password-2')).toEqual({
      kind: 'problem',
      problem: 'wrong-code',
    });
    expect(await flow.confirmForgotPassword('nobody@board.example', '424242', 'Another-password-2')).toEqual({
      kind: 'problem',
      problem: 'wrong-code',
    });
    expect(await flow.confirmForgotPassword('chair@board.example', '424242', 'Another-password-2')).toEqual({
      kind: 'reset',
    });
    expect(pool.accounts['chair@board.example']!.password).toBe('Another-password-2');
    expect((await flow.signIn('chair@board.example', 'Another-password-2', '/')).kind).toBe('next');
  });

  it('reads the pool’s refusals as what they mean for the person', () => {
    const named = (name: string) => Object.assign(new Error('x'), { name });
    expect(problemOf(named('NotAuthorizedException'), 'wrong-password')).toBe('wrong-password');
    expect(problemOf(named('UserNotFoundException'), 'wrong-password')).toBe('wrong-password');
    expect(problemOf(named('NotAuthorizedException'), 'expired')).toBe('expired');
    expect(problemOf(named('PasswordResetRequiredException'), 'wrong-password')).toBe('reset-required');
    expect(problemOf(named('TooManyFailedAttemptsException'), 'expired')).toBe('too-many');
    expect(problemOf(named('ExpiredCodeException'), 'wrong-code')).toBe('expired');
    expect(problemOf(named('InternalErrorException'), 'wrong-password')).toBe('unavailable');
    expect(problemOf(new TypeError('fetch failed'), 'wrong-password')).toBe('unavailable');
  });

  it('words every problem in English and in Welsh, a wrong password and an unknown address alike', () => {
    const problems: SignInProblem[] = [
      'wrong-password',
      'wrong-code',
      'expired',
      'password-rules',
      'reset-required',
      'too-many',
      'unavailable',
    ];
    const en = appText('en');
    const cy = appText('cy');
    for (const problem of problems) {
      const key = `poolSignIn.problem.${problem}` as const;
      expect(cy.t(key)).not.toBe(en.t(key));
      expect(cy.t(key)).not.toBe(key);
    }
    expect(en.t('poolSignIn.problem.wrong-password')).toBe(
      'The e-mail address or the password is not right. Check them and try again.',
    );
    expect(cy.t('poolSignIn.problem.wrong-password')).toBe(
      'Nid yw’r cyfeiriad e-bost na’r cyfrinair yn gywir. Gwiriwch nhw a rhowch gynnig arall arni.',
    );
    expect(cy.t('poolSignIn.rules.length', { n: 12 })).toBe('o leiaf 12 nod');
  });
});

describe('failed sign-in attempts from one client', () => {
  it('are refused after the limit until the window is over, each client counted on its own', () => {
    let now = 0;
    const failures = failureAllowance(3, 60_000, () => now);
    for (let i = 0; i < 3; i += 1) {
      expect(failures.check('address:a').allowed).toBe(true);
      failures.fail('address:a');
    }
    expect(failures.check('address:a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(failures.check('address:b').allowed).toBe(true);
    now = 60_001;
    expect(failures.check('address:a').allowed).toBe(true);
  });
});
