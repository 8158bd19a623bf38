/**
 * Signing in on the site's own pages, in English or Welsh, over the Cognito user pool API
 * (docs/decisions/0503): the password with `USER_PASSWORD_AUTH`, then whatever the pool
 * asks next (a new password for an invited person, setting up an authenticator app, the
 * app's 6-digit code), and resetting a forgotten password. Every call is one the pool's
 * public client may make without AWS credentials.
 *
 * What a step needs to carry on (Cognito's `Session` string, the user name, the app's
 * secret while it is being set up) is a `Pending` the pages keep in the short-lived
 * HttpOnly sign-in cookie, never in the page. Nothing here logs, and no password or code
 * leaves this module except to Cognito. Failures come back as a `SignInProblem`, worded
 * by the pages; a wrong password and an unknown address are the same problem, so the
 * pages cannot tell anyone which addresses have accounts.
 */
import type {
  AuthenticationResultType,
  CognitoIdentityProviderClient,
  InitiateAuthCommandOutput,
  RespondToAuthChallengeCommandOutput,
} from '@aws-sdk/client-cognito-identity-provider';
import type { SignedInTokens } from './cognito.ts';

/** The part of the SDK client the flow uses; tests pass a stand-in. */
export type UserPoolApi = Pick<CognitoIdentityProviderClient, 'send'>;

export interface UserPoolSettings {
  clientId: string;
  /** The pool's region: the prefix of its id (`eu-west-2_AbC`). */
  region: string;
}

/** The pool's own pages when the deployment configured the pool and its web client. */
export function userPoolFromEnv(env: NodeJS.ProcessEnv = process.env): UserPoolSettings | undefined {
  const poolId = env.COGNITO_USER_POOL_ID;
  if (!poolId || !env.COGNITO_CLIENT_ID || !env.COGNITO_DOMAIN) return undefined;
  const region = poolId.split('_')[0] || env.AWS_REGION;
  return region ? { clientId: env.COGNITO_CLIENT_ID, region } : undefined;
}

/** The step a person is on between the password and being signed in. */
export type ChallengeStep = 'new-password' | 'set-up-app' | 'code';

/** What the next step needs, kept in the sign-in cookie for as long as Cognito's session lives. */
export interface Pending {
  step: ChallengeStep;
  /** Cognito's name for the account (its id once the password is accepted). */
  username: string;
  /** The address the person signed in with, to label their authenticator app. */
  email: string;
  /** Cognito's `Session` for the next call. */
  session: string;
  /** The authenticator app's secret, while the app is being set up (it is shown on that page). */
  secret?: string;
  returnTo: string;
}

export type SignInProblem =
  /** Wrong password, or no such account: worded the same. */
  | 'wrong-password'
  | 'wrong-code'
  /** Cognito's session for the step ran out (it lives 10 minutes), or the cookie did. */
  | 'expired'
  /** A new password the pool's rules refuse. */
  | 'password-rules'
  /** The pool asks for a new password through the forgotten-password route. */
  | 'reset-required'
  | 'too-many'
  /** The pool asked for something the pages do not offer, or could not answer. */
  | 'unavailable';

export type SignInOutcome =
  | { kind: 'signed-in'; tokens: SignedInTokens }
  | { kind: 'next'; pending: Pending }
  | { kind: 'problem'; problem: SignInProblem };

export class UserPoolFlow {
  private readonly api: UserPoolApi;
  private readonly settings: UserPoolSettings;

  constructor(api: UserPoolApi, settings: UserPoolSettings) {
    this.api = api;
    this.settings = settings;
  }

