/** API keys for signatories' systems: issue one (its key is shown once, on the page that issued it), list, revoke. */
import { fail } from '@sveltejs/kit';
import { apiKeyRequest } from '@equal-partners/shared';
import { issueApiKey, listApiKeys, revokeApiKey } from '@equal-partners/functions/identity/api-key-queries';
import { rawValues } from '#lib/forms/read-form.ts';
import { problemDetail, t } from '#lib/server/text.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { loadSignatories, signatoryOptions } from '#lib/server/partnership.ts';
import { ask, attempt } from '#lib/server/queries.ts';
import { checkRecord, refusal, requiredMessages } from '#lib/server/record-forms.ts';
import type { Actions, PageServerLoad } from './$types';

const fields = ['signatoryId', 'label'];
const labelOf = (field: string) => t(`apiKey.field.${field as 'label'}`);

export const load: PageServerLoad = async ({ locals, url }) => {
  requireAllowed(locals, ['create', 'api-key']);
  const [{ items }, signatories] = await Promise.all([ask(listApiKeys, {}), loadSignatories()]);
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  return {
    revoked: url.searchParams.get('revoked'),
    organisations: signatoryOptions(signatories),
    keys: items
      .sort((a, b) => Number(a.revoked) - Number(b.revoked) || b.createdAt.localeCompare(a.createdAt))
      .map((k) => ({ ...k, organisation: names.get(k.signatoryId) ?? k.signatoryId })),
  };
};

export const actions: Actions = {
  issue: async ({ locals, request }) => {
    requireAllowed(locals, ['create', 'api-key']);
    const values = rawValues(await request.formData());
    const body = { signatoryId: String(values.signatoryId ?? ''), label: String(values.label ?? '') };
    const invalid = checkRecord(
      { schema: apiKeyRequest, fields, labelOf, requiredOf: requiredMessages('apiKey') },
      body,
      values,
    );
    if (invalid) return invalid;
    const result = await attempt(issueApiKey, { body });
    if (!result.ok) return refusal(result.problem, values, fields, t('apiKey.noun'));
    // The key is in this response only: it is shown once and never stored by the page.
    return {
      values: {},
      errors: [],
      issued: { key: result.value.key, prefix: result.value.prefix, label: result.value.label },
    };
  },
  /** Revoking cannot be undone: the first press asks to confirm, the second revokes. */
  revoke: async ({ locals, request }) => {
    requireAllowed(locals, ['create', 'api-key']);
    const form = await request.formData();
    const prefix = String(form.get('prefix') ?? '');
    if (form.get('confirmed') !== 'yes') return { values: {}, errors: [], confirming: prefix };
    const result = await attempt(revokeApiKey, { prefix });
    if (!result.ok) return fail(result.status, { values: {}, errors: [], problem: problemDetail(result.problem) });
    return { values: {}, errors: [], revoked: prefix };
  },
};
