/**
 * What needs the board's attention across the partnership today: each signatory's
 * exceptions (feedback loops and challenges overdue, as the overdue digest counts them;
 * marginalised groups under-represented over the last 12 months; principles where the
 * signatory rates itself 2 or more above its reviewer) and the awards to decide (signatories
 * eligible for charter status by the award's criteria, and awards expiring within
 * `awardNoticeDays`). Exact figures: for those who may read every signatory's (board
 * admins, commissioners, reviewers where the board allows), as the role policy decides
 * before anything is read. The "Your work" page (web `/your-work`) runs it.
 */
import {
  addDays,
  charterStanding,
  dayOf,
  latestScores,
  monthOf,
  rowRollup,
  trailingMonths,
  type CharterStanding,
  type Principal,
  type Rows,
  type Sector,
} from '@equal-partners/shared';
import type { QueryDeps } from '../host.ts';
import { overdueCounts, type OverdueCount } from '../loops/overdue-digest.ts';
import { requireAllowed } from '../records/record-queries.ts';
import { readRowsOfPeriods, readStandings } from '../rollups/read-rollups.ts';
import { listSignatories } from '../signatories/signatory-entity.ts';
import { periodMetrics } from './period-figures.ts';
import { notFound, permitExactFigures, type KnownPartnership } from './report-queries.ts';
import { awardEligibility, awardWindow, metricContextFor } from './signatory-report.ts';

/** How long before an award expires the board is told it has one to renew. */
export const awardNoticeDays = 90;

/** A gap the board looks into: the signatory's own latest score this far above its reviewer's. */
export const flaggedGap = 2;

/** One signatory's standing today, as far as the board acts on it. */
export interface SignatoryExceptions {
  signatoryId: string;
  name: string;
  sector: Sector;
  charter: CharterStanding;
  /** Eligible for the award by its criteria over the 12 months to today. */
  eligible: boolean;
  /** Loops not communicated back after `loopDueDays`, and the longest any has waited, in days. */
  overdueLoops: { count: number; oldestDays: number | null };
  /** Challenges not answered after `challengeDueDays`, and the longest any has waited. */
  overdueChallenges: { count: number; oldestDays: number | null };
  /** Marginalised groups heard less than the partnership's `underRepresented` share of their population. */
  underRepresented: { groupId: string; label: string }[];
  /** Principles whose latest self score is `flaggedGap` or more above the latest reviewer score. */
  gaps: { principleId: string; title: string; self: number; reviewer: number }[];
}

/** Why an award is the board's to decide. */
export type AwardReason = 'eligible' | 'expiring';

export interface AwardToDecide {
  signatoryId: string;
  name: string;
  reason: AwardReason;
  charter: CharterStanding;
}

/** Whether a signatory has anything the board should look at. */
export const hasException = (row: SignatoryExceptions): boolean =>
  row.overdueLoops.count > 0 ||
  row.overdueChallenges.count > 0 ||
  row.underRepresented.length > 0 ||
  row.gaps.length > 0;

/**
 * The awards to decide on `today`: a signatory eligible that does not hold a standing award
 * (first award, or renewing a lapsed one), or an award expiring within `awardNoticeDays`.
 */
export function awardsToDecide(rows: readonly SignatoryExceptions[], today: string): AwardToDecide[] {
  const notice = addDays(today, awardNoticeDays);
  return rows.flatMap((row): AwardToDecide[] => {
    const { charter } = row;
    const base = { signatoryId: row.signatoryId, name: row.name, charter };
    if (charter.status === 'awarded') {
      return charter.expiresOn !== undefined && charter.expiresOn <= notice ? [{ ...base, reason: 'expiring' }] : [];
    }
    return row.eligible ? [{ ...base, reason: 'eligible' }] : [];
  });
}

