/** The filters every record list shares: how far back to look, and (for those who see every organisation) which one. */
import { addDays, dayOf } from '@equal-partners/shared';
import type { SignedInUser } from './session.ts';

export const listPeriods = ['3', '12', '24'] as const;
export type ListPeriod = (typeof listPeriods)[number];

export interface ListFilters {
  months: ListPeriod;
  /** The first date shown, `YYYY-MM-DD`. */
  from: string;
  /** The organisation shown; editors always see their own. */
  signatoryId: string | undefined;
  /** Which page of the list, from 1, and the API's cursor for it (absent on the first). */
  page: number;
  after: string | undefined;
}

export function listFilters(url: URL, user: SignedInUser, today = new Date()): ListFilters {
  const asked = url.searchParams.get('months');
  const months = listPeriods.find((p) => p === asked) ?? '3';
  const signatoryId =
    user.role === 'signatory-editor' ? user.signatoryId : url.searchParams.get('signatoryId') || undefined;
  const after = url.searchParams.get('after') || undefined;
  const page = after ? Math.max(2, Math.min(10_000, Number.parseInt(url.searchParams.get('page') ?? '', 10) || 2)) : 1;
  return { months, from: addDays(dayOf(today), -Math.round(Number(months) * 30.44)), signatoryId, page, after };
}

/** A record list query's filters for these: from the first date, of the organisation chosen (or all). */
export function listInput(filters: ListFilters): { from: string; signatoryId?: string } {
  return { from: filters.from, ...(filters.signatoryId ? { signatoryId: filters.signatoryId } : {}) };
}
