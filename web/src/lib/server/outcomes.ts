/**
 * What feedback changed, across partners: the board's and commissioners' page of closed
 * loops by outcome, and the loops behind each of its counts. Only those who may read every
 * signatory's exact figures open them (a 403 page names who may); the queries decide again.
 */
import {
  closedLoopOutcomes,
  closedLoopsBehind,
  outcomeColumns,
  stageRows,
  type OutcomeColumn,
  type StageRow,
} from '@equal-partners/functions/reports/outcome-queries';
import { chosenPeriod } from '#lib/dashboard/period-options.ts';
import { requireReadingEveryone } from './guard.ts';
import { loadPartnership } from './partnership.ts';
import { ask } from './queries.ts';

/** The period a page asks for: a `period=` the queries read, else a custom `from`/`to` of months, else the default. */
function periodFrom(url: URL): { period?: string; from?: string; to?: string } {
  const period = chosenPeriod(url.searchParams.get('period'));
  if (period) return { period };
  const month = (name: string) => {
    const value = url.searchParams.get(name);
    return value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? value : undefined;
  };
  const from = month('from');
  const to = month('to');
  return from && to && from <= to ? { from, to } : {};
}

/** A value of `allowed`, or nothing for anything else. */
const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | undefined =>
  (allowed as readonly (string | null)[]).includes(value) ? (value as T) : undefined;

/** The page's figures: closed loops by outcome per organisation, per stage and over time. */
export async function loadOutcomes(locals: App.Locals, url: URL) {
  const { partnership } = await loadPartnership();
  requireReadingEveryone(locals, partnership.settings);
  const period = periodFrom(url);
  return {
    report: await ask(closedLoopOutcomes, { ...period, partnership }),
    period: period.period ?? '',
    thisMonth: new Date().toISOString().slice(0, 7),
  };
}

/** The closed loops behind one count: the period's, of an organisation, an outcome and a stage where asked. */
export async function loadOutcomeLoops(locals: App.Locals, url: URL) {
  const { partnership } = await loadPartnership();
  requireReadingEveryone(locals, partnership.settings);
  const signatoryId = url.searchParams.get('signatory') ?? undefined;
  const outcome = oneOf<OutcomeColumn>(outcomeColumns, url.searchParams.get('outcome'));
  const stage = oneOf<StageRow>(stageRows, url.searchParams.get('stage'));
  return ask(closedLoopsBehind, {
    ...periodFrom(url),
    ...(signatoryId ? { signatoryId: signatoryId.slice(0, 64) } : {}),
    ...(outcome ? { outcome } : {}),
    ...(stage ? { stage } : {}),
    partnership,
  });
}

export type OutcomesData = Awaited<ReturnType<typeof loadOutcomes>>;
export type OutcomeLoopsData = Awaited<ReturnType<typeof loadOutcomeLoops>>;
