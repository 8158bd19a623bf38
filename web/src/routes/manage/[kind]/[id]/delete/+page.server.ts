/**
 * "Are you sure?" before deleting an activity, feedback loop or assessment, in the GOV.UK
 * pattern: the page names the record, the button deletes it. The API decides who may
 * delete what and checks the record has not changed since the page was read (If-Match).
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { t } from '#lib/i18n/index.ts';
import { read, send } from '#lib/server/api.ts';
import { requireAllowed } from '#lib/server/guard.ts';
import { deletableKind } from '#lib/server/record-deletion.ts';
import type { Actions, PageServerLoad } from './$types';

function kindOf(params: { kind: string }) {
  const kind = deletableKind(params.kind);
  if (!kind) error(404, t('delete.notFound'));
  return kind;
}

export const load: PageServerLoad = async ({ locals, params }) => {
  const kind = kindOf(params);
  requireAllowed(locals, ['delete', kind.resource]);
  const { body, version } = await read<never>(`${kind.collection}/${encodeURIComponent(params.id)}`);
  return { what: kind.describe(body), version, back: `/manage/${params.kind}/${encodeURIComponent(params.id)}` };
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    const kind = kindOf(params);
    requireAllowed(locals, ['delete', kind.resource]);
    const form = await request.formData();
    const version = Number(form.get('version'));
    const what = String(form.get('what') ?? '');
    const result = await send(`${kind.collection}/${encodeURIComponent(params.id)}`, {
      method: 'DELETE',
      ...(Number.isInteger(version) && version > 0 ? { version } : {}),
    });
    if (!result.ok) {
      const problem = result.status === 412 ? t('delete.changed') : result.problem.detail;
      return fail(result.status, { problem });
    }
    redirect(303, `${kind.list}?${new URLSearchParams({ deleted: what })}`);
  },
};
