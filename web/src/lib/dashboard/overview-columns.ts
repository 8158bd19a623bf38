/**
 * The partnership overview's table columns, from the metric catalogue (shared
 * metric-catalogue.ts): which metrics the board's and the public table show, in the
 * catalogue's order, each heading keyed by the metric's id in the i18n catalogues
 * (`board.col.<id>`, `col.<id>`), and each cell's figure and change in words.
 */
import {
  metric,
  tableMetrics,
  type MetricId,
  type MetricUnit,
  type Public,
  type PublicValue,
  type RateName,
  type SignatoryRowFigures,
  type TableMetricId,
} from '@equal-partners/shared';
import type { DashboardKey, Translator } from '#lib/i18n/dashboard.ts';
import { changeOf, changeText } from './change.ts';
import { countText, daysText, peopleText, scoreText, shareText } from './figures.ts';
import { rateShown } from './rates.ts';

/** A row of the overview: exact or published, the same shape. */
type SignatoryRow = Public<SignatoryRowFigures>;

export type BoardColumn = TableMetricId<'board'>;
export type PublicColumn = TableMetricId<'public'>;

/** The board's table: a column per metric, each with its change and rating. */
export const boardColumns: readonly BoardColumn[] = tableMetrics('board');
/** The public table: a column per metric, disclosure-controlled. */
export const publicColumns: readonly PublicColumn[] = tableMetrics('public');

/** A board column's heading, by the metric's id. */
export const boardHeading = (id: BoardColumn) => `board.col.${id}` as const satisfies DashboardKey;
/** A public column's heading, by the metric's id (English and Welsh). */
export const publicHeading = (id: PublicColumn) => `col.${id}` as const satisfies DashboardKey;

const unitText: Record<MetricUnit, (tr: Translator, value: PublicValue | undefined) => string> = {
  count: countText,
  people: peopleText,
  share: (tr, value) => shareText(tr, value),
  days: daysText,
  score: scoreText,
};

/** A cell of the overview: the figure in words, a rate's base when on too few cases, and the change in words. */
export interface OverviewCell {
  value: string;
  base: string | undefined;
  change: string;
}

/**
 * A row's figure for a metric, with its change on the row of the previous period: a rate
 * as `rateShown` puts it (with its base on too few cases), anything else in words by its
 * unit and its change as the catalogue says.
 * @example overviewCell(tr, 'overdueLoops', row, before, 5) // { value: "2", base: undefined, change: "up 1" }
 */
export function overviewCell(
  tr: Translator,
  id: MetricId,
  row: SignatoryRow,
  before: SignatoryRow | undefined,
  minRateBase: number | undefined,
): OverviewCell {
  const entry = metric(id);
  if ('rateBase' in entry) {
    const shown = rateShown(
      tr,
      id as RateName,
      { value: row[id], counts: row },
      before && { value: before[id], counts: before },
      minRateBase,
    );
    return { value: shown.value, base: shown.base, change: shown.change };
  }
  return {
    value: unitText[entry.unit](tr, row[id]),
    base: undefined,
    change: changeText(tr, entry.change ? changeOf(row[id], before?.[id], entry.change.as) : { direction: 'none' }),
  };
}
