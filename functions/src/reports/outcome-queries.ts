/**
 * What feedback changed, across partners: the loops closed (answer communicated back) of
 * those raised in a period, counted by outcome per signatory, per lifecycle stage of the
 * activities that raised them and per month or quarter, and the loops behind each count.
 * For those who may read every signatory's exact figures (board admins, commissioners, and
 * reviewers where the board allows), as the role policy decides before anything is read.
 * The board's outcomes page (web `/dashboard/outcomes`) runs these; the API does not.
 *
 * Loops are counted in the period they were raised in, as `loopsClosed` is (DOMAIN.md's
 * Impact), so the totals here are the overview's closed loops. A loop linked to activities
 * of several stages counts once in each of those stages.
 */
import * as z from 'zod/mini';
import {
  dayOf,
  loopOutcomes,
  monthOf,
  monthRange,
  stages,
  type FeedbackLoop,
  type LoopOutcome,
  type Principal,
  type Stage,
} from '@equal-partners/shared';
import { stagesOfActivities } from '../activities/activity-entity.ts';
import type { QueryDeps } from '../host.ts';
import { listLoopsClosedRaisedIn } from '../loops/loop-entity.ts';
import { getPartnership } from '../partnership/partnership-entity.ts';
import { requireAllowed } from '../records/record-queries.ts';
import { listSignatories } from '../signatories/signatory-entity.ts';
import { view } from './report-periods.ts';
import {
  notFound,
  parsedInput,
  periodQuery,
  permitExactFigures,
  requestedPeriod,
  type KnownPartnership,
} from './report-queries.ts';

/** A closed loop's outcome as counted: one of the domain's, or none recorded. */
export const outcomeColumns = [...loopOutcomes, 'not-recorded'] as const;
export type OutcomeColumn = (typeof outcomeColumns)[number];

/** The stage a loop is counted at: its activities' stages, or not linked to any activity. */
export const stageRows = [...stages, 'not-linked'] as const;
export type StageRow = (typeof stageRows)[number];

/** Periods of more months than this are shown by quarter (blocks of three months from the start), else by month. */
export const monthlyUpTo = 12;

/** The period the outcomes are of. */
export const outcomesQuery = z.object({ period: periodQuery.period, from: periodQuery.from, to: periodQuery.to });

/** Which loops of the period a list holds: every closed one, or those behind one count. */
export const outcomeLoopsQuery = z.object({
  ...outcomesQuery.shape,
  signatoryId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  outcome: z.optional(z.enum(outcomeColumns)),
  stage: z.optional(z.enum(stageRows)),
});

export type OutcomesInput = z.input<typeof outcomesQuery> & KnownPartnership;
export type OutcomeLoopsInput = z.input<typeof outcomeLoopsQuery> & KnownPartnership;

/** Counts per outcome, and their sum. */
export interface OutcomeCounts {
  counts: Record<OutcomeColumn, number>;
  total: number;
}

/** A closed loop with what it is counted by. */
interface CountedLoop {
  loop: FeedbackLoop;
  outcome: OutcomeColumn;
  stages: StageRow[];
}

const emptyCounts = (): OutcomeCounts => ({
  counts: Object.fromEntries(outcomeColumns.map((o) => [o, 0])) as Record<OutcomeColumn, number>,
  total: 0,
});

function tally(loops: readonly CountedLoop[]): OutcomeCounts {
  const counts = emptyCounts();
  for (const { outcome } of loops) {
    counts.counts[outcome] += 1;
    counts.total += 1;
  }
  return counts;
}

/** The period's months in blocks: one month each up to `monthlyUpTo` months, else three. */
export function periodBlocks(from: string, to: string): { from: string; to: string }[] {
  const months = monthRange(from, to);
  const size = months.length > monthlyUpTo ? 3 : 1;
  const blocks: { from: string; to: string }[] = [];
  for (let i = 0; i < months.length; i += size) {
    const block = months.slice(i, i + size);
    blocks.push({ from: block[0]!, to: block.at(-1)! });
  }
  return blocks;
}

