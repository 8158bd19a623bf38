import { describe, expect, it } from 'vitest';
import {
  overviewCsv,
  overviewCsvColumns,
  overviewCsvFields,
  seriesCsv,
  seriesCsvFields,
  type PublishedRow,
} from './overview-csv.ts';

const row = (overrides: Partial<Record<(typeof overviewCsvFields)[number], string | number | null>>): PublishedRow =>
  Object.fromEntries(overviewCsvFields.map((f) => [f, overrides[f] ?? null])) as PublishedRow;

describe('the overview as open data', () => {
  it('writes one row per signatory after the header, with the period on every row', () => {
    const csv = overviewCsv(
      [
        row({ signatoryId: 'a', name: 'Parks, Play and Youth', participations: '<10', firstTimeShare: 'suppressed' }),
        row({ signatoryId: 'b', name: 'The "Hub"', participations: 45, closureRate: 0.75, awardedOn: '2025-06-14' }),
      ],
      { from: '2026-04', to: '2026-06' },
    );
    const lines = csv.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(['periodFrom', 'periodTo', ...overviewCsvColumns].join(','));
    expect(lines[1]).toMatch(/^2026-04,2026-06,a,"Parks, Play and Youth",/);
    expect(lines[1]!.split(',')).toContain('<10');
    expect(lines[2]).toMatch(/^2026-04,2026-06,b,"The ""Hub""",,,2025-06-14,,,45,/);
  });

  it('writes names a spreadsheet would run as formulas as text, and numbers as numbers', () => {
    const csv = overviewCsv(
      [
        row({ signatoryId: 'c', name: '=HYPERLINK("http://example.test","Click")', participations: 12 }),
        row({ signatoryId: 'd', name: '@SUM(A1)', closureRate: 0 }),
        row({ signatoryId: 'e', name: '-2+3', inclusionScore: 82.5 }),
      ],
      { from: '2026-04', to: '2026-06' },
    );
    const [, first, second, third] = csv.trimEnd().split('\n');
    expect(first).toContain(`,"'=HYPERLINK(""http://example.test"",""Click"")",`);
    expect(first!.split(',')).toContain('12');
    expect(second).toContain(",'@SUM(A1),");
    expect(third).toContain(",'-2+3,");
    expect(third!.split(',')).toContain('82.5');
  });
});

describe('a signatory’s months as a file', () => {
  it('writes a row per month with the signatory, whether the month is over, and empty cells for no figure', () => {
    const csv = seriesCsv('oakfield', [
      { month: '2026-04', partial: false, activities: 3, participations: '<10', closureRate: null },
      { month: '2026-05', partial: true, activities: 0, participations: 0, closureRate: 0.5 },
    ]);
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(['signatoryId', 'month', 'partial', ...seriesCsvFields].join(','));
    expect(lines[1]).toBe('oakfield,2026-04,false,3,<10,,,,');
    expect(lines[2]).toBe('oakfield,2026-05,true,0,0,,,0.5,');
  });
});
