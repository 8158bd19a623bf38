/**
 * A signatory's eligibility for the charter award on a day, over the partnership's award
 * window: what the award form shows beside the choice, and what an award is checked
 * against when it is made (docs/decisions/0110). Reads the window's monthly rollups, the
 * signatory's standing (its assessments) and its challenges.
 */
import { monthRange, overdueChallengesAt, type Eligibility } from '@equal-partners/shared';
import { listChallengesOfSignatory } from '../challenges/challenge-entity.ts';
import { getPartnership, type PartnershipView } from '../partnership/partnership-entity.ts';
import { readSignatoryRollups, readStanding } from '../rollups/read-rollups.ts';
import type { Store } from '../table/index.ts';
import { rollupOfMonths } from './period-figures.ts';
import { awardEligibility, awardWindow } from './signatory-report.ts';

export type AwardEligibility = Eligibility & { from: string; to: string };

/** The eligibility of `signatoryId` on `day`, or undefined while there is no partnership. */
export async function awardEligibilityOn(
  store: Store,
  signatoryId: string,
  day: string,
  known?: PartnershipView,
): Promise<AwardEligibility | undefined> {
  const partnership = known ?? (await getPartnership(store));
  if (!partnership) return undefined;
  const { settings } = partnership;
  const window = awardWindow(day, settings);
  const [rollups, standing, challenges] = await Promise.all([
    readSignatoryRollups(store, signatoryId, monthRange(window.from, window.to)),
    readStanding(store, signatoryId),
    listChallengesOfSignatory(store, signatoryId),
  ]);
  return awardEligibility(
    { principles: partnership.charter.principles, groups: partnership.groups, settings },
    rollupOfMonths(rollups, window.from, window.to),
    window,
    standing?.assessments ?? [],
    overdueChallengesAt(challenges, day, settings.challengeDueDays),
  );
}
