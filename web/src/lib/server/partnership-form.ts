/**
 * Forms that change the partnership (its charter's principles, its group taxonomy, its
 * settings): for lists, a table of rows, each editable or marked for removal, and one
 * blank row to add.
 * The whole partnership is replaced with the version read, so a change made by
 * someone else in the meantime is never overwritten.
 */
import { fail } from '@sveltejs/kit';
import { partnership as partnershipSchema, type Partnership } from '@equal-partners/shared';
import type { PartnershipView } from '@equal-partners/functions/partnership/partnership-queries';
import { issueErrors, type Issue } from '#lib/forms/field-errors.ts';
import type { FieldError, FormValues } from '#lib/forms/form-values.ts';
import { requestLocale, t } from '#lib/server/text.ts';
import { replacePartnership } from '@equal-partners/functions/partnership/partnership-queries';
import { attempt } from './queries.ts';
import { refusal, type Saved } from './record-forms.ts';

export interface Row {
  /** The row's position on the page, which names its fields (`principles.3.title`). */
  index: number;
  value(field: string): string;
  removed: boolean;
  blank: boolean;
}

/** The rows of a table named `prefix`, as submitted. */
export function rowsOf(values: FormValues, prefix: string, fields: readonly string[]): Row[] {
  const indexes = new Set<number>();
  for (const name of Object.keys(values)) {
    const match = new RegExp(`^${prefix}\\.(\\d+)\\.`).exec(name);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => {
      const value = (field: string) => String(values[`${prefix}.${index}.${field}`] ?? '').trim();
      return {
        index,
        value,
        removed: value('remove') === 'yes',
        blank: fields.every((f) => value(f) === ''),
      };
    });
}

/** The partnership as the API takes it: without the stored fields and the demo label. */
export function partnershipInput(view: PartnershipView): Partnership {
  return { name: view.name, area: view.area, charter: view.charter, groups: view.groups, settings: view.settings };
}

/**
 * Validates the changed partnership and replaces it. `kept` lists the page's row index
 * of each item kept, so an issue about the n-th item names the row it came from.
 */
export async function savePartnership(
  changed: Partnership,
  options: {
    values: FormValues;
    version: number | undefined;
    /** The list the form edits, if any, and the page's row index of each item kept. */
    list?: 'principles' | 'groups';
    kept?: readonly number[];
    fields: readonly string[];
    labelOf(field: string): string;
    requiredOf(field: string): string | undefined;
    errors?: FieldError[];
  },
): Promise<Saved<Partnership>> {
  const { values, list, kept = [], fields } = options;
  const toRow = (path: readonly PropertyKey[]): PropertyKey[] => {
    const at = path[0] === 'charter' ? path.slice(1) : path;
    if (list !== undefined && at[0] === list && typeof at[1] === 'number')
      return [list, kept[at[1]] ?? at[1], ...at.slice(2)];
    return [...at];
  };
  const parsed = partnershipSchema.safeParse(changed);
  const errors = [
    ...(options.errors ?? []),
    ...(parsed.success
      ? []
      : issueErrors(
          parsed.error.issues.map((issue): Issue => ({ ...issue, path: toRow(issue.path) })),
          fields,
          values,
          options,
          requestLocale(),
        )),
  ].filter((error, i, all) => all.findIndex((e) => e.field === error.field) === i);
  if (errors.length > 0) {
    errors.sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field));
    return { ok: false, failure: fail(400, { values, errors }) };
  }
  const result = await attempt(replacePartnership, { body: changed, expectedVersion: options.version });
  if (result.ok) return { ok: true, record: result.value.partnership, version: result.value.version };
  return { ok: false, failure: refusal(result.problem, values, fields, t('partnership.noun')) };
}

/** Errors for ids used twice in a list. */
export function duplicateIds(rows: readonly Row[], list: string): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const row of rows) {
    const id = row.value('id');
    if (id && seen.has(id))
      errors.push({ field: `${list}.${row.index}.id`, message: t('partnership.error.duplicateId', { id }) });
    seen.add(id);
  }
  return errors;
}
