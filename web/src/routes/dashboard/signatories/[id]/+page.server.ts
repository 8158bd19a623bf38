import { exactOrPublic } from '#lib/server/board-overview.ts';
import { loadSignatoryReport } from '#lib/server/signatory-report.ts';
import type { PageServerLoad } from './$types';

/** Exact figures for board admins and the signatory's own editors; the API sends anyone else to the public page. */
export const load: PageServerLoad = ({ params, url }) =>
  exactOrPublic(
    () => loadSignatoryReport(params.id, url, 'exact'),
    `/public/${encodeURIComponent(params.id)}${url.search}`,
  );
