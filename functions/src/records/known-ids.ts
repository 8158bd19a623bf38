/** The ids a record may refer to: signatories, charter principles and population groups. */
import type { KnownIds } from '@equal-partners/shared';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { listSignatories } from '../signatories/signatory-entity.ts';
import type { Store } from '../table/store.ts';

export async function loadKnownIds(store: Store): Promise<KnownIds> {
  const [partnership, signatories] = await Promise.all([getPartnership(store), listSignatories(store)]);
  return {
    signatories: new Set(signatories.map((s) => s.id)),
    principles: new Set(partnership?.charter.principles.map((p) => p.id) ?? []),
    groups: new Set(partnership?.groups.map((g) => g.id) ?? []),
  };
}
