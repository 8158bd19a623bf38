/**
 * Accounts in the Cognito user pool, as deployed: the e-mail address is the sign-in
 * name, and groups carry the role (`board-admin`, `signatory-editor`, `reviewer`,
 * `commissioner`) and the organisation (`signatory:<id>`), as the API's Cognito
 * authenticator reads them from the access token. Inviting creates the user and Cognito e-mails them a temporary password.
 * A change takes effect at the person's next sign-in (tokens carry the groups), which the
 * API's route brings forward by revoking their tokens (./revocations.ts). Cognito
 * keeps no history, so each change is written to the audit trail here, without the
 * e-mail address.
 */
import type * as Cognito from '@aws-sdk/client-cognito-identity-provider';
import { belongsToASignatory, roles, type UserAccess, type UserAccount } from '@equal-partners/shared';
import { recordAuditEvents } from '../audit/audit-events.ts';
import type { Store } from '../table/index.ts';
import { byEmail, UserExists, type UserDirectory } from './user-directory.ts';
import { userKind } from './user-entity.ts';

const signatoryGroup = (signatoryId: string) => `signatory:${signatoryId}`;

function attribute(attributes: Cognito.AttributeType[] | undefined, name: string): string | undefined {
  return attributes?.find((a) => a.Name === name)?.Value;
}

/** The account a Cognito user and their groups make. */
function account(
  user: { Username?: string; Attributes?: Cognito.AttributeType[]; Enabled?: boolean; UserStatus?: string },
  groups: readonly string[],
): UserAccount {
  const email = attribute(user.Attributes, 'email') ?? user.Username ?? '';
  const role = roles.find((r) => groups.includes(r));
  const signatoryId = groups.find((g) => g.startsWith('signatory:'))?.slice('signatory:'.length);
  return {
    id: user.Username ?? '',
    email,
    name: email,
    ...(role ? { role } : {}),
    ...(signatoryId ? { signatoryId } : {}),
    enabled: user.Enabled !== false,
    invited: user.UserStatus === 'FORCE_CHANGE_PASSWORD',
  };
}

/** What the audit trail keeps of an account: what it may do, never who it is. */
function accessImage(a: UserAccount, at: string, by: string): Record<string, unknown> {
  return {
    entity: 'user',
    id: a.id,
    ...(a.role ? { role: a.role } : {}),
    ...(a.signatoryId ? { signatoryId: a.signatoryId } : {}),
    enabled: a.enabled,
    updatedAt: at,
    updatedBy: by,
    version: 0,
  };
}

/** Runs `work` over `items`, a few at a time (Cognito's admin calls are rate limited). */
async function mapFew<T, R>(items: readonly T[], work: (item: T) => Promise<R>, limit = 5): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]!);
    }),
  );
  return results;
}

/**
 * The SDK is imported when the board first manages accounts, not when the function starts:
 * loading it takes about 35 ms of a cold start that most often serves no account request.
 */
async function connect(client?: Cognito.CognitoIdentityProviderClient) {
  const sdk = await import('@aws-sdk/client-cognito-identity-provider');
  return { sdk, client: client ?? new sdk.CognitoIdentityProviderClient({}) };
}

