/**
 * The population baseline form. Group shares are entered as percentages, as published
 * figures are ("5.3% of pupils have an EHC plan"), and stored as the schema's 0 to 1.
 */
import { csvColumns, populationBaselineInput, type Partnership, type PopulationBaseline } from '@equal-partners/shared';
import { fail } from '@sveltejs/kit';
import type { FieldError, FormValues } from '#lib/forms/form-values.ts';
import { formToRecord } from '#lib/forms/read-form.ts';
import { has, t } from '#lib/server/text.ts';
import { baselineQueries } from '@equal-partners/functions/partnership/baseline-queries';
import { attempt } from './queries.ts';
import { checkRecord, refusal, requiredMessages, type Saved } from './record-forms.ts';

function columnsOf(partnership: Partnership) {
  return csvColumns(populationBaselineInput, { groupShares: partnership.groups.map((g) => g.id) });
}

function labeller(partnership: Partnership) {
  return (field: string) => {
    const key = `baseline.field.${field}`;
    if (has(key)) return t(key);
    const group = partnership.groups.find((g) => `groupShares.${g.id}` === field);
    return group ? t('baseline.shareOf', { group: group.label }) : field;
  };
}

/** The form values of a stored baseline, shares as percentages. */
export function baselineValues(baseline: PopulationBaseline, partnership: Partnership): FormValues {
  const values: FormValues = {};
  for (const column of columnsOf(partnership)) {
    let value: unknown = baseline;
    for (const key of column.path) value = (value as Record<string, unknown> | undefined)?.[key];
    if (typeof value !== 'number' && typeof value !== 'string') continue;
    values[column.name] = column.name.startsWith('groupShares.')
      ? String(Math.round(Number(value) * 10_000) / 100)
      : String(value);
  }
  return values;
}

export async function saveBaseline(
  values: FormValues,
  partnership: Partnership,
  options: { year?: number; version?: number | undefined } = {},
): Promise<Saved<PopulationBaseline>> {
  const columns = columnsOf(partnership);
  const fields = columns.map((c) => c.name);
  const labelOf = labeller(partnership);
  const record = formToRecord(values, columns) as { year?: unknown; groupShares?: Record<string, unknown> };
  if (options.year !== undefined) record.year = options.year;
  const errors: FieldError[] = [];
  const shares: Record<string, unknown> = {};
  for (const [group, share] of Object.entries(record.groupShares ?? {})) {
    if (typeof share !== 'number' || share < 0 || share > 100) {
      errors.push({
        field: `groupShares.${group}`,
        message: t('baseline.error.share', { label: labelOf(`groupShares.${group}`) }),
      });
    } else shares[group] = share / 100;
  }
  record.groupShares = shares;
  const invalid = checkRecord(
    { schema: populationBaselineInput, fields, labelOf, requiredOf: requiredMessages('baseline') },
    record,
    values,
  );
  if (errors.length > 0 || invalid) {
    const all = [...(invalid?.data.errors ?? []).filter((e) => !errors.some((x) => x.field === e.field)), ...errors];
    all.sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field));
    return { ok: false, failure: fail(400, { values, errors: all }) };
  }
  const result =
    options.year !== undefined
      ? await attempt(baselineQueries.replace, {
          id: String(options.year),
          body: record,
          expectedVersion: options.version,
        })
      : await attempt(baselineQueries.create, { body: record });
  if (result.ok) return { ok: true, ...result.value };
  return { ok: false, failure: refusal(result.problem, values, fields, t('baseline.noun')) };
}
