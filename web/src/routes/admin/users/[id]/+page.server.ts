/** Changing what someone may do: their role, organisation, and whether they can sign in at all. */
import { redirect } from '@sveltejs/kit';
import type { UserAccount } from '@equal-partners/shared';
import { rawValues } from '#lib/forms/read-form.ts';
import { read } from '#lib/server/api.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadSignatories, signatoryOptions } from '#lib/server/partnership.ts';
import { changeAccess, roleOptions } from '#lib/server/user-form.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  const me = requireAllowed(locals, ['update', 'user']);
  const [{ body: account }, signatories] = await Promise.all([
    read<UserAccount>(`/api/v1/users/${encodeURIComponent(params.id)}`),
    loadSignatories(),
  ]);
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
