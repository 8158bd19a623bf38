/**
 * Whether the free text of a feedback loop or a challenge may be public. Text about
 * children can name them, so a person checks it first: a new record, and every change
 * of its text, waits until someone who may publish marks it ready; whoever publishes can
 * remove a name first (docs/decisions/0402).
 */
import { dayOf, daysBetween } from '../time/days.ts';

export const publicationStatuses = ['waiting', 'published'] as const;
export type PublicationStatus = (typeof publicationStatuses)[number];

/** The latest removal of a name: who and when, and from which texts; never the text removed. */
export interface Redaction {
  at: string;
  by: string;
  fields: string[];
}

export interface Publication {
  status: PublicationStatus;
  /** When the status began: when the text last changed (waiting) or when it was published. */
  since: string;
  /** Who published it (an actor id, as `updatedBy`). */
  by?: string;
  redacted?: Redaction;
}

/**
 * The free-text fields of each kind of record whose text is checked before it is public;
 * their Welsh, under `cy` with the same names (docs/decisions/0404), are checked with them.
 */
export const moderatedTexts = {
  loop: ['youSaid', 'weDid', 'reason', 'publicStory'],
  challenge: ['text', 'response'],
  // The board's reason for an award made against the criteria (docs/decisions/0110).
  signatory: ['awardReason'],
} as const satisfies Record<string, readonly string[]>;
export type ModeratedKind = keyof typeof moderatedTexts;

/**
 * Copies of a checked text kept in a list of the record, by list and field: a removed name
 * is removed from them too. A signatory's status history keeps each award's reason.
 */
export const copiedTexts: Partial<Record<ModeratedKind, Record<string, string>>> = {
  signatory: { statusHistory: 'reason' },
};

/** The fields of a record that hold a checked text or a copy of one (the Welsh under `cy`). */
export function textHoldingFields(kind: ModeratedKind): string[] {
  return [...moderatedTexts[kind], 'cy', ...Object.keys(copiedTexts[kind] ?? {})];
}

/**
 * Every checked text of a kind, by path: the English fields, then their Welsh.
 * @example checkedFields('challenge') // ['text', 'response', 'cy.text', 'cy.response']
 */
export function checkedFields(kind: ModeratedKind): string[] {
  return [...moderatedTexts[kind], ...moderatedTexts[kind].map((field) => `cy.${field}`)];
}

const objectOf = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;

/** The text at a checked field's path (`youSaid`, `cy.youSaid`), if there is one. */
export function checkedText(record: Record<string, unknown>, path: string): string | undefined {
  const [first = '', second] = path.split('.');
  const value = second === undefined ? record[first] : objectOf(record[first])?.[second];
  return typeof value === 'string' ? value : undefined;
}

/** What this module reads of a stored loop or challenge. */
export interface WithPublication {
  publication?: Publication | undefined;
  updatedAt?: string | undefined;
}

/**
 * A record's publication. A record stored before texts were checked has none: it waits,
 * from its last change, so nothing unchecked becomes public by default.
 */
export function publicationOf(record: WithPublication): Publication {
  return record.publication ?? { status: 'waiting', since: record.updatedAt ?? '' };
}

export function isPublished(record: WithPublication): boolean {
  return publicationOf(record).status === 'published';
}

/** Whether any checked text, English or Welsh, differs between two versions of a record (absent and empty are the same). */
export function textsChanged(
  kind: ModeratedKind,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): boolean {
  return checkedFields(kind).some((path) => (checkedText(before, path) ?? '') !== (checkedText(after, path) ?? ''));
}

/**
 * The publication a record has after a write at `at` (an ISO time): a new record, and one
 * whose texts changed, waits to be checked; any other change keeps what it had.
 * @example publicationOnWrite('loop', { youSaid: 'New' }, undefined, '2026-05-01T09:00:00Z') // { status: 'waiting', since: '2026-05-01T09:00:00Z' }
 */
export function publicationOnWrite(
  kind: ModeratedKind,
  record: Record<string, unknown>,
  before: (Record<string, unknown> & WithPublication) | undefined,
  at: string,
): Publication {
  if (before === undefined) return { status: 'waiting', since: at };
  const { redacted } = publicationOf(before);
  if (textsChanged(kind, before, record)) return { status: 'waiting', since: at, ...(redacted ? { redacted } : {}) };
  return publicationOf(before);
}

/** What replaces a removed name. */
export const redactionMark = '[name removed]';

/** The text to remove as a pattern: literally, ignoring case, every occurrence. */
function namePattern(name: string): RegExp {
  return new RegExp(name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
}

/**
 * `text` with every occurrence of `name` (ignoring case) replaced by the mark.
 * @example redactText('Jamie said Jamie’s class', 'jamie') // '[name removed] said [name removed]’s class'
 */
export function redactText(text: string, name: string): string {
  return text.replace(namePattern(name), redactionMark);
}

/**
 * A record (or an audit image of one) with `name` removed from its checked texts, English
 * and Welsh, and the fields it was removed from (`cy.youSaid` for a Welsh one); other
 * fields are left as they are.
 */
export function redactTexts<T extends Record<string, unknown>>(
  kind: ModeratedKind,
  record: T,
  name: string,
): { record: T; fields: string[] } {
  const fields: string[] = [];
  const redacted: Record<string, unknown> = { ...record };
  const welsh = objectOf(record.cy) && { ...objectOf(record.cy) };
  if (welsh) redacted.cy = welsh;
  for (const path of checkedFields(kind)) {
    const value = checkedText(record, path);
    if (value === undefined) continue;
    const changed = redactText(value, name);
    if (changed === value) continue;
    const [first = '', second] = path.split('.');
    if (second === undefined) redacted[first] = changed;
    else if (welsh) welsh[second] = changed;
    fields.push(path);
  }
  for (const [list, field] of Object.entries(copiedTexts[kind] ?? {})) {
    const entries = record[list];
    if (!Array.isArray(entries)) continue;
    let changed = false;
    redacted[list] = entries.map((entry: unknown) => {
      const text = objectOf(entry)?.[field];
      if (typeof text !== 'string' || redactText(text, name) === text) return entry;
      changed = true;
      return { ...objectOf(entry), [field]: redactText(text, name) };
    });
    if (changed) fields.push(list);
  }
  return { record: redacted as T, fields };
}

/** Whether the change from `before` to `after` is a redaction (a new removal of a name). */
export function isRedaction(before: WithPublication | undefined, after: WithPublication | undefined): boolean {
  const done = after?.publication?.redacted?.at;
  return done !== undefined && done !== before?.publication?.redacted?.at;
}

/** How long a text has waited to be published on `today`, and whether longer than the board allows. */
export function waitingTime(
  publication: Publication,
  today: string,
  publishWithinDays: number,
): { since: string; days: number; overdue: boolean } {
  const since = publication.since ? dayOf(new Date(publication.since)) : today;
  const days = Math.max(0, daysBetween(since, today));
  return { since, days, overdue: days > publishWithinDays };
}