/**
 * Every signatory's exceptions and the awards to decide, as of today: overdue counts as
 * the overdue digest counts them, the loops' from the standings (decision 0115), inclusion and eligibility from the 12 months to this month's and the
 * award window's rows (decision 0108: every signatory's groups, principles tagged and loops
 * raised and closed, read as the overview's rows are, in one batched read of the fewest
 * quarters and months that make up both runs; decision 0114), gaps from the latest scores. Signatories with nothing to look at are listed with zeros;
 * `exceptions` holds those with something, most overdue first.
 */
export async function partnershipExceptions(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: KnownPartnership = {},
) {
  const read = await permitExactFigures(deps, principal, undefined, input.partnership);
  requireAllowed(principal, 'read', 'loop', {});
  requireAllowed(principal, 'read', 'challenge', {});
  const now = deps.today();
  const today = dayOf(now);
  const window = trailingMonths(monthOf(today), 12);
  const context = metricContextFor(deps.store, Number(today.slice(0, 4)), read);
  // The award window is the partnership's setting, so its rows wait for the partnership;
  // the other reads start at once.
  const windowRows = context.then((setup) =>
    setup
      ? readRowsOfPeriods(deps.store, [window, awardWindow(today, setup.context.settings)])
      : Promise.resolve(undefined),
  );
  // The overdue counts come from the standings (decision 0115), so they wait for them.
  const signatoriesRead = listSignatories(deps.store);
  const standingsRead = readStandings(deps.store);
  const [setup, signatories, standings, overdueNow, rowsOfWindows] = await Promise.all([
    context,
    signatoriesRead,
    standingsRead,
    overdueCounts(deps.store, now, { signatories: signatoriesRead, standings: standingsRead }),
    windowRows,
  ]);
  if (!setup || !rowsOfWindows) throw notFound('partnership');
  const [yearRows, awardRows] = rowsOfWindows as [Rows, Rows];
  const awarded = awardWindow(today, setup.context.settings);
  const none: OverdueCount = { count: 0, oldestDays: null };

  const rows = signatories.map((signatory): SignatoryExceptions => {
    const rollup = rowRollup(yearRows.get(signatory.id) ?? []);
    const assessments = standings.get(signatory.id)?.assessments ?? [];
    const overdue = overdueNow.signatories.get(signatory.id) ?? { loops: none, challenges: none };
    const { set } = periodMetrics({
      rollup,
      filter: {},
      overdueLoops: overdue.loops.count,
      scores: latestScores(assessments, today),
      context: setup.context,
    });
    const awardRollup = rowRollup(awardRows.get(signatory.id) ?? []);
    const award = awardEligibility(setup.context, awardRollup, awarded, assessments, overdue.challenges.count);
    return {
      signatoryId: signatory.id,
      name: signatory.name,
      sector: signatory.sector,
      charter: charterStanding(signatory, today),
      eligible: award.eligible,
      overdueLoops: overdue.loops,
      overdueChallenges: overdue.challenges,
      underRepresented: set.inclusion.groups
        .filter((g) => g.marginalised && g.flag === 'under')
        .map((g) => ({ groupId: g.groupId, label: g.label })),
      gaps: set.principles.items.flatMap((p) =>
        p.self !== null && p.reviewer !== null && p.self - p.reviewer >= flaggedGap
          ? [{ principleId: p.principleId, title: p.title, self: p.self, reviewer: p.reviewer }]
          : [],
      ),
    };
  });
  const weight = (row: SignatoryExceptions) => row.overdueLoops.count + row.overdueChallenges.count;
  return {
    asOf: today,
    window: { from: window.start, to: window.end },
    loopDueDays: overdueNow.loopDueDays,
    challengeDueDays: overdueNow.challengeDueDays,
    signatories: rows,
    exceptions: rows
      .filter(hasException)
      .sort((a, b) => weight(b) - weight(a) || a.name.localeCompare(b.name, 'en-GB')),
    awards: awardsToDecide(rows, today),
    awardNoticeDays,
  };
}

export type PartnershipExceptions = Awaited<ReturnType<typeof partnershipExceptions>>;
