/**
 * A signatory's figures month by month as a CSV file, with exact figures, for the period
 * the page shows. The API decides who may read them from the person's token; anyone it
 * refuses is sent to the signatory's public page, whose file is open data.
 */
import { exactFile } from '#lib/server/exact-file.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url }) =>
  exactFile(
    `/api/v1/metrics/signatories/${encodeURIComponent(params.id)}/months.csv`,
    url,
    ['period'],
    `/public/${encodeURIComponent(params.id)}`,
  );
