/**
 * A signatory's figures month by month as a CSV file, with exact figures, for the period
 * the page shows. The query decides who may read them; anyone it refuses is sent to the
 * signatory's public page, whose file is open data.
 */
import { signatoryMonthsFile } from '@equal-partners/functions/reports/report-queries';
import { exactFile, keptParameters } from '#lib/server/exact-file.ts';
import { ask } from '#lib/server/queries.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
  exactFile(
    // The query checks the period as the API does.
    () => ask(signatoryMonthsFile, { ...keptParameters(url, ['period']), id: params.id }),
    `/public/${encodeURIComponent(params.id)}`,
  );
