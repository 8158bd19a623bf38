/**
 * The board overview's rows as a CSV file, with exact figures, for the period, sector and
 * order the page shows. The API decides who may read exact figures from the person's
 * token; anyone it refuses is sent to the public overview, whose file is open data.
 */
import { exactFile } from '#lib/server/exact-file.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
  exactFile('/api/v1/metrics/partnership.csv', url, ['period', 'sector', 'sort', 'order'], '/public');
