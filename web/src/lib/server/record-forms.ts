/**
 * The record forms: each is its record's queries (whose schema the API validates with),
 * its fields as the CSV columns derived from that schema, and the label of each field for
 * error messages. Saving runs the record's create or replace query, whose rules,
 * references and authorisation apply as for any API client, and which lists every error
 * of the record at once (docs/decisions/0019); the schema's own errors are worded for
 * people here, in plain English, with the values kept.
 */
import { fail, type ActionFailure } from '@sveltejs/kit';
import {
  activityInput,
  csvColumns,
  feedbackLoopInput,
  signatoryInput,
  type CsvColumn,
  type Partnership,
  type Problem,
} from '@equal-partners/shared';
import { activityQueries } from '@equal-partners/functions/activities/activity-queries';
import type { Query } from '@equal-partners/functions/host';
import { loopQueries } from '@equal-partners/functions/loops/loop-queries';
import { signatoryQueries } from '@equal-partners/functions/signatories/signatory-queries';
import { issueErrors, mergeErrors, pointerErrors, type Issue } from '#lib/forms/field-errors.ts';
import type { FieldError, FormState, FormValues } from '#lib/forms/form-values.ts';
import { formToRecord } from '#lib/forms/read-form.ts';
import { has, problemDetail, requestLocale, t } from '#lib/server/text.ts';
import { attempt } from './queries.ts';

/** What the forms need of a record schema. */
export interface Schema {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

/** A record as a query answers it, with its version (the API's ETag). */
export interface Versioned<R> {
  record: R;
  version: number;
}

/** The queries a form saves its record with: create (no id yet) and replace (with the version read). */
export interface SaveQueries<R> {
  /** The schema both check a body with: the form words its errors with it. */
  schema: Schema;
  create: Query<{ body: unknown }, Versioned<R>>;
  replace: Query<{ id: string; body: unknown; expectedVersion: number | undefined }, Versioned<R>>;
}

export interface RecordForm<R = unknown> {
  /** The record's queries, e.g. `activityQueries`. */
  queries: SaveQueries<R>;
  /** The singular noun people read, for messages. */
  noun: string;
  columns: CsvColumn[];
  /** Field names in page order: the error summary lists errors in this order. */
  fields: string[];
  labelOf(field: string): string;
  requiredOf?(field: string): string | undefined;
}

/**
 * A label from the i18n keys `{prefix}.field.{name}` (a Welsh version's, `cy.{name}`, from
 * `cyText.{prefix}.{name}`), or from the partnership (groups, principles).
 */
export function labeller(prefix: string, partnership?: Partnership) {
  return (field: string): string => {
    const key = field.startsWith('cy.') ? `cyText.${prefix}.${field.slice(3)}` : `${prefix}.field.${field}`;
    if (has(key)) return t(key);
    const group = /\.groups\.(.+)$/.exec(field)?.[1];
    const label = group && partnership?.groups.find((g) => g.id === group)?.label;
    return label || field;
  };
}

/** The message for a required field left blank, from the i18n keys `{prefix}.required.{name}`. */
export function requiredMessages(prefix: string) {
  return (field: string): string | undefined => {
    const key = `${prefix}.required.${field.replace(/\.\d+\./, '.')}`;
    return has(key) ? t(key) : undefined;
  };
}

function recordForm<R>(
  queries: SaveQueries<R>,
  noun: string,
  prefix: string,
  columns: CsvColumn[],
  partnership?: Partnership,
): RecordForm<R> {
  return {
    queries,
    noun,
    columns,
    fields: columns.map((c) => c.name),
    labelOf: labeller(prefix, partnership),
    requiredOf: requiredMessages(prefix),
  };
}

export const activityForm = (partnership: Partnership) =>
  recordForm(
    activityQueries,
    t('activity.noun'),
    'activity',
    csvColumns(activityInput, { 'participants.groups': partnership.groups.map((g) => g.id) }),
    partnership,
  );

export const loopForm = (partnership: Partnership) =>
  recordForm(loopQueries, t('loop.noun'), 'loop', csvColumns(feedbackLoopInput), partnership);

export const signatoryForm = () => {
  const form = recordForm(signatoryQueries, t('signatory.noun'), 'signatory', csvColumns(signatoryInput));
  // The page asks for the name before the id made from it.
  return { ...form, fields: ['name', ...form.fields.filter((f) => f !== 'name')] };
};

export type Saved<R> = ({ ok: true } & Versioned<R>) | { ok: false; failure: ActionFailure<FormState> };

/**
 * The form state for a refused write: field errors where the query named fields (each in
 * the words of `worded`, the schema's errors as `checkRecord` gives them, where it has
 * one for the field), else one problem for the form.
 */
export function refusal(
  problem: Problem,
  values: FormValues,
  fields: readonly string[],
  noun: string,
  worded: readonly FieldError[] = [],
): ActionFailure<FormState> {
  if (problem.status === 412) return fail(409, { values, errors: [], problem: t('form.changedSinceRead', { noun }) });
  const found: FieldError[] = problem.errors ? pointerErrors(problem.errors, fields, requestLocale()) : [];
  const errors = found.length > 0 ? mergeErrors(worded, found, fields) : [];
  return fail(problem.status, { values, errors, ...(errors.length === 0 ? { problem: problemDetail(problem) } : {}) });
}

/** Checks a record against a schema; the failure to show, or `undefined` when it is valid. */
export function checkRecord(
  form: Pick<RecordForm, 'fields' | 'labelOf' | 'requiredOf'> & { schema: Schema },
  record: unknown,
  values: FormValues,
): ActionFailure<FormState> | undefined {
  const parsed = form.schema.safeParse(record);
  if (parsed.success) return undefined;
  return fail(400, { values, errors: issueErrors(parsed.error.issues, form.fields, values, form, requestLocale()) });
}

/**
 * Creates (no `id`) or replaces (with `id` and the `version` read) a record from a form.
 * `fixed` fields override what was submitted (e.g. an editor's own organisation).
 */
export async function saveRecord<R>(
  form: RecordForm<R>,
  values: FormValues,
  options: { id?: string; version?: number | undefined; fixed?: Record<string, unknown> } = {},
): Promise<Saved<R>> {
  const body = { ...formToRecord(values, form.columns), ...options.fixed };
  // The query refuses a record its schema refuses, with every other error of it besides (a
  // date in the future, an unknown reference), so one submission shows them all.
  const result = options.id
    ? await attempt(form.queries.replace, { id: options.id, body, expectedVersion: options.version })
    : await attempt(form.queries.create, { body });
  if (result.ok) return { ok: true, ...result.value };
  const worded = checkRecord({ ...form, schema: form.queries.schema }, body, values)?.data.errors ?? [];
  return { ok: false, failure: refusal(result.problem, values, form.fields, form.noun, worded) };
}

/** The version a form was read at (its hidden `version` field). */
export function versionOf(values: FormValues): number | undefined {
  const version = Number(values.version);
  return Number.isInteger(version) && version > 0 ? version : undefined;
}
