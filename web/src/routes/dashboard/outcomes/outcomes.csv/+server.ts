/**
 * One table of the outcomes page (`table=organisations`, `stages` or `months`) as a CSV
 * file of exact counts, for the period the page shows. Only those who may read every
 * signatory's exact figures get it (a 403 otherwise); no shared cache keeps it.
 */
import { csvFile, csvHeaders } from '@equal-partners/functions/reports/report-queries';
import { outcomeTables, outcomesCsv, type OutcomeTable } from '#lib/dashboard/outcome-tables.ts';
import { loadOutcomes } from '#lib/server/outcomes.ts';
import { requestText } from '#lib/server/text.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, url }) => {
  const asked = url.searchParams.get('table');
  const table: OutcomeTable = (outcomeTables as readonly (string | null)[]).includes(asked)
    ? (asked as OutcomeTable)
    : 'organisations';
  const { report, period } = await loadOutcomes(locals, url);
  const file = csvFile(
    `${report.partnership.name} ${report.period.key} outcomes by ${table} exact figures`,
    outcomesCsv(requestText(), report, table, period),
  );
  return new Response(file.text, { headers: { ...csvHeaders(file), 'cache-control': 'private, no-store' } });
};
