/**
 * Who may sign in: a Cognito user pool whose groups are the product's roles, signed in
 * on the site's own pages over the pool's API (`USER_PASSWORD_AUTH`, docs/decisions/0503),
 * with Cognito's hosted sign-in (authorisation code flow with PKCE) as a fallback. Accounts are created
 * by an administrator; nobody can sign themselves up. The e-mails the pool sends (the
 * invitation, a password reset code) are written in Welsh and English by its custom message
 * trigger, the `pool-messages` function.
 */
import { Aws, Duration, Fn, RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  OAuthScope,
  UserPool,
  UserPoolClientIdentityProvider,
  UserPoolOperation,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Validations } from 'aws-cdk-lib';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { passwordPolicy, roles, temporaryPasswordDays, type Role } from '@equal-partners/shared';
import type { StageConfig } from '../config.ts';
import { AppFunction } from './app-function.ts';

/** Where the hosted sign-in returns to, on the site's own origin. */
export const callbackPath = '/auth/callback';

const roleDescriptions: Record<Role, string> = {
  'board-admin': 'Partnership board administrators: every signatory, settings and accounts',
  'signatory-editor': "Staff who record their own signatory's evidence",
  reviewer: "Reviewers who read and assess a signatory's evidence",
  commissioner: "Commissioners who read every signatory's evidence and exact figures, and change nothing",
};

export interface AuthProps {
  config: StageConfig;
  /** The site's origin, e.g. `https://d111.cloudfront.net`: sign-in returns there. */
  siteUrl: string;
}

export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** Writes the pool's e-mails in Welsh and English (its custom message trigger). */
  readonly messages: AppFunction;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const { config } = props;
    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `equal-partners-${config.stage}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      autoVerify: { email: true },
      standardAttributes: { email: { required: true, mutable: true } },
      // Accounts hold people's engagement records: a second factor from an authenticator app, never SMS.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      // The rules the sign-in pages show people choosing a password.
      passwordPolicy: {
        ...passwordPolicy,
        tempPasswordValidity: Duration.days(temporaryPasswordDays),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: config.production,
      removalPolicy: config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // Cognito waits at most 5 seconds for a trigger, and sends nothing if it fails. The function
    // reads and calls nothing, so it holds no rights but its logs; Cognito may invoke it for this pool only.
    this.messages = new AppFunction(this, 'Messages', {
      entry: 'pool-messages',
      description: 'Writes the e-mails the user pool sends (invitation, reset code) in Welsh and English',
      config,
      memorySize: 256,
      timeout: Duration.seconds(5),
      environment: { SITE_URL: props.siteUrl },
    });
    this.userPool.addTrigger(UserPoolOperation.CUSTOM_MESSAGE, this.messages.function);
    for (const role of roles) this.userPool.addGroup(role, { groupName: role, description: roleDescriptions[role] });

    this.domain = this.userPool.addDomain('HostedSignIn', {
      cognitoDomain: {
        domainPrefix: config.authDomainPrefix ?? Fn.join('-', ['equal-partners', config.stage, Aws.ACCOUNT_ID]),
      },
    });

    const origins = [props.siteUrl, ...(config.production ? [] : ['http://localhost:3000'])];
    this.client = this.userPool.addClient('WebClient', {
      userPoolClientName: 'web',
      // A public client: the server-side session uses the code flow with PKCE, so no secret has to be stored.
      generateSecret: false,
      // The site's own sign-in pages send the password to Cognito server to server (docs/decisions/0503).
      authFlows: { userPassword: true },
      // Long enough to set up an authenticator app between the password and the first code.
      authSessionValidity: Duration.minutes(10),
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: origins.map((origin) => `${origin}${callbackPath}`),
        logoutUrls: origins.map((origin) => `${origin}/`),
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });

    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'The Plus feature plan (threat protection) is billed per monthly active user. The pool is invite-only with ' +
        'no self sign-up, requires TOTP MFA for every account and 12-character passwords, which covers the ' +
        'credential-stuffing and account-takeover risks threat protection addresses for this small, known user base.',
    });
  }

  /**
   * Lets a function manage the pool's accounts for the board (`/api/v1/users`): list,
   * invite, set groups, turn off and sign out. Nothing else, and only on this pool.
   */
  grantManageUsers(grantee: IGrantable): void {
    this.userPool.grant(
      grantee,
      'cognito-idp:ListUsers',
      'cognito-idp:AdminGetUser',
      'cognito-idp:AdminListGroupsForUser',
      'cognito-idp:AdminCreateUser',
      'cognito-idp:CreateGroup',
      'cognito-idp:AdminAddUserToGroup',
      'cognito-idp:AdminRemoveUserFromGroup',
      'cognito-idp:AdminDisableUser',
      'cognito-idp:AdminEnableUser',
      'cognito-idp:AdminUserGlobalSignOut',
    );
  }

  /** Lets a function list the pool's accounts with their groups (the daily alerts' recipients), and change nothing. */
  grantReadUsers(grantee: IGrantable): void {
    this.userPool.grant(grantee, 'cognito-idp:ListUsers', 'cognito-idp:AdminListGroupsForUser');
  }

  /** What the functions need to verify tokens and send people to sign in. */
  get environment(): Record<string, string> {
    return {
      COGNITO_USER_POOL_ID: this.userPool.userPoolId,
      COGNITO_CLIENT_ID: this.client.userPoolClientId,
      COGNITO_DOMAIN: this.domain.baseUrl(),
    };
  }
}
