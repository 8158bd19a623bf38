/**
 * A form's state as the page shows it: the values exactly as typed (so nothing is lost
 * when there are errors) and the errors found, each tied to the field it is about.
 */

/** Field name to what was entered: one value, or several for checkboxes. Names are dotted paths. */
export type FormValues = Record<string, string | string[]>;

export interface FieldError {
  /** The field's name, e.g. `participants.total`. */
  field: string;
  message: string;
}

export interface FormState {
  values: FormValues;
  errors: FieldError[];
  /** A problem with the whole form rather than one field (e.g. someone else changed the record). */
  problem?: string;
}

export const emptyForm: FormState = { values: {}, errors: [] };

/** The id of a field's element: `participants.total` -> `participants-total`. */
export function fieldId(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '-');
}

export function valueOf(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

export function valuesOf(values: FormValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value];
}

export function errorFor(errors: readonly FieldError[], name: string): string | undefined {
  return errors.find((e) => e.field === name)?.message;
}

/** A form's starting values, typed as a form holds them (so pages can add fields the record lacks). */
export function initialValues(values: FormValues): FormValues {
  return values;
}
