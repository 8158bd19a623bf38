/**
 * Inclusion: whether the people taking part look like the population served.
 *
 * - `recordedShare` = sum `demographicsRecorded` / `participations`
 * - per group g: `participantShare` = sum `groups[g]` / sum `demographicsRecorded`;
 *   `representation` = `participantShare` / `baselineShare` (null when the baseline share is 0 or missing)
 * - flag `under` when `representation < underRepresented`, `over` when `> overRepresented`
 * - `inclusionScore` = 100 x mean over marginalised groups with a baseline of `min(representation, 1)`;
 *   `reliable` is false when `recordedShare < minRecordedShare`
 * - `adjustmentRate` = activities offering at least one adjustment / activities
 * - `byAdjustment[adjustment]` = activities offering that adjustment
 */
import type { PartnershipSettings, PopulationGroup } from '../records/charter.ts';
import { adjustments, type Adjustment } from '../records/vocabulary.ts';
import type { ActivityTotals } from './activity-totals.ts';
import { ratio } from './ratio.ts';

export interface GroupInclusion {
  groupId: string;
  label: string;
  marginalised: boolean;
  participants: number;
  participantShare: number | null;
  baselineShare: number | null;
  representation: number | null;
  flag: 'under' | 'over' | null;
}

export interface Inclusion {
  demographicsRecorded: number;
  recordedShare: number | null;
  groups: GroupInclusion[];
  /** 0..100; null when no marginalised group has both a baseline and recorded demographics. */
  inclusionScore: number | null;
  /** False when too few participants gave demographic information for the figures to be relied on. */
  reliable: boolean;
  adjustmentRate: number | null;
  /** Activities offering each adjustment, zeros included. */
  byAdjustment: Record<Adjustment, number>;
}

export type InclusionSettings = Pick<PartnershipSettings, 'underRepresented' | 'overRepresented' | 'minRecordedShare'>;

/** `participantShare / baselineShare`, or null when either is missing or the baseline share is 0. */
export function representation(
  participantShare: number | null,
  baselineShare: number | null | undefined,
): number | null {
  if (participantShare === null || baselineShare === null || baselineShare === undefined || baselineShare <= 0) {
    return null;
  }
  return participantShare / baselineShare;
}

export function representationFlag(value: number | null, settings: InclusionSettings): 'under' | 'over' | null {
  if (value === null) return null;
  if (value < settings.underRepresented) return 'under';
  if (value > settings.overRepresented) return 'over';
  return null;
}

/** 100 x the mean of `min(representation, 1)` over marginalised groups with a representation; null if none. */
export function inclusionScore(
  groups: readonly Pick<GroupInclusion, 'marginalised' | 'representation'>[],
): number | null {
  const counted = groups.filter((g) => g.marginalised && g.representation !== null);
  if (counted.length === 0) return null;
  return (100 * counted.reduce((sum, g) => sum + Math.min(g.representation!, 1), 0)) / counted.length;
}

/** Each group's participants, share and representation, in the order of `taxonomy`. */
export function groupInclusion(
  totals: Pick<ActivityTotals, 'groups' | 'demographicsRecorded'>,
  taxonomy: readonly PopulationGroup[],
  baselineShares: Readonly<Record<string, number>> | undefined,
  settings: InclusionSettings,
): GroupInclusion[] {
  return taxonomy.map((group): GroupInclusion => {
    const participants = totals.groups[group.id] ?? 0;
    const participantShare = ratio(participants, totals.demographicsRecorded);
    const baselineShare = baselineShares?.[group.id] ?? null;
    const value = representation(participantShare, baselineShare);
    return {
      groupId: group.id,
      label: group.label,
      marginalised: group.marginalised,
      participants,
      participantShare,
      baselineShare,
      representation: value,
      flag: representationFlag(value, settings),
    };
  });
}

export function inclusion(
  totals: ActivityTotals,
  taxonomy: readonly PopulationGroup[],
  baselineShares: Readonly<Record<string, number>> | undefined,
  settings: InclusionSettings,
): Inclusion {
  const groups = groupInclusion(totals, taxonomy, baselineShares, settings);
  const recordedShare = ratio(totals.demographicsRecorded, totals.participations);
  return {
    demographicsRecorded: totals.demographicsRecorded,
    recordedShare,
    groups,
    inclusionScore: inclusionScore(groups),
    reliable: recordedShare !== null && recordedShare >= settings.minRecordedShare,
    adjustmentRate: ratio(totals.withAdjustments, totals.activities),
    byAdjustment: Object.fromEntries(adjustments.map((a) => [a, totals.byAdjustment[a] ?? 0])) as Record<
      Adjustment,
      number
    >,
  };
}
