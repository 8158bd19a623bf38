/**
 * "Are you sure?" before deleting an activity, feedback loop or assessment, in the GOV.UK
 * pattern: the page names the record, the button deletes it. The record's delete query
 * decides who may delete what and checks the record has not changed since the page was read.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { problemDetail, t } from '#lib/server/text.ts';
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
  const { what, version } = await kind.read(params.id);
  return { what, version, back: `/manage/${params.kind}/${encodeURIComponent(params.id)}` };
};

export const actions: Actions = {
  default: async ({ locals, params, request }) => {
    const kind = kindOf(params);
    requireAllowed(locals, ['delete', kind.resource]);
    const form = await request.formData();
    const version = Number(form.get('version'));
    const what = String(form.get('what') ?? '');
    const result = await kind.delete(params.id, Number.isInteger(version) && version > 0 ? version : undefined);
    if (!result.ok) {
      const problem = result.status === 412 ? t('delete.changed') : problemDetail(result.problem);
      return fail(result.status, { problem });
    }
    redirect(303, `${kind.list}?${new URLSearchParams({ deleted: what })}`);
  },
};
