/**
 * The activity or loop list as a spreadsheet (docs/decisions/0405): `activities.xlsx`,
 * `activities.csv`, `loops.xlsx` or `loops.csv`, with the list's filters (how far back, which
 * organisation) and every page of it, in the template's columns and the page's language,
 * so a corrected file imports back: rows left as they were are reported unchanged.
 */
import { error } from '@sveltejs/kit';
import { activityQueries } from '@equal-partners/functions/activities/activity-queries';
import { maxImportRows } from '@equal-partners/functions/imports/csv-import-queries';
import { loopQueries } from '@equal-partners/functions/loops/loop-queries';
import { requireAllowed } from '#lib/server/guard.ts';
import { listFilters, listInput } from '#lib/server/list-filters.ts';
import { askAll } from '#lib/server/queries.ts';
import { requestText } from '#lib/server/text.ts';
import { sheetColumns, sheetKinds } from '#lib/server/spreadsheet/sheet-columns.ts';
import { importerOf, loadSheetContext, sheetResponse } from '#lib/server/spreadsheet/sheet-import.ts';
import { allowedSheet, recordsSheet } from '#lib/server/spreadsheet/sheet-templates.ts';
import { writeSheets } from '#lib/server/spreadsheet/sheet-write.ts';
import type { RequestHandler } from './$types';

/** Records newest first, as the list shows them. */
const newestFirst = (records: Record<string, unknown>[], field: string) =>
  records.sort((a, b) => String(b[field]).localeCompare(String(a[field])) || String(b.id).localeCompare(String(a.id)));

export const GET: RequestHandler = async ({ locals, params, url }) => {
  const [, kindName, format] = /^([a-z]+)\.(xlsx|csv)$/.exec(params.file) ?? [];
  const kind = sheetKinds.find((k) => k === kindName);
  if (!kind || (format !== 'xlsx' && format !== 'csv')) error(404, requestText().t('error.notFound.title'));
  const user = requireAllowed(locals, ['update', kind === 'loops' ? 'loop' : 'activity']);
  const input = { ...listInput(listFilters(url, user)), order: 'desc' as const };
  const pages = Math.ceil(maxImportRows / 200);
  const records =
    kind === 'loops'
      ? newestFirst(await askAll(loopQueries.list, input, pages), 'raisedOn')
      : newestFirst(await askAll(activityQueries.list, input, pages), 'date');
  const text = requestText();
  const context = await loadSheetContext();
  const columns = sheetColumns(kind, context);
  const importer = importerOf(user);
  const sheet = recordsSheet(kind, columns, records, context, importer, text);
  const sheets = format === 'xlsx' ? [sheet, allowedSheet(kind, columns, context, importer, text)] : [sheet];
  return sheetResponse(
    await writeSheets(format, sheets),
    format,
    `${text.t(`sheet.fileName.export.${kind}`)}.${format}`,
  );
};
