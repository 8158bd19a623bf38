/**
 * Rules that need more than the record itself: ids that must exist in the partnership,
 * and dates that cannot be in the future. Pure: the caller passes what exists and today.
 */
import type * as z from 'zod/mini';
import { brokenRule, type BrokenRule } from './rules.ts';

export interface KnownIds {
  signatories: ReadonlySet<string>;
  principles: ReadonlySet<string>;
  groups: ReadonlySet<string>;
}

/** A broken rule at `path`: its English `message`, and its `rule` code and `values` to word it otherwise (rules.ts). */
export interface ReferenceIssue extends BrokenRule {
  path: (string | number)[];
}

/** Dates may be at most one day ahead of today, to allow for time zones. */
export function latestAllowedDate(today: Date): string {
  return new Date(today.getTime() + 86_400_000).toISOString().slice(0, 10);
}

const dateFields = ['date', 'endDate', 'raisedOn', 'respondedOn', 'communicatedOn', 'closedOn', 'signedOn'] as const;

/**
 * Checks a record's references and dates. Returns every issue, not just the first. It reads
 * any value safely, so it can be asked of a record as sent, with fields the schema refused.
 */
export function checkReferences(record: Record<string, unknown>, known: KnownIds, today: Date): ReferenceIssue[] {
  return [...checkDates(record, today), ...checkKnownIds(record, known)];
}

/** The record's dates that are after `today` (and the day after, for time zones): no read needed. */
export function checkDates(record: Record<string, unknown>, today: Date): ReferenceIssue[] {
  const latest = latestAllowedDate(today);
  return dateFields.flatMap((field) => {
    const value = record[field];
    return typeof value === 'string' && value > latest ? [{ path: [field], ...brokenRule('futureDate') }] : [];
  });
}

/** The record's ids of signatories, principles and groups (counted, or a baseline's shares) that the partnership does not have. */
export function checkKnownIds(record: Record<string, unknown>, known: KnownIds): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  for (const field of ['signatoryId', 'reviewerId'] as const) {
    const value = record[field];
    if (typeof value === 'string' && !known.signatories.has(value)) {
      issues.push({ path: [field], ...brokenRule('unknownSignatory', { id: value }) });
    }
  }
  const principles = record.principles;
  if (Array.isArray(principles)) {
    principles.forEach((id: unknown, index) => {
      if (!known.principles.has(String(id))) {
        issues.push({ path: ['principles', index], ...brokenRule('unknownPrinciple', { id: String(id) }) });
      }
    });
  }
  const scores = record.scores;
  if (Array.isArray(scores)) {
    scores.forEach((score: { principleId?: unknown } | null | undefined, index) => {
      const principleId = score?.principleId;
      if (!known.principles.has(String(principleId))) {
        issues.push({
          path: ['scores', index, 'principleId'],
          ...brokenRule('unknownPrinciple', { id: String(principleId) }),
        });
      }
    });
  }
  const participants = record.participants as { groups?: Record<string, unknown> } | undefined;
  for (const group of Object.keys(participants?.groups ?? {})) {
    if (!known.groups.has(group)) {
      issues.push({ path: ['participants', 'groups', group], ...brokenRule('unknownGroup', { id: group }) });
    }
  }
  // A baseline's share of the population per group: shares of groups the taxonomy lacks would never be compared.
  const groupShares = record.groupShares;
  if (groupShares !== null && typeof groupShares === 'object' && !Array.isArray(groupShares)) {
    for (const group of Object.keys(groupShares)) {
      if (!known.groups.has(group)) {
        issues.push({ path: ['groupShares', group], ...brokenRule('unknownGroup', { id: group }) });
      }
    }
  }
  return issues;
}

/** The issues in the shape zod reports them (the rule in `params`, as `ruleIssue` puts it), so both kinds of error reach people the same way. */
export function asZodIssues(issues: ReferenceIssue[]): z.core.$ZodIssue[] {
  return issues.map(({ path, message, rule, values }) => ({
    code: 'custom',
    path,
    message,
    params: { rule, ...(values ? { values } : {}) },
    input: undefined,
  }));
}
