/**
 * A kind's template in the page's language (docs/decisions/0405): `activities.xlsx` (the
 * sheet with an example row, and the allowed values on a second sheet), `activities.csv`
 * and `activities-allowed-values.csv`; the same for `loops`. An editor's template offers
 * their own organisation.
 */
import { error } from '@sveltejs/kit';
import { requireAllowed } from '#lib/server/guard.ts';
import { requestText } from '#lib/server/text.ts';
import { sheetColumns, sheetKinds } from '#lib/server/spreadsheet/sheet-columns.ts';
import { importerOf, loadSheetContext, sheetResponse } from '#lib/server/spreadsheet/sheet-import.ts';
import { allowedSheet, templateSheets } from '#lib/server/spreadsheet/sheet-templates.ts';
import { writeSheets } from '#lib/server/spreadsheet/sheet-write.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
  const user = requireAllowed(locals, ['create', 'activity']);
  const [, kindName, allowed, format] = /^([a-z]+)(-allowed-values)?\.(xlsx|csv)$/.exec(params.file) ?? [];
  const kind = sheetKinds.find((k) => k === kindName);
  if (!kind || !format || (allowed && format !== 'csv')) error(404, requestText().t('error.notFound.title'));
  const text = requestText();
  const context = await loadSheetContext();
  const columns = sheetColumns(kind, context);
  const importer = importerOf(user);
  const sheets = allowed
    ? [allowedSheet(kind, columns, context, importer, text)]
    : templateSheets(kind, columns, context, importer, text, new Date());
  const name = text.t(allowed ? `sheet.fileName.allowed.${kind}` : `sheet.fileName.template.${kind}`);
  return sheetResponse(
    await writeSheets(format as 'xlsx' | 'csv', sheets),
    format as 'xlsx' | 'csv',
    `${name}.${format}`,
  );
};
