/**
 * RFC 9457 problem details as the API sends them and the pages read them: one shape for
 * the API's errors (functions/src/http/problem.ts builds them) and the web's forms.
 */
import type { RuleCode, RuleValues } from '../records/rules.ts';

export interface FieldError {
  /** JSON pointer to the offending field, e.g. `/participants/total`. */
  pointer: string;
  message: string;
  /** The code of the rule the field breaks, where it breaks one (records/rules.ts), so a page can say it in its language. */
  rule?: RuleCode;
  /** The values the rule's message names, e.g. `{ id: 'be-nice' }`. */
  values?: RuleValues;
}

/** A CSV import's error in one cell: the row (1 is the first data row), the column and what is wrong. */
export interface RowError {
  row: number;
  column: string;
  message: string;
  /** As a field error's: the rule the cell breaks, and the values its message names. */
  rule?: RuleCode;
  values?: RuleValues;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
  /** The row errors of a CSV import (an extension member, RFC 9457 section 3.2). */
  rowErrors?: RowError[];
  /** Other extension members. */
  [extension: string]: unknown;
}
