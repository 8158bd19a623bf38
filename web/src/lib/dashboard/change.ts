/**
 * Change against the previous period, the way people read it on analytics dashboards:
 * counts as a percentage change, shares and rates in percentage points (a closure rate
 * going from 50% to 60% is "up 10 points", not "up 20%"), days and scores as a
 * difference (`number` for counts too small for percentages to mean much). From 0 to something is "new" (a percentage of nothing means nothing);
 * when either side is not published there is no comparison, and a rate resting on too
 * few cases in either period is "too few to compare" (rates.ts).
 */
import type { ChangeKind, PublicValue } from '@equal-partners/shared';
import type { Translator } from '#lib/i18n/dashboard.ts';
import { numeric } from './figures.ts';

/** How a change is put: each metric's is in the shared metric catalogue. */
export type { ChangeKind };

export type Change =
  | { direction: 'up' | 'down'; amount: number; unit: 'percent' | 'points' | 'days' | 'plain' }
  | { direction: 'same' | 'new' | 'none' | 'few' };

export function changeOf(
  current: PublicValue | undefined,
  previous: PublicValue | undefined,
  kind: ChangeKind,
): Change {
  const now = numeric(current);
  const before = numeric(previous);
  if (now === null || before === null) return { direction: 'none' };
  if (kind === 'count') {
    if (before === 0) return now === 0 ? { direction: 'same' } : { direction: 'new' };
    const percent = Math.round(((now - before) / before) * 100);
    return signed(percent, 'percent');
  }
  if (kind === 'share') return signed(Math.round((now - before) * 100), 'points');
  if (kind === 'days') return signed(Math.round(now - before), 'days');
  const step = kind === 'score' ? 10 : 1;
  return signed(Math.round((now - before) * step) / step, 'plain');
}

/**
 * A rate's change in points, or `few` when the rate rests on too few cases in either
 * period: from 1 of 3 to 2 of 2 is not "up 67 points".
 */
export function rateChangeOf(
  current: PublicValue | undefined,
  previous: PublicValue | undefined,
  few: { now: boolean; before: boolean },
): Change {
  const change = changeOf(current, previous, 'share');
  if (change.direction === 'none') return change;
  return few.now || few.before ? { direction: 'few' } : change;
}

function signed(amount: number, unit: 'percent' | 'points' | 'days' | 'plain'): Change {
  if (amount === 0) return { direction: 'same' };
  return { direction: amount > 0 ? 'up' : 'down', amount: Math.abs(amount), unit };
}

/** The change in words: "up 12%", "down 5 points", "no change", "new", "no comparison", "too few to compare". */
export function changeText(tr: Translator, change: Change): string {
  switch (change.direction) {
    case 'same':
      return tr.t('change.same');
    case 'new':
      return tr.t('change.new');
    case 'none':
      return tr.t('change.none');
    case 'few':
      return tr.t('change.fewCases');
    default: {
      const amount =
        change.unit === 'percent'
          ? tr.t('change.percent', { n: tr.number(change.amount) })
          : change.unit === 'points'
            ? tr.plural('change.points', change.amount)
            : change.unit === 'days'
              ? tr.plural('count.days', change.amount)
              : tr.number(change.amount);
      return tr.t(change.direction === 'up' ? 'change.up' : 'change.down', { amount });
    }
  }
}
