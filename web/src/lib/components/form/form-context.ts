/**
 * The values and errors of the form a field is in, shared through Svelte context so a
 * field only needs its name and label.
 */
import { getContext, setContext } from 'svelte';
import { errorFor, fieldId, valueOf, valuesOf, type FieldError, type FormState } from '#lib/forms/form-values.ts';

const key = Symbol('form');

/** Makes a form's state (read through `current`, so it stays reactive) available to the fields inside. */
export function provideForm(current: () => FormState): void {
  setContext(key, current);
}

export interface Field {
  id: string;
  value: string;
  values: string[];
  error: string | undefined;
  /** Another field's value, e.g. a date's day. */
  valueOf(name: string): string;
  has(name: string): boolean;
}

function fieldOf(state: FormState, name: string): Field {
  return {
    id: fieldId(name),
    value: valueOf(state.values, name),
    values: valuesOf(state.values, name),
    error: errorFor(state.errors, name),
    valueOf: (other) => valueOf(state.values, other),
    has: (other) => other in state.values,
  };
}

/** The state of the surrounding form, read through the function returned (so it stays reactive). */
export function useFormState(): () => FormState {
  return getContext<(() => FormState) | undefined>(key) ?? (() => ({ values: {}, errors: [] as FieldError[] }));
}

/** The field called `name` in the surrounding form. */
export function useField(name: () => string): () => Field {
  const current = useFormState();
  return () => fieldOf(current(), name());
}

/** A choice among radios or in a select. */
export interface Option {
  value: string;
  label: string;
  hint?: string | undefined;
}

/** A checkbox: one value of a list field, or a yes/no field of its own (`name`, ticked when `yes`). */
export interface CheckboxOption extends Option {
  name?: string;
}
