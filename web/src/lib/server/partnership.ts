/** The partnership and its signatories, which most forms offer as choices. */
import type { Signatory } from '@equal-partners/shared';
import { readPartnership, type VersionedPartnership } from '@equal-partners/functions/partnership/partnership-queries';
import { signatoryQueries } from '@equal-partners/functions/signatories/signatory-queries';
import { ask, askAll, host, type Host } from './queries.ts';

export function loadPartnership(): Promise<VersionedPartnership> {
  return ask(readPartnership, undefined);
}

/**
 * How old the partnership the families' feedback pages show may be: a change the board
 * makes to its name, demo label or public contact shows there within this time.
 */
export const feedbackPagesPartnershipMaxAgeMs = 60_000;

/** The partnership each host's feedback pages last read, and when. */
const feedbackPagesRead = new WeakMap<Host, { at: number; read: Promise<VersionedPartnership> }>();

/**
 * The partnership for the families' feedback pages (`/f/...`, `/cy/f/...`), which show its
 * name, demo label and public contact alone: read at most once a minute by this process
 * (`feedbackPagesPartnershipMaxAgeMs`), so an answer costs no read of it. Every other page,
 * and every rule (the closed link's outcome reads the settings itself), reads it afresh.
 */
export function loadPartnershipForFeedbackPages(now = Date.now()): Promise<VersionedPartnership> {
  const key = host();
  const kept = feedbackPagesRead.get(key);
  if (kept && now >= kept.at && now - kept.at < feedbackPagesPartnershipMaxAgeMs) return kept.read;
  const read = loadPartnership();
  feedbackPagesRead.set(key, { at: now, read });
  // A failed read (no partnership yet, the store unavailable) is not kept: the next page asks again.
  read.catch(() => {
    if (feedbackPagesRead.get(key)?.read === read) feedbackPagesRead.delete(key);
  });
  return read;
}

export function loadSignatories(): Promise<Signatory[]> {
  return askAll(signatoryQueries.list, {});
}

/** Signatories as choices, by name. */
export function signatoryOptions(signatories: readonly Signatory[]): { value: string; label: string }[] {
  return [...signatories].sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({ value: s.id, label: s.name }));
}