  /** The e-mail address and password: signed in, the next step, or why not. */
  async signIn(email: string, password: string, returnTo: string): Promise<SignInOutcome> {
    const sdk = await import('@aws-sdk/client-cognito-identity-provider');
    return this.attempt('wrong-password', async () => {
      const answer = await this.api.send(
        new sdk.InitiateAuthCommand({
          ClientId: this.settings.clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: password },
        }),
      );
      return this.after(answer, email, email, returnTo);
    });
  }

  /** An invited person's own password, in place of the temporary one they were sent. */
  async setNewPassword(pending: Pending, password: string): Promise<SignInOutcome> {
    const sdk = await import('@aws-sdk/client-cognito-identity-provider');
    return this.attempt('expired', async () => {
      const answer = await this.api.send(
        new sdk.RespondToAuthChallengeCommand({
          ClientId: this.settings.clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: pending.session,
          ChallengeResponses: { USERNAME: pending.username, NEW_PASSWORD: password },
        }),
      );
      return this.after(answer, pending.username, pending.email, pending.returnTo);
    });
  }

  /** The first code from a newly set-up authenticator app: it proves the app, then signs the person in. */
  async verifyApp(pending: Pending, code: string): Promise<SignInOutcome> {
    const sdk = await import('@aws-sdk/client-cognito-identity-provider');
    return this.attempt('expired', async () => {
      const verified = await this.api.send(
        new sdk.VerifySoftwareTokenCommand({ Session: pending.session, UserCode: code }),
      );
      if (verified.Status !== 'SUCCESS' || !verified.Session) return problem('wrong-code');
      const answer = await this.api.send(
        new sdk.RespondToAuthChallengeCommand({
          ClientId: this.settings.clientId,
          ChallengeName: 'MFA_SETUP',
          Session: verified.Session,
          ChallengeResponses: { USERNAME: pending.username },
        }),
      );
      return this.after(answer, pending.username, pending.email, pending.returnTo);
    });
  }

  /** The 6-digit code from the person's authenticator app. */
  async answerCode(pending: Pending, code: string): Promise<SignInOutcome> {
    const sdk = await import('@aws-sdk/client-cognito-identity-provider');
    return this.attempt('expired', async () => {
      const answer = await this.api.send(
        new sdk.RespondToAuthChallengeCommand({
          ClientId: this.settings.clientId,
          ChallengeName: 'SOFTWARE_TOKEN_MFA',
          Session: pending.session,
          ChallengeResponses: { USERNAME: pending.username, SOFTWARE_TOKEN_MFA_CODE: code },
        }),
      );
      return this.after(answer, pending.username, pending.email, pending.returnTo);
    });
  }

  /**
   * Sends a code to reset the password to the address, if it has an account. The pool
   * answers the same for an address without one (`preventUserExistenceErrors`), and so do
   * the pages.
   */
  async forgotPassword(email: string): Promise<{ kind: 'sent' } | { kind: 'problem'; problem: SignInProblem }> {
    const sdk = await import('@aws-sdk/client-cognito-identity-provider');
    try {
      await this.api.send(new sdk.ForgotPasswordCommand({ ClientId: this.settings.clientId, Username: email }));
      return { kind: 'sent' };
    } catch (error) {
      const reason = problemOf(error, 'unavailable');
      // An account that cannot reset (not yet invited in full) reads as one that has no account.
      return reason === 'wrong-password' ? { kind: 'sent' } : { kind: 'problem', problem: reason };
    }
  }

  /** The code from the e-mail and a new password. */
  async confirmForgotPassword(
    email: string,
    code: string,
    password: string,
  ): Promise<{ kind: 'reset' } | { kind: 'problem'; problem: SignInProblem }> {
    const sdk = await import('@aws-sdk/client-cognito-identity-provider');
    try {
      await this.api.send(
        new sdk.ConfirmForgotPasswordCommand({
          ClientId: this.settings.clientId,
          Username: email,
          ConfirmationCode: code,
          Password: password,
        }),
      );
      return { kind: 'reset' };
    } catch (error) {
      const reason = problemOf(error, 'wrong-code');
      // No account for the address reads as a wrong code, so the page says nothing of accounts.
      return { kind: 'problem', problem: reason === 'wrong-password' ? 'wrong-code' : reason };
    }
  }

  /** Runs one call of the flow, turning the pool's refusals into problems. */
  private async attempt(notAuthorized: SignInProblem, call: () => Promise<SignInOutcome>): Promise<SignInOutcome> {
    try {
      return await call();
    } catch (error) {
      return problem(problemOf(error, notAuthorized));
    }
  }

  /** Signed in, or the step the pool asks for next (setting up an app asks Cognito for the app's secret first). */
  private async after(
    answer: InitiateAuthCommandOutput | RespondToAuthChallengeCommandOutput,
    username: string,
    email: string,
    returnTo: string,
  ): Promise<SignInOutcome> {
    if (answer.AuthenticationResult) return signedIn(answer.AuthenticationResult, email);
    // Cognito names the user by its own id after the first step; later steps must use it.
    const user = answer.ChallengeParameters?.USER_ID_FOR_SRP ?? username;
    const session = answer.Session;
    if (!session) return problem('unavailable');
    switch (answer.ChallengeName) {
      case 'NEW_PASSWORD_REQUIRED':
        return { kind: 'next', pending: { step: 'new-password', username: user, email, session, returnTo } };
      case 'SOFTWARE_TOKEN_MFA':
        return { kind: 'next', pending: { step: 'code', username: user, email, session, returnTo } };
      case 'MFA_SETUP': {
        const sdk = await import('@aws-sdk/client-cognito-identity-provider');
        const app = await this.api.send(new sdk.AssociateSoftwareTokenCommand({ Session: session }));
        if (!app.SecretCode || !app.Session) return problem('unavailable');
        return {
          kind: 'next',
          pending: {
            step: 'set-up-app',
            username: user,
            email,
            session: app.Session,
            secret: app.SecretCode,
            returnTo,
          },
        };
      }
      default:
        return problem('unavailable');
    }
  }
}