/** The closed loops raised in the asked period, each with its outcome and stages, once the caller may read them all. */
async function closedLoopsOfPeriod(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: OutcomeLoopsInput,
) {
  const { partnership: known, ...rest } = input;
  const query = parsedInput(outcomeLoopsQuery, rest);
  // Every signatory's figures, and the loops they are made of.
  const read = await permitExactFigures(deps, principal, undefined, known);
  requireAllowed(principal, 'read', 'loop', {});
  const today = deps.today();
  const period = view(requestedPeriod(query, today), dayOf(today));
  const [partnership, signatories, loops] = await Promise.all([
    read ?? getPartnership(deps.store),
    listSignatories(deps.store),
    listLoopsClosedRaisedIn(deps.store, period),
  ]);
  if (!partnership) throw notFound('partnership');
  const stageOf = await stagesOfActivities(deps.store, [...new Set(loops.flatMap((l) => l.activityIds))]);
  const counted: CountedLoop[] = loops.map((loop) => {
    const linked = new Set(loop.activityIds.flatMap((id) => stageOf.get(id) ?? []));
    return {
      loop,
      outcome: loop.outcome ?? 'not-recorded',
      stages: linked.size === 0 ? ['not-linked'] : stages.filter((s) => linked.has(s)),
    };
  });
  return { query, period, partnership, signatories, counted };
}

/**
 * The closed loops of a period by outcome: per signatory (every signatory, those with none
 * as zeros), per stage of the activities that raised them, and per month (or quarter, for
 * periods longer than a year), each with its total; `closed` is every closed loop once.
 */
export async function closedLoopOutcomes(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: OutcomesInput,
) {
  const { period, partnership, signatories, counted } = await closedLoopsOfPeriod(deps, principal, {
    period: input.period,
    from: input.from,
    to: input.to,
    partnership: input.partnership,
  });
  const names = new Map(signatories.map((s) => [s.id, s]));
  // Signatories no longer listed (removed since) keep their loops' row, under their id.
  const ids = [...new Set([...signatories.map((s) => s.id), ...counted.map((c) => c.loop.signatoryId)])];
  const bySignatory = ids
    .map((id) => ({
      signatoryId: id,
      name: names.get(id)?.name ?? id,
      sector: names.get(id)?.sector,
      ...tally(counted.filter((c) => c.loop.signatoryId === id)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const byStage = stageRows.map((stage) => ({ stage, ...tally(counted.filter((c) => c.stages.includes(stage))) }));
  const overTime = periodBlocks(period.from, period.to).map((block) => ({
    ...block,
    partial: monthOf(period.asOf) >= block.from && monthOf(period.asOf) <= block.to && period.partial,
    ...tally(counted.filter((c) => block.from <= monthOf(c.loop.raisedOn) && monthOf(c.loop.raisedOn) <= block.to)),
  }));
  return {
    partnership: { name: partnership.name },
    period,
    interval: overTime.length > 0 && overTime[0]!.from !== overTime[0]!.to ? ('quarter' as const) : ('month' as const),
    closed: tally(counted),
    bySignatory,
    byStage,
    overTime,
  };
}

/**
 * The closed loops of a period behind one count of the outcomes (a signatory, an outcome,
 * a stage, each optional; the months are the period's), in the order raised, with their texts.
 */
export async function closedLoopsBehind(
  deps: Pick<QueryDeps, 'store' | 'today'>,
  principal: Principal,
  input: OutcomeLoopsInput,
) {
  const { query, period, signatories, counted } = await closedLoopsOfPeriod(deps, principal, input);
  const names = new Map(signatories.map((s) => [s.id, s.name]));
  const loops = counted
    .filter(
      (c) =>
        (query.signatoryId === undefined || c.loop.signatoryId === query.signatoryId) &&
        (query.outcome === undefined || c.outcome === query.outcome) &&
        (query.stage === undefined || c.stages.includes(query.stage)),
    )
    .map(({ loop, outcome, stages: at }) => ({
      id: loop.id,
      signatoryId: loop.signatoryId,
      organisation: names.get(loop.signatoryId) ?? loop.signatoryId,
      raisedOn: loop.raisedOn,
      communicatedOn: loop.communicatedOn!,
      status: loop.status,
      outcome,
      stages: at,
      youSaid: loop.youSaid,
      weDid: loop.weDid,
      /** The Welsh of the two texts, where written (a Welsh page shows it). */
      cy: { youSaid: loop.cy?.youSaid, weDid: loop.cy?.weDid },
      reportedTo: loop.reportedTo,
    }));
  return {
    period,
    filter: {
      signatoryId: query.signatoryId,
      organisation: query.signatoryId === undefined ? undefined : (names.get(query.signatoryId) ?? query.signatoryId),
      outcome: query.outcome,
      stage: query.stage,
    },
    loops,
  };
}

export type ClosedLoopOutcomes = Awaited<ReturnType<typeof closedLoopOutcomes>>;
export type ClosedLoopsBehind = Awaited<ReturnType<typeof closedLoopsBehind>>;
export type { LoopOutcome, Stage };
