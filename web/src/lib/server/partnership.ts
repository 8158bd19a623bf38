/** The partnership and its signatories, which most forms offer as choices. */
import type { Signatory } from '@equal-partners/shared';
import { readPartnership, type VersionedPartnership } from '@equal-partners/functions/partnership/partnership-queries';
import { signatoryQueries } from '@equal-partners/functions/signatories/signatory-queries';
import { ask, askAll } from './queries.ts';

export function loadPartnership(): Promise<VersionedPartnership> {
  return ask(readPartnership, undefined);
}

export function loadSignatories(): Promise<Signatory[]> {
  return askAll(signatoryQueries.list, {});
}

/** Signatories as choices, by name. */
export function signatoryOptions(signatories: readonly Signatory[]): { value: string; label: string }[] {
  return [...signatories].sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({ value: s.id, label: s.name }));
}