export function cognitoUserDirectory(settings: {
  userPoolId: string;
  store: Store;
  client?: Cognito.CognitoIdentityProviderClient;
  now?: () => Date;
}): UserDirectory {
  const { userPoolId, store } = settings;
  let connection: ReturnType<typeof connect> | undefined;
  const cognito = () => (connection ??= connect(settings.client));
  const now = settings.now ?? (() => new Date());

  const groupsOf = async (username: string) => {
    const { sdk, client } = await cognito();
    const groups: string[] = [];
    let NextToken: string | undefined;
    do {
      const page = await client.send(
        new sdk.AdminListGroupsForUserCommand({ UserPoolId: userPoolId, Username: username, NextToken }),
      );
      groups.push(...(page.Groups ?? []).map((g) => g.GroupName ?? ''));
      NextToken = page.NextToken;
    } while (NextToken);
    return groups;
  };

  /** A user and every group they are in, or `undefined` when there is no such user. */
  const read = async (id: string) => {
    const { sdk, client } = await cognito();
    try {
      const user = await client.send(new sdk.AdminGetUserCommand({ UserPoolId: userPoolId, Username: id }));
      return { user: { ...user, Attributes: user.UserAttributes }, groups: await groupsOf(id) };
    } catch (error) {
      if ((error as Error).name === 'UserNotFoundException') return undefined;
      throw error;
    }
  };

  const get = async (id: string): Promise<UserAccount | undefined> => {
    const found = await read(id);
    return found && account(found.user, found.groups);
  };

  /**
   * Puts the user in exactly the groups `access` names, creating an organisation's group on
   * first use, and leaves groups the app does not own alone. Returns the groups they are in now.
   */
  const placeInGroups = async (
    id: string,
    current: readonly string[],
    access: Pick<UserAccess, 'role' | 'signatoryId'>,
  ): Promise<string[]> => {
    const { sdk, client } = await cognito();
    const wanted = [
      access.role,
      ...(belongsToASignatory(access.role) && access.signatoryId ? [signatoryGroup(access.signatoryId)] : []),
    ];
    const ours = (g: string) => (roles as readonly string[]).includes(g) || g.startsWith('signatory:');
    for (const group of wanted.filter((g) => !current.includes(g))) {
      if (group.startsWith('signatory:')) {
        try {
          await client.send(new sdk.CreateGroupCommand({ UserPoolId: userPoolId, GroupName: group }));
        } catch (error) {
          if ((error as Error).name !== 'GroupExistsException') throw error;
        }
      }
      await client.send(new sdk.AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: id, GroupName: group }));
    }
    for (const group of current.filter((g) => ours(g) && !wanted.includes(g))) {
      await client.send(
        new sdk.AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: id, GroupName: group }),
      );
    }
    return [...current.filter((g) => !ours(g)), ...wanted];
  };

  const audit = (before: UserAccount | undefined, after: UserAccount, actor: string) => {
    const at = now().toISOString();
    return recordAuditEvents(store, [
      {
        keys: userKind.keyOf(after.id),
        ...(before ? { oldImage: accessImage(before, at, actor) } : {}),
        newImage: accessImage(after, at, actor),
      },
    ]);
  };

  return {
    list: async () => {
      const { sdk, client } = await cognito();
      const users = [];
      let PaginationToken: string | undefined;
      do {
        const page = await client.send(
          new sdk.ListUsersCommand({ UserPoolId: userPoolId, PaginationToken, Limit: 60 }),
        );
        users.push(...(page.Users ?? []));
        PaginationToken = page.PaginationToken;
      } while (PaginationToken);
      const groups = await mapFew(users, (u) => groupsOf(u.Username ?? ''));
      return users.map((u, i) => account(u, groups[i]!)).sort(byEmail);
    },
    get,
    invite: async (invite, actor) => {
      const { sdk, client } = await cognito();
      let created;
      try {
        created = await client.send(
          new sdk.AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: invite.email,
            UserAttributes: [
              { Name: 'email', Value: invite.email },
              { Name: 'email_verified', Value: 'true' },
            ],
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        );
      } catch (error) {
        if ((error as Error).name === 'UsernameExistsException') throw new UserExists();
        throw error;
      }
      const id = created.User?.Username ?? invite.email;
      const after = account(created.User ?? { Username: id }, await placeInGroups(id, [], invite));
      await audit(undefined, after, actor);
      return after;
    },
    setAccess: async (id, access, actor) => {
      const { sdk, client } = await cognito();
      const found = await read(id);
      if (!found) return undefined;
      const before = account(found.user, found.groups);
      const groups = await placeInGroups(id, found.groups, access);
      if (access.enabled && !before.enabled) {
        await client.send(new sdk.AdminEnableUserCommand({ UserPoolId: userPoolId, Username: id }));
      } else if (!access.enabled && before.enabled) {
        await client.send(new sdk.AdminDisableUserCommand({ UserPoolId: userPoolId, Username: id }));
        // Ends their sessions too: no new tokens from refresh tokens already issued.
        await client.send(new sdk.AdminUserGlobalSignOutCommand({ UserPoolId: userPoolId, Username: id }));
      }
      const after = account({ ...found.user, Enabled: access.enabled }, groups);
      await audit(before, after, actor);
      return after;
    },
  };
}
