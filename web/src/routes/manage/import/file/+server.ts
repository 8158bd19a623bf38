/**
 * A person's file given back with the references the import filled in (docs/decisions/0405),
 * from the import page's form: the file it carries is read again as an upload is (so this
 * answers only a spreadsheet the import can read) and sent back as a download.
 */
import { error } from '@sveltejs/kit';
import { requireAllowed } from '#lib/server/guard.ts';
import { requestText } from '#lib/server/text.ts';
import { FileProblem, formatOf, readSheetFile } from '#lib/server/spreadsheet/sheet-file.ts';
import { baseName, fileMessage, sheetResponse, unpackFile } from '#lib/server/spreadsheet/sheet-import.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ locals, request }) => {
  requireAllowed(locals, ['create', 'activity']);
  const form = await request.formData();
  const fileName = String(form.get('fileName') ?? '');
  const format = formatOf(fileName);
  try {
    const bytes = unpackFile(form.get('file'));
    await readSheetFile(fileName, bytes);
    if (!format) throw new FileProblem('wrong-type');
    const name = `${baseName(fileName)}-${requestText().t('sheet.fileName.withReferences')}.${format}`;
    return sheetResponse(bytes, format, name);
  } catch (caught) {
    if (caught instanceof FileProblem) error(400, fileMessage(caught));
    throw caught;
  }
};
