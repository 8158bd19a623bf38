/**
 * RFC 9457 problem details: the one place where errors become HTTP responses,
 * so every failure a client sees has a type, a title and a detail a person can act on.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import {
  ruleMessage,
  ruleOf,
  type FieldError,
  type Problem,
  type RuleCode,
  type RuleValues,
} from '@equal-partners/shared';

export type { FieldError, Problem } from '@equal-partners/shared';

const problemTypeBase = '/api/problems/';

/** A failure a handler raises on purpose; `toProblemResponse` turns it into problem details. */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(status: number, slug: string, title: string, detail: string, errors?: FieldError[]) {
    super(detail);
    this.problem = { type: `${problemTypeBase}${slug}`, title, status, detail, ...(errors ? { errors } : {}) };
  }

  /**
   * A problem whose detail is a rule's English sentence, with the rule's code and values as
   * extension members (`rule`, `values`), so a page can say it in its own language.
   */
  static ofRule(status: number, slug: string, title: string, rule: RuleCode, values?: RuleValues): ProblemError {
    return new ProblemError(status, slug, title, ruleMessage(rule, values)).with({
      rule,
      ...(values ? { values } : {}),
    });
  }

  /** Adds extension members to the problem. */
  with(extensions: Record<string, unknown>): this {
    Object.assign(this.problem, extensions);
    return this;
  }
}

/**
 * A noun with its indefinite article, to start a sentence.
 * @example aNoun('activity') // "An activity"
 */
export function aNoun(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'An' : 'A'} ${noun}`;
}

/** The values of a rule that names a record by its noun and id: the noun alone and with its article. */
export function recordValues(noun: string, id: string): RuleValues {
  return { noun, aNoun: aNoun(noun), id };
}

/** Turns zod issues into per-field errors with JSON pointers; a broken rule's code and values go with its message. */
export function fieldErrors(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  return issues.map((issue) => ({
    pointer:
      `${prefix}/${issue.path.map((p) => String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`.replace(
        /\/$/,
        '',
      ) || '/',
    message: issue.message,
    ...ruleOf(issue),
  }));
}

export function validationProblem(issues: readonly z.core.$ZodIssue[], where: 'body' | 'query' | 'path'): ProblemError {
  const what = { body: 'The request body', query: 'The query string', path: 'The address' }[where];
  return new ProblemError(
    400,
    'validation',
    'Your request has errors',
    `${what} has errors: fix each field listed.`,
    fieldErrors(issues),
  );
}

export function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify({ ...problem, instance: c.req.path }), problem.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json',
  });
}

/** Maps anything thrown in a handler to problem details; unknown errors become a 500 without internals. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof HTTPException && /malformed json/i.test(error.message)) {
    return {
      type: `${problemTypeBase}malformed-json`,
      title: 'The body is not valid JSON',
      status: 400,
      detail: 'The request body could not be read as JSON. Check for a missing comma, quote or bracket.',
    };
  }
  if (error instanceof HTTPException) {
    return {
      type: `${problemTypeBase}http-${error.status}`,
      title: error.message || 'Request failed',
      status: error.status,
      detail: error.message || 'The request could not be handled.',
    };
  }
  return {
    type: `${problemTypeBase}internal`,
    title: 'Something went wrong on our side',
    status: 500,
    detail: 'The request could not be completed. It has been logged; try again later.',
  };
}
