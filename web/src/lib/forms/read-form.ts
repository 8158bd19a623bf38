/**
 * Turns a submitted form into the record the API takes, through the same columns the
 * CSV import uses (`csvColumns` walks the record's schema): dotted names for nested
 * fields, a value per checkbox for lists, yes or no for single checkboxes. And back:
 * a stored record into the values a form starts with.
 */
import { rowToRecord, type CsvColumn } from '@equal-partners/shared';
import type { FormValues } from './form-values.ts';

/** Every value submitted, as typed, to show again when there are errors. */
export function rawValues(form: FormData): FormValues {
  const values: FormValues = {};
  for (const name of new Set(form.keys())) {
    const all = form.getAll(name).filter((v): v is string => typeof v === 'string');
    values[name] = all.length > 1 ? all : (all[0] ?? '');
  }
  return values;
}

/** A date entered as day, month and year (the GOV.UK date input) as `YYYY-MM-DD`; blank when all three are. */
export function dateOf(values: FormValues, name: string): string | undefined {
  const part = (p: string) => {
    const value = values[`${name}.${p}`];
    return (typeof value === 'string' ? value : '').trim();
  };
  if (!(`${name}.day` in values)) return undefined;
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (!day && !month && !year) return '';
  // A year of other than four digits stays visibly wrong, so the schema refuses it.
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The form as a CSV-style row: one text per column. */
export function formToRow(values: FormValues, columns: readonly CsvColumn[]): Record<string, string> {
  const row: Record<string, string> = {};
  for (const column of columns) {
    const date = dateOf(values, column.name);
    const value = values[column.name];
    if (date !== undefined) row[column.name] = date;
    else if (column.leaf === 'list') row[column.name] = (Array.isArray(value) ? value : value ? [value] : []).join(';');
    // An unticked checkbox sends nothing: that is "no".
    else if (column.leaf === 'boolean') row[column.name] = value ? 'yes' : 'no';
    else row[column.name] = Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  }
  return row;
}

/** The record a form describes; empty fields are left out, so the schema's defaults and "optional" apply. */
export function formToRecord(values: FormValues, columns: readonly CsvColumn[]): Record<string, unknown> {
  return rowToRecord(formToRow(values, columns), columns);
}

/** The values a form starts with for a stored record. */
export function recordToValues(record: Record<string, unknown>, columns: readonly CsvColumn[]): FormValues {
  const values: FormValues = {};
  for (const column of columns) {
    let value: unknown = record;
    for (const key of column.path) value = (value as Record<string, unknown> | undefined)?.[key];
    if (value === undefined || value === null) continue;
    if (column.leaf === 'list') values[column.name] = (value as unknown[]).map(String);
    else if (column.leaf === 'boolean') values[column.name] = value === true ? 'yes' : '';
    else values[column.name] = String(value);
  }
  return values;
}
