/**
 * RFC 9457 problem details as the API sends them and the pages read them: one shape for
 * the API's errors (functions/src/http/problem.ts builds them) and the web's forms.
 */

export interface FieldError {
  /** JSON pointer to the offending field, e.g. `/participants/total`. */
  pointer: string;
  message: string;
}

/** A CSV import's error in one cell: the row (1 is the first data row), the column and what is wrong. */
export interface RowError {
  row: number;
  column: string;
  message: string;
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
