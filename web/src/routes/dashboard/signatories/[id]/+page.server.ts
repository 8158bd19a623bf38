import { exactOrPublic } from '#lib/server/board-overview.ts';
import { loadExactSignatoryReport } from '#lib/server/signatory-report.ts';
import type { PageServerLoad } from './$types';

/** Exact figures for board admins and the signatory's own editors; the query sends anyone else to the public page. */
export const load: PageServerLoad = ({ params, url }) =>
  exactOrPublic(
    () => loadExactSignatoryReport(params.id, url),
    `/public/${encodeURIComponent(params.id)}${url.search}`,
  );
