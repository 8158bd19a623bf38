/**
 * The people who can sign in, and adding someone: in AWS the accounts are Cognito's (the
 * new person gets an e-mail with a temporary password); locally they sign in from the
 * sign-in page. Everything goes through the account queries, as the API's `/api/v1/users` does.
 */
import { listUsers } from '@equal-partners/functions/identity/user-queries';
import { rawValues } from '#lib/forms/read-form.ts';
import { cognitoFromEnv } from '#lib/server/cognito.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadSignatories, signatoryOptions } from '#lib/server/partnership.ts';
import { ask } from '#lib/server/queries.ts';
import { inviteUser, roleOptions } from '#lib/server/user-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const me = requireAllowed(locals, ['update', 'user']);
  const [{ items }, signatories] = await Promise.all([ask(listUsers, undefined), loadSignatories()]);
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  return {
    source: cognitoFromEnv() ? ('cognito' as const) : ('local' as const),
    saved: url.searchParams.get('saved'),
    roles: roleOptions(),
    organisations: signatoryOptions(signatories),
    accounts: items.map((a) => ({
      ...a,
      organisation: a.signatoryId ? (names.get(a.signatoryId) ?? a.signatoryId) : undefined,
      isMe: a.id === me.id,
    })),
  };
};

export const actions: Actions = {
  add: async ({ locals, request }) => {
    requireAllowed(locals, ['update', 'user']);
    const values = rawValues(await request.formData());
    const added = await inviteUser(values);
    if (!added.ok) return added.failure;
    return { values: {}, errors: [], added: added.account.email };
  },
};
