/**
 * A signatory's row in the partnership overview: who it is and its charter standing,
 * then the figure of every metric of the catalogue (metric-catalogue.ts), in its order,
 * picked from the signatory's figure tree.
 */
import { breakdown, type Breakdown, type PeopleCount } from '../disclosure/figures.ts';
import type { MetricFigures } from '../disclosure/metric-figures.ts';
import type { CharterStatus, Sector } from '../records/vocabulary.ts';
import { metricCatalogue, type Metric, type MetricSection } from './metric-catalogue.ts';

type FigureAt<S, K> = S extends MetricSection
  ? K extends keyof MetricFigures[S]
    ? MetricFigures[S][K]
    : never
  : never;

/** The figures of a row, one per metric of the catalogue. */
export type RowMetricFigures = { [M in Metric as M['id']]: FigureAt<M['section'], M['id']> };

/** One signatory's row in the partnership overview. */
export interface SignatoryRowFigures extends RowMetricFigures {
  signatoryId: string;
  name: string;
  sector: Sector;
  /** The status as of the report's day: an award past its expiry reads `lapsed`. */
  charterStatus: CharterStatus;
  /** An award's day and expiry, when the status is (or lapsed from) an award with a date. */
  awardedOn?: string;
  expiresOn?: string;
}

/** A metric's figure in a figure tree (exact or published, which have the same shape). */
function figureOf(figures: MetricFigures, metric: Metric): unknown {
  return (figures[metric.section] as unknown as Record<string, unknown>)[metric.id];
}

export function signatoryRowFigures(
  signatory: { id: string; name: string; sector: Sector },
  standing: { status: CharterStatus; awardedOn?: string | undefined; expiresOn?: string | undefined },
  figures: MetricFigures,
): SignatoryRowFigures {
  return {
    signatoryId: signatory.id,
    name: signatory.name,
    sector: signatory.sector,
    charterStatus: standing.status,
    ...(standing.awardedOn ? { awardedOn: standing.awardedOn } : {}),
    ...(standing.expiresOn ? { expiresOn: standing.expiresOn } : {}),
    ...(Object.fromEntries(
      metricCatalogue.map((metric) => [metric.id, figureOf(figures, metric)]),
    ) as RowMetricFigures),
  };
}

/** The people counts of the rows that add up to the partnership's own, declared as breakdowns. */
export function rowBreakdowns(rows: readonly SignatoryRowFigures[], totals: MetricFigures): Breakdown[] {
  return metricCatalogue
    .filter((metric) => metric.unit === 'people')
    .map((metric) =>
      breakdown(
        figureOf(totals, metric) as PeopleCount,
        rows.map((row) => row[metric.id] as PeopleCount),
      ),
    );
}