const problem = (reason: SignInProblem): SignInOutcome => ({ kind: 'problem', problem: reason });

/** The name to greet the person by: the ID token's e-mail, else the address they signed in with. */
function signedIn(result: AuthenticationResultType, email: string): SignInOutcome {
  if (!result.AccessToken) return problem('unavailable');
  const claims = claimsOf(result.IdToken);
  return {
    kind: 'signed-in',
    tokens: {
      accessToken: result.AccessToken,
      expiresIn: result.ExpiresIn ?? 3600,
      name: String(claims.email ?? email),
      ...(result.RefreshToken ? { refreshToken: result.RefreshToken } : {}),
    },
  };
}

/** The claims of an ID token received straight from Cognito over TLS (OIDC core 3.1.3.7). */
function claimsOf(jwt: string | undefined): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(jwt?.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * What a refusal from the pool means for the person. `NotAuthorizedException` is a wrong
 * password on the first step and a session that ran out on the later ones (`notAuthorized`).
 */
export function problemOf(error: unknown, notAuthorized: SignInProblem): SignInProblem {
  switch ((error as { name?: string } | undefined)?.name) {
    case 'NotAuthorizedException':
    case 'UserNotFoundException':
    case 'UserNotConfirmedException':
      return notAuthorized;
    case 'CodeMismatchException':
    case 'EnableSoftwareTokenMFAException':
      return 'wrong-code';
    case 'ExpiredCodeException':
      return notAuthorized === 'expired' ? 'wrong-code' : 'expired';
    case 'InvalidPasswordException':
      return 'password-rules';
    case 'PasswordResetRequiredException':
      return 'reset-required';
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
    case 'LimitExceededException':
      return 'too-many';
    default:
      return 'unavailable';
  }
}

/** The flow against the deployment's pool, its SDK client made on first use. */
export async function userPoolFlow(settings: UserPoolSettings): Promise<UserPoolFlow> {
  const sdk = await import('@aws-sdk/client-cognito-identity-provider');
  client ??= new sdk.CognitoIdentityProviderClient({ region: settings.region });
  return new UserPoolFlow(client, settings);
}

let client: CognitoIdentityProviderClient | undefined;
