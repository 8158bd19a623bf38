/**
 * The board overview's rows as a CSV file, with exact figures, for the period, sector and
 * order the page shows. The query decides who may read exact figures; anyone it refuses
 * is sent to the public overview, whose file is open data.
 */
import { partnershipMetricsFile, type PartnershipFiguresInput } from '@equal-partners/functions/reports/report-queries';
import { exactFile, keptParameters } from '#lib/server/exact-file.ts';
import { ask } from '#lib/server/queries.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url }) =>
  exactFile(
    // The query checks each value as the API does (a sector or order it does not know is a 400).
    () =>
      ask(
        partnershipMetricsFile,
        keptParameters(url, ['period', 'sector', 'sort', 'order']) as PartnershipFiguresInput,
      ),
    '/public',
  );
