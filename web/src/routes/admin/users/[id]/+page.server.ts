/** Changing what someone may do: their role, organisation, and whether they can sign in at all. */
import { redirect } from '@sveltejs/kit';
import { readUser } from '@equal-partners/functions/identity/user-queries';
import { rawValues } from '#lib/forms/read-form.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadSignatories, signatoryOptions } from '#lib/server/partnership.ts';
import { ask } from '#lib/server/queries.ts';
import { changeAccess, roleOptions } from '#lib/server/user-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const me = requireAllowed(locals, ['update', 'user']);
  const [account, signatories] = await Promise.all([ask(readUser, { id: params.id }), loadSignatories()]);
  return {
    email: account.email,
    isMe: account.id === me.id,
    roles: roleOptions(),
    organisations: signatoryOptions(signatories),
    values: {
      role: account.role ?? '',
      signatoryId: account.signatoryId ?? '',
      enabled: account.enabled ? 'yes' : 'no',
    },
  };
};

export const actions: Actions = {
  default: async ({ locals, request, params }) => {
    requireAllowed(locals, ['update', 'user']);
    const changed = await changeAccess(params.id, rawValues(await request.formData()));
    if (!changed.ok) return changed.failure;
    redirect(303, `/admin/users?${new URLSearchParams({ saved: changed.account.email })}`);
  },
};
