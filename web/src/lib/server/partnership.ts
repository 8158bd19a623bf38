/** The partnership and its signatories, which most forms offer as choices. */
import type { Signatory } from '@equal-partners/shared';
import type { PartnershipView } from '@equal-partners/functions/partnership';
import { listAll, read } from './api.ts';

export async function loadPartnership(): Promise<{ partnership: PartnershipView; version: number | undefined }> {
  const { body, version } = await read<PartnershipView>('/api/v1/partnership');
  return { partnership: body, version };
}

export function loadSignatories(): Promise<Signatory[]> {
  return listAll<Signatory>('/api/v1/signatories');
}

/** Signatories as choices, by name. */
export function signatoryOptions(signatories: readonly Signatory[]): { value: string; label: string }[] {
  return [...signatories].sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({ value: s.id, label: s.name }));
}
