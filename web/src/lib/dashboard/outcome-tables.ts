/**
 * The outcomes page's three tables (closed loops by organisation, by stage, over time) as
 * rows of exact counts with their labels, the address of the loops behind each count, and
 * the same tables as CSV files whose header row a person can read.
 */
import { csvLine, spreadsheetSafe } from '@equal-partners/shared';
import type { ClosedLoopOutcomes, OutcomeColumn, StageRow } from '@equal-partners/functions/reports/outcome-queries';
import { outcomeColumns } from '@equal-partners/functions/reports/outcome-queries';
import type { AppText } from '#lib/i18n/app-text.ts';

/** The words the tables need, in the page's language. */
export type OutcomeText = Pick<AppText, 't' | 'formatMonth'>;

export const outcomeTables = ['organisations', 'stages', 'months'] as const;
export type OutcomeTable = (typeof outcomeTables)[number];

/** Which loops a count is of: the period's months, and an organisation, outcome or stage. */
export interface LoopsFilter {
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  signatory?: string | undefined;
  outcome?: OutcomeColumn | undefined;
  stage?: StageRow | undefined;
}

/** A row of a table: its label, the loops it is of, and a count per outcome with the row's total. */
export interface OutcomeRow {
  key: string;
  label: string;
  note?: string | undefined;
  filter: LoopsFilter;
  counts: Record<OutcomeColumn, number>;
  total: number;
}

export interface OutcomeTableRows {
  rows: OutcomeRow[];
  /** The row of totals; the stages have none, since a loop may count at more than one. */
  totals?: OutcomeRow | undefined;
}

/** A closed loop's outcome in words: the domain's label, or that none was recorded. */
export function outcomeLabel({ t }: OutcomeText, outcome: OutcomeColumn): string {
  return outcome === 'not-recorded' ? t('outcomes.notRecorded') : t(`loopOutcome.${outcome}`);
}

/** A stage in words, or not linked to an activity. */
export function stageLabel({ t }: OutcomeText, stage: StageRow): string {
  return stage === 'not-linked' ? t('outcomes.byStage.notLinked') : t(`stage.${stage}`);
}

/** A block of months raised: "Mar 2026", or "Jan 2026 to Mar 2026". */
export function monthsLabel({ formatMonth }: OutcomeText, block: { from: string; to: string }): string {
  return block.from === block.to ? formatMonth(block.from) : `${formatMonth(block.from)} – ${formatMonth(block.to)}`;
}

/** The address of the loops behind a count: the outcomes page's list, with only the filters that apply. */
export function loopsHref(filter: LoopsFilter): string {
  const query = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const search = query.toString();
  return `/dashboard/outcomes/loops${search ? `?${search}` : ''}`;
}

/** The rows of one of the tables, for the period the report is of (`period` as the page asked it, if it did). */
export function outcomeTable(
  text: OutcomeText,
  report: ClosedLoopOutcomes,
  table: OutcomeTable,
  period: string,
): OutcomeTableRows {
  const { t } = text;
  const within: LoopsFilter = period ? { period } : { from: report.period.from, to: report.period.to };
  const total = (label: string): OutcomeRow => ({ key: 'total', label, filter: within, ...report.closed });
  switch (table) {
    case 'organisations':
      return {
        rows: report.bySignatory.map((row) => ({
          key: row.signatoryId,
          label: row.name,
          filter: { ...within, signatory: row.signatoryId },
          counts: row.counts,
          total: row.total,
        })),
        totals: total(t('outcomes.bySignatory.totalRow')),
      };
    case 'stages':
      return {
        rows: report.byStage.map((row) => ({
          key: row.stage,
          label: stageLabel(text, row.stage),
          filter: { ...within, stage: row.stage },
          counts: row.counts,
          total: row.total,
        })),
      };
    case 'months':
      return {
        rows: report.overTime.map((row) => ({
          key: row.from,
          label: monthsLabel(text, row),
          note: row.partial ? t('outcomes.inProgress') : undefined,
          filter: { from: row.from, to: row.to },
          counts: row.counts,
          total: row.total,
        })),
        totals: total(t('outcomes.overTime.totalRow')),
      };
  }
}

/** The heading of a table's first column. */
export function rowHeading({ t }: OutcomeText, report: ClosedLoopOutcomes, table: OutcomeTable): string {
  if (table === 'organisations') return t('outcomes.bySignatory.column');
  if (table === 'stages') return t('outcomes.byStage.column');
  return t(`outcomes.overTime.column.${report.interval}`);
}

/**
 * One table as a CSV file of exact counts: a header row in words (the months raised, what
 * the rows are, each outcome, the total), a row per row of the table, and its totals.
 * @example outcomesCsv(appEnglish, report, 'stages', '').split('\n')[0] // "Raised from (month),Raised to (month),Stage,A service changed,..."
 */
export function outcomesCsv(
  text: OutcomeText,
  report: ClosedLoopOutcomes,
  table: OutcomeTable,
  period: string,
): string {
  const { t } = text;
  const { rows, totals } = outcomeTable(text, report, table, period);
  const header = [
    t('outcomes.file.from'),
    t('outcomes.file.to'),
    rowHeading(text, report, table),
    ...outcomeColumns.map((outcome) => outcomeLabel(text, outcome)),
    t('outcomes.total'),
  ];
  const line = (row: OutcomeRow, from: string, to: string) =>
    csvLine([
      from,
      to,
      spreadsheetSafe(row.label),
      ...outcomeColumns.map((o) => String(row.counts[o])),
      String(row.total),
    ]);
  const { from, to } = report.period;
  return [
    csvLine(header),
    ...rows.map((row) => (table === 'months' ? line(row, row.filter.from!, row.filter.to!) : line(row, from, to))),
    ...(totals ? [line(totals, from, to)] : []),
  ].join('');
}
