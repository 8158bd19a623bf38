/**
 * The people who can sign in. In AWS they live in the Cognito user pool, managed in the
 * AWS console; locally the seeded demo accounts are listed, and cannot be changed.
 */
import { requireRole } from '#lib/server/guard.ts';
import { cognitoFromEnv, usersConsoleUrl } from '#lib/server/cognito.ts';
import { loadSignatories } from '#lib/server/partnership.ts';
import { signInMethod } from '#lib/server/sign-in.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  requireRole(locals, ['board-admin']);
  const cognito = cognitoFromEnv();
  if (cognito) return { source: 'cognito' as const, consoleUrl: usersConsoleUrl(cognito), accounts: [] };
  const [method, signatories] = await Promise.all([signInMethod(), loadSignatories()]);
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  return {
    source: method.kind === 'demo' ? ('demo' as const) : ('none' as const),
    consoleUrl: undefined,
    accounts:
      method.kind === 'demo'
        ? method.accounts.map((a) => ({ ...a, organisation: a.signatoryId ? names.get(a.signatoryId) : undefined }))
        : [],
  };
};
