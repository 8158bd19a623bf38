/**
 * The public overview as open data: one CSV row per signatory with the same
 * disclosure-controlled values as the public API's overview rows, and the period on
 * every row so that a file read on its own says what it covers.
 */
import type { SignatoryRowFigures } from '../disclosure/metric-figures.ts';
import { csvLine, spreadsheetSafe } from './record-csv.ts';

/** The overview row's fields, in the order of the file's columns after the period. */
export const overviewCsvFields = [
  'signatoryId',
  'name',
  'sector',
  'charterStatus',
  'awardedOn',
  'expiresOn',
  'activities',
  'participations',
  'firstTime',
  'firstTimeShare',
  'channelCount',
  'outreachShare',
  'lifecycleCoverage',
  'demographicsRecorded',
  'recordedShare',
  'inclusionScore',
  'adjustmentRate',
  'loopsRaised',
  'loopsClosed',
  'closureRate',
  'medianDaysToClose',
  'overdueLoops',
  'changeRate',
  'influenceRate',
  'coProductionShare',
  'experienceResponses',
  'feltListened',
  'knowWhatHappensNext',
  'principlesGreen',
] as const satisfies readonly (keyof SignatoryRowFigures)[];

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
  // Text comes from people (organisation names), so it is made safe to open in a spreadsheet.
  const cell = (value: string | number | null | undefined) =>
    value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : spreadsheetSafe(value);
  return [
    csvLine(['periodFrom', 'periodTo', ...overviewCsvFields]),
    ...rows.map((row) => csvLine([period.from, period.to, ...overviewCsvFields.map((field) => cell(row[field]))])),
  ].join('');
}
