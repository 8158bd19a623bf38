/**
 * Where an import stands (docs/decisions/0113): the page the import form links to when the
 * import has not finished by the time it answers. It refreshes itself (a meta refresh, so
 * it works without JavaScript) until the import is complete or has failed.
 */
import { importStatus } from '@equal-partners/functions/imports/import-queries';
import { requireAllowed } from '#lib/server/guard.ts';
import { ask } from '#lib/server/queries.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
  requireAllowed(locals, ['create', 'activity']);
  return { status: await ask(importStatus, { id: params.id }) };
};
