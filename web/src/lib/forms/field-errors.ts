/**
 * Errors a person can act on, in the GOV.UK style ("Enter the title", "Select the
 * channel"), from the record schema's issues or the API's problem. Each error names the
 * form field it is about, so the error summary can link to it. The messages are in the
 * page's language (the caller's `locale`, English unless given).
 */
import { ruleOf, type RuleValues } from '@equal-partners/shared';
import { formatDate, formatMonth, has, translate, type Locale, type MessageKey } from '#lib/i18n/index.ts';
import type { FieldError, FormValues } from './form-values.ts';

/** The parts of a zod issue the messages use. */
export interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  /** False for a bound the value must pass (zod's `positive()` is "more than 0"). */
  inclusive?: unknown;
  maximum?: unknown;
  format?: unknown;
  /** A custom issue's: the code of the rule it breaks and its values (shared's `ruleIssue`). */
  params?: unknown;
}

/** Field names of a form, in the order they appear on the page. */
export type FieldNames = readonly string[];

/** Which field an issue at `path` is about: the field itself, the first field inside it, or the nearest one around it. */
export function fieldOf(path: readonly PropertyKey[], fields: FieldNames): string {
  const dotted = path.map(String).join('.');
  if (fields.includes(dotted)) return dotted;
  const inside = fields.find((f) => f.startsWith(`${dotted}.`));
  if (inside && dotted !== '') return inside;
  const around = fields.filter((f) => dotted.startsWith(`${f}.`)).sort((a, b) => b.length - a.length)[0];
  return around ?? fields[0] ?? dotted;
}

/** The label inside a sentence: "Title" -> "title", but "BSL" stays "BSL". */
function inSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function isBlank(values: FormValues, field: string): boolean {
  const value = values[field];
  const parts = [`${field}.day`, `${field}.month`, `${field}.year`].map((p) => values[p]);
  if (parts.some((p) => typeof p === 'string' && p.trim() !== '')) return false;
  return value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === '');
}

/** How a form names its fields in messages: the label, and a message for a required field left blank. */
export interface FieldText {
  labelOf(field: string): string;
  /** e.g. "Select how the activity happened"; without one, "Enter {label}" or "Select {label}". */
  requiredOf?(field: string): string | undefined;
}

/** What says a rule is broken: a zod issue, or an entry of a problem's `errors` or a CSV preview's rows. */
export interface Said {
  message: string;
  code?: string;
  params?: unknown;
  rule?: unknown;
  values?: unknown;
}

/**
 * The message of a broken rule in `locale` (en.ts's `rule.<code>`, a `{day}` as a date and a
 * `{monthName}` as a month of that language); the English as said where no rule is named.
 * @example ruleText({ message: 'The date cannot be in the future', rule: 'futureDate' }, 'cy') // "Ni all y dyddiad fod yn y dyfodol"
 */
export function ruleText(said: Said, locale: Locale = 'en'): string {
  const broken = ruleOf(said);
  if (!broken) return said.message;
  const values: Record<string, string> = { ...broken.values };
  const { day, month, noun } = broken.values ?? ({} as RuleValues);
  if (day) values.day = formatDate(day, locale);
  if (month && values.monthName) values.monthName = formatMonth(month, locale);
  if (noun && locale !== 'en') values.noun = values.aNoun = nounIn(noun, locale);
  return translate(locale, `rule.${broken.rule}`, values);
}

/** A record's noun as a rule names it ("feedback loop") in `locale`; as said where the catalogue has no such noun. */
function nounIn(noun: string, locale: Locale): string {
  const key = `ruleNoun.${noun.replaceAll(' ', '-')}`;
  return has(key) ? translate(locale, key) : noun;
}

/**
 * A problem's `detail` in `locale`: worded from its `rule` and `values` (a refusal, a record
 * not found), or as the API said it where it names no rule.
 * @example problemText({ detail: 'Only the partnership board can do this.', rule: 'boardOnly' }, 'cy') // "Dim ond bwrdd y bartneriaeth all wneud hyn."
 */
export function problemText(
  problem: { detail: string; rule?: unknown; values?: unknown },
  locale: Locale = 'en',
): string {
  return ruleText({ message: problem.detail, rule: problem.rule, values: problem.values }, locale);
}

/** A message for one issue, in plain words in `locale`, naming the field by its label. */
export function messageFor(
  issue: Issue,
  label: string,
  blank: boolean,
  required?: string,
  locale: Locale = 'en',
): string {
  if (blank && required) return required;
  const t = (key: MessageKey, values: Record<string, string>) => translate(locale, key, values);
  const named = label.replace(/ \(optional\)$/, '');
  const values = { label: inSentence(named), Label: named };
  switch (issue.code) {
    case 'invalid_value':
      return t('error.select', values);
    case 'invalid_type':
      if (blank) return t('error.enter', values);
      return issue.expected === 'int' ? t('error.wholeNumber', values) : t('error.number', values);
    case 'too_small':
      if (issue.origin === 'array') return t('error.selectAtLeastOne', values);
      if (issue.origin === 'string') return blank ? t('error.enter', values) : issue.message;
      return t(issue.inclusive === false ? 'error.moreThan' : 'error.min', { ...values, min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('error.maxLength', { ...values, max: String(issue.maximum) });
      return t('error.max', { ...values, max: String(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'date') return blank ? t('error.enter', values) : t('error.date', values);
      if (issue.format === 'url') return t('error.url', values);
      return `${label}: ${ruleText(issue, locale)}`;
    default:
      return ruleText(issue, locale);
  }
}

/** Errors for a schema's issues in `locale`, one per field (the first issue wins), in the order of the fields. */
export function issueErrors(
  issues: readonly Issue[],
  fields: FieldNames,
  values: FormValues,
  text: FieldText,
  locale: Locale = 'en',
): FieldError[] {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const field = fieldOf(issue.path, fields);
    if (errors.has(field)) continue;
    errors.set(field, messageFor(issue, text.labelOf(field), isBlank(values, field), text.requiredOf?.(field), locale));
  }
  return sortByField(
    [...errors].map(([field, message]) => ({ field, message })),
    fields,
  );
}

/** Errors for the API's `errors` (JSON pointers), in plain words: a broken rule's in `locale`, others as the API said them. */
export function pointerErrors(
  errors: readonly (Said & { pointer: string })[],
  fields: FieldNames,
  locale: Locale = 'en',
): FieldError[] {
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    const path = error.pointer
      .split('/')
      .slice(1)
      .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'));
    const field = fieldOf(path, fields);
    if (seen.has(field)) continue;
    seen.add(field);
    result.push({ field, message: ruleText(error, locale) });
  }
  return sortByField(result, fields);
}

/**
 * One error per field from both lists, in the order of the fields: `worded` (the schema's
 * issues in the GOV.UK style) where it has one for the field, else `found` (the query's).
 */
export function mergeErrors(
  worded: readonly FieldError[],
  found: readonly FieldError[],
  fields: FieldNames,
): FieldError[] {
  const byField = new Map<string, FieldError>();
  for (const error of [...worded, ...found]) if (!byField.has(error.field)) byField.set(error.field, error);
  return sortByField([...byField.values()], fields);
}

function sortByField(errors: FieldError[], fields: FieldNames): FieldError[] {
  const position = (field: string) => {
    const index = fields.indexOf(field);
    return index === -1 ? fields.length : index;
  };
  return errors.sort((a, b) => position(a.field) - position(b.field));
}
