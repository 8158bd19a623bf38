/**
 * The overview's metrics, in one place: each signatory's row in the partnership overview,
 * the overview's CSV columns, its sort keys, the rates' bases, which figures are rated
 * red, amber or green, and which the overview's tables show are all read from this list,
 * in its order. A metric's figure is `figures[section][id]` in the figure tree
 * (`MetricFigures`, disclosure/metric-figures.ts); the type checker holds every entry to that.
 */
import type { MetricFigures } from '../disclosure/metric-figures.ts';

/** The sections of a report (and of its figure tree), as the code names them. */
export type MetricSection = 'reach' | 'inclusion' | 'impact' | 'principles';

/**
 * What a metric's value is: a count of activities, loops or channels (`count`, never
 * suppressed), a count of people (`people`, disclosure-controlled), a share 0..1
 * (`share`), a number of days (`days`) or a score out of 100 (`score`).
 */
export type MetricUnit = 'count' | 'people' | 'share' | 'days' | 'score';

/**
 * How a change on the previous period is put (docs/decisions/0301): a percentage
 * (`count`), percentage points (`share`), a difference in days (`days`), a difference
 * (`number`, for counts too small for percentages to mean much) or a difference in
 * tenths (`score`).
 */
export type ChangeKind = 'count' | 'share' | 'number' | 'days' | 'score';

/** The counts a rate can be a share of (rate-bases.ts). */
export type RateBaseKind = 'activities' | 'inPersonActivities' | 'loopsRaised' | 'loopsClosed' | 'experienceResponses';

/** The partnership overview's tables: the board's (exact, signed in) and the public one. */
export type OverviewTable = 'board' | 'public';

/** One metric of the overview. */
export interface MetricEntry {
  id: string;
  section: MetricSection;
  unit: MetricUnit;
  /** The overview's rows can be sorted by it. */
  sortable: boolean;
  /** Its column in the overview's CSV file. */
  csvColumn: string;
  /**
   * Its change on the previous period: how it is put, and which way is better; null
   * where the pages never compare it with the previous period.
   */
  change: { readonly as: ChangeKind; readonly better: 'higher' | 'lower' } | null;
  /** For a rate: the count it is a share of, which says when it rests on too few cases. */
  rateBase?: RateBaseKind;
  /** The overview rates it red, amber or green (overview-rag.ts). */
  rated: boolean;
  /** The overview's tables with a column for it, in catalogue order. */
  tables: readonly OverviewTable[];
}

/** An entry whose figure is `MetricFigures[section][id]`. */
type InFigureTree = { [S in MetricSection]: { section: S; id: keyof MetricFigures[S] & string } }[MetricSection];

