/**
 * A stand-in for Cognito's user pool API on a free port, for tests: the AWS SDK talks to
 * it over HTTP exactly as it would to Cognito (the JSON 1.1 protocol), so the requests
 * the directory sends are serialised and answered for real. Only the operations the
 * directory uses are implemented, with Cognito's error names.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { roles } from '@equal-partners/shared';

export interface FakeUser {
  sub: string;
  email: string;
  enabled: boolean;
  status: 'FORCE_CHANGE_PASSWORD' | 'CONFIRMED';
  groups: Set<string>;
  signedOut: number;
}

export interface FakeUserPool {
  endpoint: string;
  userPoolId: string;
  users: Map<string, FakeUser>;
  groups: Set<string>;
  /** Every operation called, in order. */
  calls: string[];
  close(): Promise<void>;
}

type Body = Record<string, unknown>;
class CognitoError extends Error {
  readonly type: string;
  constructor(type: string) {
    super(type);
    this.type = type;
  }
}

export async function startFakeUserPool(): Promise<FakeUserPool> {
  const userPoolId = 'eu-west-2_FakePool';
  const users = new Map<string, FakeUser>();
  const groups = new Set<string>(roles);
  const calls: string[] = [];
  const find = (username: unknown) => {
    const user = users.get(String(username)) ?? [...users.values()].find((u) => u.email === username);
    if (!user) throw new CognitoError('UserNotFoundException');
    return user;
  };
  const attributes = (u: FakeUser) => [
    { Name: 'sub', Value: u.sub },
    { Name: 'email', Value: u.email },
  ];
  const summary = (u: FakeUser) => ({
    Username: u.sub,
    Attributes: attributes(u),
    Enabled: u.enabled,
    UserStatus: u.status,
  });
  const operations: Record<string, (body: Body) => Body> = {
    ListUsers: (body) => {
      const all = [...users.values()];
      const start = Number(body.PaginationToken ?? 0);
      const limit = Number(body.Limit ?? 60);
      const next = start + limit < all.length ? String(start + limit) : undefined;
      return { Users: all.slice(start, start + limit).map(summary), ...(next ? { PaginationToken: next } : {}) };
    },
    AdminGetUser: (body) => {
      const { Attributes, ...rest } = summary(find(body.Username));
      return { ...rest, UserAttributes: Attributes };
    },
    AdminListGroupsForUser: (body) => ({ Groups: [...find(body.Username).groups].map((GroupName) => ({ GroupName })) }),
    AdminCreateUser: (body) => {
      const email = String(body.Username);
      if ([...users.values()].some((u) => u.email === email)) throw new CognitoError('UsernameExistsException');
      const user: FakeUser = {
        sub: randomUUID(),
        email,
        enabled: true,
        status: 'FORCE_CHANGE_PASSWORD',
        groups: new Set(),
        signedOut: 0,
      };
      users.set(user.sub, user);
      return { User: summary(user) };
    },
    CreateGroup: (body) => {
      const name = String(body.GroupName);
      if (groups.has(name)) throw new CognitoError('GroupExistsException');
      groups.add(name);
      return { Group: { GroupName: name } };
    },
    AdminAddUserToGroup: (body) => {
      if (!groups.has(String(body.GroupName))) throw new CognitoError('ResourceNotFoundException');
      find(body.Username).groups.add(String(body.GroupName));
      return {};
    },
    AdminRemoveUserFromGroup: (body) => {
      find(body.Username).groups.delete(String(body.GroupName));
      return {};
    },
    AdminDisableUser: (body) => {
      find(body.Username).enabled = false;
      return {};
    },
    AdminEnableUser: (body) => {
      find(body.Username).enabled = true;
      return {};
    },
    AdminUserGlobalSignOut: (body) => {
      find(body.Username).signedOut += 1;
      return {};
    },
  };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      calls.push(operation);
      const reply = (status: number, body: Body) =>
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(body));
      try {
        const body = JSON.parse(raw || '{}') as Body;
        if (body.UserPoolId !== userPoolId) throw new CognitoError('ResourceNotFoundException');
        const handler = operations[operation];
        if (!handler) throw new CognitoError('UnsupportedOperationException');
        reply(200, handler(body));
      } catch (error) {
        const type = error instanceof CognitoError ? error.type : 'InternalErrorException';
        reply(400, { __type: type, message: type });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    userPoolId,
    users,
    groups,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
