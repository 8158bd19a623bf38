/**
 * The forms that let someone sign in and change what they may do: the values a board
 * admin submits, checked with the API's own schemas, then run through the account queries
 * as the signed-in person.
 */
import { belongsToASignatory, roles, userAccess, userInvite } from '@equal-partners/shared';
import { inviteUser as invite, setUserAccess } from '@equal-partners/functions/identity/user-queries';
import type { FormValues } from '#lib/forms/form-values.ts';
import { t } from '#lib/server/text.ts';
import { attempt } from './queries.ts';
import { checkRecord, refusal, requiredMessages } from './record-forms.ts';

const labelOf = (field: string) => t(`user.field.${field as 'email'}`);
const text = (values: FormValues, name: string) => String(values[name] ?? '').trim();

/** The organisation only when the role acts for one: a board admin's or a commissioner's is ignored. */
function access(values: FormValues) {
  const role = text(values, 'role');
  const signatoryId = text(values, 'signatoryId');
  return { role, ...(belongsToASignatory(role) && signatoryId ? { signatoryId } : {}) };
}

export const roleOptions = () => roles.map((r) => ({ value: r, label: t(`role.${r}`), hint: t(`user.roleHint.${r}`) }));

export async function inviteUser(values: FormValues) {
  const fields = ['email', 'role', 'signatoryId'];
  const body = { email: text(values, 'email'), ...access(values) };
  const invalid = checkRecord(
    { schema: userInvite, fields, labelOf, requiredOf: requiredMessages('user') },
    body,
    values,
  );
  if (invalid) return { ok: false as const, failure: invalid };
  const result = await attempt(invite, { body });
  if (!result.ok) return { ok: false as const, failure: refusal(result.problem, values, fields, t('user.noun')) };
  return { ok: true as const, account: result.value };
}

export async function changeAccess(id: string, values: FormValues) {
  const fields = ['role', 'signatoryId', 'enabled'];
  const enabled = text(values, 'enabled');
  const body = { ...access(values), ...(enabled ? { enabled: enabled === 'yes' } : {}) };
  const invalid = checkRecord(
    { schema: userAccess, fields, labelOf, requiredOf: requiredMessages('user') },
    body,
    values,
  );
  if (invalid) return { ok: false as const, failure: invalid };
  const result = await attempt(setUserAccess, { id, body });
  if (!result.ok) return { ok: false as const, failure: refusal(result.problem, values, fields, t('user.noun')) };
  return { ok: true as const, account: result.value };
}
