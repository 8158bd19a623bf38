import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import type { ClosedLoopOutcomes } from '@equal-partners/functions/reports/outcome-queries';
import { appEnglish } from '#lib/i18n/app-english.ts';
import { loopsHref, outcomesCsv, outcomeTable } from './outcome-tables.ts';

const counts = (some: Partial<ClosedLoopOutcomes['closed']['counts']>) => ({
  'service-change': 0,
  'policy-change': 0,
  'commissioning-decision': 0,
  'resource-allocation': 0,
  'information-improved': 0,
  none: 0,
  'not-recorded': 0,
  ...some,
});

/** Two organisations' closed loops in 2026's first quarter, one loop raised at two stages. */
const report = {
  partnership: { name: 'Demo City' },
  period: {
    kind: 'quarter',
    key: '2026-Q1',
    label: 'Jan to Mar 2026',
    from: '2026-01',
    to: '2026-03',
    start: '2026-01-01',
    end: '2026-03-31',
    asOf: '2026-03-31',
    partial: false,
  },
  interval: 'month',
  closed: { counts: counts({ 'service-change': 2, none: 1 }), total: 3 },
  bySignatory: [
    { signatoryId: 'trust', name: '=Trust', sector: 'health', counts: counts({ 'service-change': 2 }), total: 2 },
    { signatoryId: 'school', name: 'School, the', sector: 'education', counts: counts({ none: 1 }), total: 1 },
  ],
  byStage: [
    { stage: 'commissioning', counts: counts({ 'service-change': 1 }), total: 1 },
    { stage: 'design', counts: counts({ 'service-change': 1 }), total: 1 },
    { stage: 'delivery', counts: counts({}), total: 0 },
    { stage: 'evaluation', counts: counts({}), total: 0 },
    { stage: 'not-linked', counts: counts({ 'service-change': 1, none: 1 }), total: 2 },
  ],
  overTime: [
    { from: '2026-01', to: '2026-01', partial: false, counts: counts({}), total: 0 },
    { from: '2026-02', to: '2026-02', partial: false, counts: counts({ 'service-change': 2 }), total: 2 },
    { from: '2026-03', to: '2026-03', partial: false, counts: counts({ none: 1 }), total: 1 },
  ],
} as const satisfies ClosedLoopOutcomes;

const header = [
  'A service changed',
  'A policy changed',
  'A commissioning decision',
  'Money or staff were allocated',
  'Information improved',
  'Nothing changed',
  'Outcome not recorded',
  'All closed loops',
];

describe('the outcomes tables as CSV files', () => {
  it('have a header row in words and a row per organisation with the totals, exactly', () => {
    const rows = csvParseRows(outcomesCsv(appEnglish, report, 'organisations', '2026-Q1'));
    expect(rows).toEqual([
      ['Raised from (month)', 'Raised to (month)', 'Organisation', ...header],
      // A name a spreadsheet would run as a formula is made safe.
      ['2026-01', '2026-03', "'=Trust", '2', '0', '0', '0', '0', '0', '0', '2'],
      ['2026-01', '2026-03', 'School, the', '0', '0', '0', '0', '0', '1', '0', '1'],
      ['2026-01', '2026-03', 'All organisations', '2', '0', '0', '0', '0', '1', '0', '3'],
    ]);
  });

  it('have no totals row by stage, where a loop can count twice', () => {
    const rows = csvParseRows(outcomesCsv(appEnglish, report, 'stages', ''));
    expect(rows[0]![2]).toBe('Stage');
    expect(rows.map((row) => row[2])).toEqual([
      'Stage',
      'Commissioning',
      'Design',
      'Delivery',
      'Evaluation',
      'Not linked to an activity',
    ]);
  });

  it('give each month its own months, and the whole period its total', () => {
    const rows = csvParseRows(outcomesCsv(appEnglish, report, 'months', ''));
    expect(rows[0]!.slice(0, 3)).toEqual(['Raised from (month)', 'Raised to (month)', 'Month raised']);
    expect(rows.slice(1).map((row) => [row[0], row[1], row.at(-1)])).toEqual([
      ['2026-01', '2026-01', '0'],
      ['2026-02', '2026-02', '2'],
      ['2026-03', '2026-03', '1'],
      ['2026-01', '2026-03', '3'],
    ]);
  });
});

describe('the loops behind a count', () => {
  it('are asked for by the period shown and the row, the outcome added by the cell', () => {
    const [trust] = outcomeTable(appEnglish, report, 'organisations', '2026-Q1').rows;
    expect(loopsHref({ ...trust!.filter, outcome: 'service-change' })).toBe(
      '/dashboard/outcomes/loops?period=2026-Q1&signatory=trust&outcome=service-change',
    );
    // The default period is asked for by its months; a month of the series by its own.
    expect(loopsHref(outcomeTable(appEnglish, report, 'stages', '').rows[4]!.filter)).toBe(
      '/dashboard/outcomes/loops?from=2026-01&to=2026-03&stage=not-linked',
    );
    expect(loopsHref(outcomeTable(appEnglish, report, 'months', '2026-Q1').rows[1]!.filter)).toBe(
      '/dashboard/outcomes/loops?from=2026-02&to=2026-02',
    );
  });
});