export const metricCatalogue = [
  {
    id: 'activities',
    section: 'reach',
    unit: 'count',
    sortable: true,
    csvColumn: 'activities',
    change: { as: 'count', better: 'higher' },
    rated: false,
    tables: ['public'],
  },
  {
    id: 'participations',
    section: 'reach',
    unit: 'people',
    sortable: true,
    csvColumn: 'participations',
    change: { as: 'count', better: 'higher' },
    rated: true,
    tables: ['board', 'public'],
  },
  {
    id: 'firstTime',
    section: 'reach',
    unit: 'people',
    sortable: false,
    csvColumn: 'firstTime',
    change: null,
    rated: false,
    tables: [],
  },
  {
    id: 'firstTimeShare',
    section: 'reach',
    unit: 'share',
    sortable: true,
    csvColumn: 'firstTimeShare',
    change: { as: 'share', better: 'higher' },
    rated: false,
    tables: [],
  },
  {
    id: 'channelCount',
    section: 'reach',
    unit: 'count',
    sortable: true,
    csvColumn: 'channelCount',
    change: { as: 'number', better: 'higher' },
    rated: false,
    tables: [],
  },
  {
    id: 'outreachShare',
    section: 'reach',
    unit: 'share',
    sortable: true,
    csvColumn: 'outreachShare',
    change: { as: 'share', better: 'higher' },
    /** Activities held in the community or at the organisation: online ones are left out of the share. */
    rateBase: 'inPersonActivities',
    rated: false,
    tables: [],
  },
  {
    id: 'lifecycleCoverage',
    section: 'reach',
    unit: 'share',
    sortable: true,
    csvColumn: 'lifecycleCoverage',
    change: { as: 'share', better: 'higher' },
    rated: false,
    tables: [],
  },
  {
    id: 'demographicsRecorded',
    section: 'inclusion',
    unit: 'people',
    sortable: false,
    csvColumn: 'demographicsRecorded',
    change: null,
    rated: false,
    tables: [],
  },
  {
    id: 'recordedShare',
    section: 'inclusion',
    unit: 'share',
    sortable: true,
    csvColumn: 'recordedShare',
    change: { as: 'share', better: 'higher' },
    rated: false,
    tables: [],
  },
  {
    id: 'inclusionScore',
    section: 'inclusion',
    unit: 'score',
    sortable: true,
    csvColumn: 'inclusionScore',
    change: { as: 'score', better: 'higher' },
    rated: true,
    tables: ['board'],
  },
  {
    id: 'adjustmentRate',
    section: 'inclusion',
    unit: 'share',
    sortable: true,
    csvColumn: 'adjustmentRate',
    change: { as: 'share', better: 'higher' },
    rateBase: 'activities',
    rated: false,
    tables: [],
  },
  {
    id: 'loopsRaised',
    section: 'impact',
    unit: 'count',
    sortable: true,
    csvColumn: 'loopsRaised',
    change: null,
    rated: false,
    tables: [],
  },
  {
    id: 'loopsClosed',
    section: 'impact',
    unit: 'count',
    sortable: true,
    csvColumn: 'loopsClosed',
    change: null,
    rated: false,
    tables: [],
  },
  {
    id: 'closureRate',
    section: 'impact',
    unit: 'share',
    sortable: true,
    csvColumn: 'closureRate',
    change: { as: 'share', better: 'higher' },
    rateBase: 'loopsRaised',
    rated: true,
    tables: ['board', 'public'],
  },
  {
    id: 'medianDaysToClose',
    section: 'impact',
    unit: 'days',
    sortable: true,
    csvColumn: 'medianDaysToClose',
    change: { as: 'days', better: 'lower' },
    rated: false,
    tables: [],
  },
  {
    id: 'overdueLoops',
    section: 'impact',
    unit: 'count',
    sortable: true,
    csvColumn: 'overdueLoops',
    change: { as: 'number', better: 'lower' },
    rated: true,
    tables: ['board', 'public'],
  },
  {
    id: 'changeRate',
    section: 'impact',
    unit: 'share',
    sortable: true,
    csvColumn: 'changeRate',
    change: { as: 'share', better: 'higher' },
    rateBase: 'loopsClosed',
    rated: false,
    tables: [],
  },
  {
    id: 'influenceRate',
    section: 'impact',
    unit: 'share',
    sortable: true,
    csvColumn: 'influenceRate',
    change: null,
    rateBase: 'activities',
    rated: false,
    tables: [],
  },
  {
    id: 'coProductionShare',
    section: 'impact',
    unit: 'share',
    sortable: true,
    csvColumn: 'coProductionShare',
    change: null,
    rateBase: 'activities',
    rated: false,
    tables: [],
  },
  {
    id: 'experienceResponses',
    section: 'impact',
    unit: 'people',
    sortable: false,
    csvColumn: 'experienceResponses',
    change: null,
    rated: false,
    tables: [],
  },
  {
    id: 'feltListened',
    section: 'impact',
    unit: 'share',
    sortable: true,
    csvColumn: 'feltListened',
    change: { as: 'share', better: 'higher' },
    rateBase: 'experienceResponses',
    rated: false,
    tables: [],
  },
  {
    id: 'knowWhatHappensNext',
    section: 'impact',
    unit: 'share',
    sortable: true,
    csvColumn: 'knowWhatHappensNext',
    change: { as: 'share', better: 'higher' },
    rateBase: 'experienceResponses',
    rated: false,
    tables: [],
  },
  {
    id: 'principlesGreen',
    section: 'principles',
    unit: 'share',
    sortable: true,
    csvColumn: 'principlesGreen',
    change: { as: 'share', better: 'higher' },
    rated: true,
    tables: ['board', 'public'],
  },
] as const satisfies readonly (MetricEntry & InFigureTree)[];

export type Metric = (typeof metricCatalogue)[number];
export type MetricId = Metric['id'];
/** The entry of one metric. */
export type MetricOf<Id extends MetricId> = Extract<Metric, { id: Id }>;
/** The metrics the overview's rows can be sorted by. */
export type SortableMetricId = Extract<Metric, { sortable: true }>['id'];
/** The metrics the overview rates red, amber or green. */
export type RatedMetricId = Extract<Metric, { rated: true }>['id'];
/** The rates, each with the count it is a share of. */
export type RateMetric = Extract<Metric, { rateBase: RateBaseKind }>;
type InTable<M, T> = M extends { id: infer I; tables: readonly (infer U)[] } ? (T extends U ? I : never) : never;
/** The metrics an overview table has a column for. */
export type TableMetricId<T extends OverviewTable> = InTable<Metric, T>;

/**
 * A metric's entry by its id.
 * @example metric('closureRate').rateBase // "loopsRaised"
 */
export function metric<Id extends MetricId>(id: Id): MetricOf<Id> {
  return metricCatalogue.find((entry) => entry.id === id) as MetricOf<Id>;
}

/**
 * The metrics a table of the overview has a column for, in catalogue order.
 * @example tableMetrics('public') // ["activities", "participations", "closureRate", "overdueLoops", "principlesGreen"]
 */
export function tableMetrics<T extends OverviewTable>(table: T): TableMetricId<T>[] {
  return metricCatalogue
    .filter((entry) => (entry.tables as readonly OverviewTable[]).includes(table))
    .map((entry) => entry.id as TableMetricId<T>);
}
