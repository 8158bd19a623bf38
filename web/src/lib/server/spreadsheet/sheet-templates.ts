/**
 * The spreadsheets the pages give out (docs/decisions/0405): a kind's template (the
 * headings in the page's language, an example row to replace, and the allowed values of
 * every column), and the records of a list written the same way, so a corrected export
 * imports back. A record's row is what reading it back gives again: choices by their
 * label, organisations by their name, yes and no, dates as dates.
 */
import { addDays, dayOf } from '@equal-partners/shared';
import type { AppText, MessageKey } from '#lib/i18n/index.ts';
import type { Importer } from './sheet-rows.ts';
import type { SheetColumn, SheetContext, SheetKind } from './sheet-columns.ts';
import type { OutCell, OutSheet } from './sheet-write.ts';

const fieldOf = (record: Record<string, unknown>, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
    record,
  );

/** A field's value as its column writes it. */
function cellOf(value: unknown, column: SheetColumn, context: SheetContext, text: AppText): OutCell {
  if (column.type === 'yes-no') return text.t(value === true ? 'sheet.yes' : 'sheet.no');
  if (value === undefined || value === null) return null;
  const label = (v: unknown) => column.choices?.find((c) => c.value === v)?.labels[text.locale] ?? String(v);
  switch (column.type) {
    case 'organisation':
      return context.signatories.find((s) => s.id === value)?.name ?? String(value);
    case 'date':
      return { day: String(value) };
    case 'count':
      return typeof value === 'number' ? value : null;
    case 'choice':
      return label(value);
    case 'choices':
    case 'references':
      return Array.isArray(value) && value.length > 0
        ? value.map(column.type === 'choices' ? label : String).join('; ')
        : null;
    default:
      return String(value);
  }
}

/** A record as a row of its kind's spreadsheet. */
export function recordRow(
  record: Record<string, unknown>,
  columns: readonly SheetColumn[],
  context: SheetContext,
  text: AppText,
): OutCell[] {
  return columns.map((column) => cellOf(fieldOf(record, column.path), column, context, text));
}

/** What to enter in a column, for the allowed values and the headings' notes. */
function guidance(column: SheetColumn, kind: SheetKind, importer: Importer, text: AppText): string {
  if (column.type === 'organisation' && importer.signatoryId) return text.t('sheet.what.ownOrganisation');
  if (column.type === 'reference') return text.t(`sheet.what.reference.${kind}`);
  return text.t(`sheet.what.${column.type}` as MessageKey);
}

/** The allowed values: a row for each column (required or not, what to enter), then one row for each value it accepts. */
export function allowedSheet(
  kind: SheetKind,
  columns: readonly SheetColumn[],
  context: SheetContext,
  importer: Importer,
  text: AppText,
): OutSheet {
  const rows: OutCell[][] = [];
  for (const column of columns) {
    const values =
      column.type === 'organisation'
        ? context.signatories.filter((s) => !importer.signatoryId || s.id === importer.signatoryId).map((s) => s.name)
        : column.type === 'yes-no'
          ? [text.t('sheet.yes'), text.t('sheet.no')]
          : (column.choices ?? []).map((choice) => choice.labels[text.locale]);
    const required = column.required && column.type !== 'reference' && column.type !== 'yes-no';
    rows.push([
      column.headings[text.locale],
      text.t(required ? 'sheet.yes' : 'sheet.no'),
      guidance(column, kind, importer, text),
      values[0] ?? null,
    ]);
    for (const value of values.slice(1)) rows.push([null, null, null, value]);
  }
  return {
    name: text.t('sheet.name.allowed'),
    headings: [
      text.t('sheet.allowed.column'),
      text.t('sheet.allowed.required'),
      text.t('sheet.allowed.what'),
      text.t('sheet.allowed.values'),
    ],
    rows,
  };
}

/** The template's example row, as a record: a recent, plausible record to replace. */
function exampleRecord(
  kind: SheetKind,
  context: SheetContext,
  importer: Importer,
  text: AppText,
  today: Date,
): Record<string, unknown> {
  const signatoryId = importer.signatoryId ?? context.signatories[0]?.id;
  const day = (daysAgo: number) => addDays(dayOf(today), -daysAgo);
  const principles = context.principles.slice(0, 1).map((p) => p.id);
  if (kind === 'loops') {
    return {
      signatoryId,
      raisedOn: day(30),
      youSaid: text.t('sheet.example.loops.youSaid'),
      weDid: text.t('sheet.example.loops.weDid'),
      status: 'done',
      respondedOn: day(20),
      communicatedOn: day(14),
      outcome: 'service-change',
      principles,
      consentToPublish: false,
    };
  }
  const group = context.groups[0]?.id;
  return {
    signatoryId,
    date: day(7),
    title: text.t('sheet.example.activities.title'),
    publicSummary: text.t('sheet.example.activities.publicSummary'),
    audience: ['children', 'parents-carers'],
    channel: 'workshop',
    setting: 'community',
    stage: 'design',
    level: 'co-designing',
    lundy: { space: true, voice: true, audience: true, influence: false },
    principles,
    participants: { total: 14, firstTime: 5, demographicsRecorded: 12, groups: group ? { [group]: 3 } : {} },
    adjustments: ['childcare'],
    experience: { responses: 10, feltListened: 9, knowWhatHappensNext: 7 },
  };
}

/** The sheet of a kind's records: the headings in the page's language, and a row for each record. */
export function recordsSheet(
  kind: SheetKind,
  columns: readonly SheetColumn[],
  records: readonly Record<string, unknown>[],
  context: SheetContext,
  importer: Importer,
  text: AppText,
): OutSheet {
  return {
    name: text.t(`sheet.name.${kind}`),
    headings: columns.map((column) => column.headings[text.locale]),
    notes: columns.map((column) => guidance(column, kind, importer, text)),
    rows: records.map((record) => recordRow(record, columns, context, text)),
  };
}

/**
 * A kind's template: its sheet with the example row, and the allowed values.
 * @example templateSheets('activities', columns, context, {}, appText('cy'), new Date())[0].headings[1] // 'Sefydliad'
 */
export function templateSheets(
  kind: SheetKind,
  columns: readonly SheetColumn[],
  context: SheetContext,
  importer: Importer,
  text: AppText,
  today: Date,
): [OutSheet, OutSheet] {
  const example = exampleRecord(kind, context, importer, text, today);
  return [
    recordsSheet(kind, columns, [example], context, importer, text),
    allowedSheet(kind, columns, context, importer, text),
  ];
}
