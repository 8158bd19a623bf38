/**
 * The figures as CSV files: the overview, one row per signatory with the period on every
 * row so that a file read on its own says what it covers, and one signatory's months.
 * Public files carry the same disclosure-controlled values as the public API; exact ones,
 * for those who may read them, the exact values.
 */
import type { SeriesPointFigures } from '../disclosure/metric-figures.ts';
import { metricCatalogue, type MetricId } from '../metrics/metric-catalogue.ts';
import type { SignatoryRowFigures } from '../metrics/overview-rows.ts';
import { csvLine, spreadsheetSafe } from './record-csv.ts';

/**
 * A figure's cell: empty where there is no figure, numbers as they are, and text (which
 * comes from people, like organisation names) made safe to open in a spreadsheet.
 */
function cell(value: string | number | null | undefined): string {
  return value === null || value === undefined
    ? ''
    : typeof value === 'number'
      ? String(value)
      : spreadsheetSafe(value);
}

/** The row's fields that say whose row it is, in the order of the file's first columns after the period. */
const overviewCsvIdentity = [
  'signatoryId',
  'name',
  'sector',
  'charterStatus',
  'awardedOn',
  'expiresOn',
] as const satisfies readonly (keyof SignatoryRowFigures)[];

/** The overview row's fields, in the order of the file's columns after the period: whose row, then every metric. */
export const overviewCsvFields: readonly ((typeof overviewCsvIdentity)[number] | MetricId)[] = [
  ...overviewCsvIdentity,
  ...metricCatalogue.map((metric) => metric.id),
];

/** The file's column names after the period, one per field of `overviewCsvFields`. */
export const overviewCsvColumns: readonly string[] = [
  ...overviewCsvIdentity,
  ...metricCatalogue.map((metric) => metric.csvColumn),
];

/** A row as published: numbers, `"<10"` or `"suppressed"` for figures held back, null where there is no figure. */
export type PublishedRow = Readonly<
  Partial<Record<(typeof overviewCsvFields)[number], string | number | null | undefined>>
>;

/**
 * The CSV file of published overview rows for a period (`YYYY-MM` months, both included).
 * A figure that does not exist (null, or no award date) is an empty cell.
 * @example overviewCsv(rows, { from: '2026-04', to: '2026-06' }).split('\n')[0] // "periodFrom,periodTo,signatoryId,..."
 */
export function overviewCsv(rows: readonly PublishedRow[], period: { from: string; to: string }): string {
  return [
    csvLine(['periodFrom', 'periodTo', ...overviewCsvColumns]),
    ...rows.map((row) => csvLine([period.from, period.to, ...overviewCsvFields.map((field) => cell(row[field]))])),
  ].join('');
}

/** A monthly series point's fields, in the order of the file's columns after the signatory and month. */
export const seriesCsvFields = [
  'activities',
  'participations',
  'loopsRaised',
  'loopsClosed',
  'closureRate',
  'coProductionShare',
] as const satisfies readonly (keyof SeriesPointFigures)[];

/** A month as published (or exactly, for those who may see it): numbers, `"<10"`, `"suppressed"` or null. */
export type PublishedPoint = Readonly<
  { month: string; partial: boolean } & Partial<Record<(typeof seriesCsvFields)[number], string | number | null>>
>;

/**
 * One signatory's months as a CSV file: a row per month, with `partial` true for a month
 * that is not over yet. A figure that does not exist is an empty cell.
 * @example seriesCsv('oakfield', points).split('\n')[0] // "signatoryId,month,partial,activities,..."
 */
export function seriesCsv(
  signatoryId: string,
  points: readonly PublishedPoint[],
  feedback?: (month: string) => MonthFeedback,
): string {
  const feedbackColumns = feedback ? feedbackCsvFields : [];
  return [
    csvLine(['signatoryId', 'month', 'partial', ...seriesCsvFields, ...feedbackColumns]),
    ...points.map((point) => {
      const told = feedback?.(point.month);
      return csvLine([
        cell(signatoryId),
        point.month,
        String(point.partial),
        ...seriesCsvFields.map((field) => cell(point[field])),
        ...(told ? feedbackCsvFields.map((field) => cell(told[field])) : []),
      ]);
    }),
  ].join('');
}

/**
 * Families' feedback in a month (docs/decisions/0111): only whole activities with at
 * least the floor of final answers, so a month never rests on fewer answers than the floor.
 */
export interface MonthFeedback {
  feedbackActivities: number;
  feedbackResponses: number;
  feedbackFeltListened: number;
  feedbackKnowWhatHappensNext: number;
  feedbackEasyToTakePart: number;
}

/** The month file's families' feedback columns, after the others. */
export const feedbackCsvFields = [
  'feedbackActivities',
  'feedbackResponses',
  'feedbackFeltListened',
  'feedbackKnowWhatHappensNext',
  'feedbackEasyToTakePart',
] as const satisfies readonly (keyof MonthFeedback)[];

/** A quarter as published: its key (`FY2026-Q1`), first and last month, and its figures. */
export type PublishedQuarter = PublishedPoint & { period: string; from: string; to: string };

/**
 * One signatory's published quarters as a CSV file (open data): a row per quarter, with
 * `partial` true for a quarter not over yet and `year-only` for a count published for
 * the financial year only.
 * @example quarterSeriesCsv('oakfield', points).split('\n')[0] // "signatoryId,period,from,to,partial,activities,..."
 */
export function quarterSeriesCsv(signatoryId: string, points: readonly PublishedQuarter[]): string {
  return [
    csvLine(['signatoryId', 'period', 'from', 'to', 'partial', ...seriesCsvFields]),
    ...points.map((point) =>
      csvLine([
        cell(signatoryId),
        point.period,
        point.from,
        point.to,
        String(point.partial),
        ...seriesCsvFields.map((field) => cell(point[field])),
      ]),
    ),
  ].join('');
}
