import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclose, exactValues, roundCount, suppressedMark, type DisclosureRules } from './disclose.ts';
import { breakdown, exact, label, people, rate, scaled, share, type PeopleCount } from './figures.ts';

const rules: DisclosureRules = { threshold: 10, rounding: 5 };

describe('disclosure control of single figures', () => {
  it('suppresses counts of people from 1 to k-1, shows 0, and rounds the rest to the nearest 5', () => {
    const out = disclose(
      {
        figures: {
          none: people(0),
          one: people(1),
          nine: people(9),
          ten: people(10),
          twelve: people(12),
          thirteen: people(13),
          big: people(1237),
        },
        breakdowns: [],
      },
      rules,
    );
    expect(out).toEqual({ none: 0, one: '<10', nine: '<10', ten: 10, twelve: 10, thirteen: 15, big: 1235 });
  });

  it('publishes counts of activities, loops and days exactly', () => {
    expect(
      disclose({ figures: { activities: exact(3), days: exact(17.5), none: exact(null) }, breakdowns: [] }, rules),
    ).toEqual({
      activities: 3,
      days: 17.5,
      none: null,
    });
  });

  it('never rounds a published count below k', () => {
    expect(roundCount(7, { threshold: 7, rounding: 5 })).toBe(10);
    expect(roundCount(11, { threshold: 10, rounding: 5 })).toBe(10);
  });

  it('shows a share only when numerator and denominator are both at least k, computed from the published counts', () => {
    const out = disclose(
      {
        figures: {
          shown: share(people(12), people(40)),
          smallNumerator: share(people(9), people(40)),
          zeroNumerator: share(people(0), people(40)),
          smallDenominator: share(people(9), people(9)),
          undefinedShare: share(people(0), people(0)),
        },
        breakdowns: [],
      },
      rules,
    );
    // 12 is published as 10, so the public share is 10 / 40
    expect(out).toEqual({
      shown: 0.25,
      smallNumerator: suppressedMark,
      zeroNumerator: suppressedMark,
      smallDenominator: suppressedMark,
      undefinedShare: null,
    });
  });

  it('computes rates, scaled shares and labels from published figures and hides them with their inputs', () => {
    const big = share(people(22), people(100));
    const small = share(people(5), people(100));
    const flag = (value: number) => (value < 0.6 ? ('under' as const) : null);
    const out = disclose(
      {
        figures: {
          perThousand: rate(people(123), 50_000, 1000),
          representation: scaled(big, 1 / 0.4),
          flag: label(scaled(big, 1 / 0.4), flag),
          hiddenFlag: label(scaled(small, 1 / 0.4), flag),
        },
        breakdowns: [],
      },
      rules,
    );
    // 22 is published as 20: 20 / 100 / 0.4 = 0.5, under 0.6 (the exact 0.55 would be too)
    expect(out).toEqual({ perThousand: 2.5, representation: 0.5, flag: 'under', hiddenFlag: suppressedMark });
  });

  it('works labels out from the published figure, so a label never contradicts it', () => {
    // exactly 0.59 (under), but published from rounded counts as 60 / 100 = 0.6 (not under)
    const figure = share(people(59), people(100));
    const out = disclose(
      { figures: { flag: label(figure, (v) => (v < 0.6 ? 'under' : 'fine')) }, breakdowns: [] },
      rules,
    );
    expect(out.flag).toBe('fine');
    expect(
      exactValues({ figures: { flag: label(figure, (v) => (v < 0.6 ? 'under' : 'fine')) }, breakdowns: [] }).flag,
    ).toBe('under');
  });

  it('computes figures from other figures before rounding what is shown', () => {
    const small = share(people(15), people(2340));
    const out = disclose(
      { figures: { share: small, representation: scaled(small, 1 / 0.012) }, breakdowns: [] },
      rules,
    );
    // 15 / 2340 = 0.0064 (shown to 4 places); / 0.012 = 0.534, not 0.0064 rounded first
    expect(out).toEqual({ share: 0.0064, representation: 0.534 });
  });

  it('gives signed-in readers the exact values of the same figures', () => {
    expect(exactValues({ figures: { n: people(7), s: share(people(3), people(4)) }, breakdowns: [] })).toEqual({
      n: 7,
      s: 0.75,
    });
  });
});

describe('complementary suppression', () => {
  it('suppresses the next smallest cell when one cell of a breakdown with a published total is suppressed', () => {
    const cells = [people(5), people(15), people(40)];
    const total = people(60);
    const out = disclose({ figures: { total, cells }, breakdowns: [breakdown(total, cells)] }, rules);
    expect(out).toEqual({ total: 60, cells: ['<10', suppressedMark, 40] });
  });

  it('leaves a breakdown alone when two cells are already suppressed or the total is suppressed', () => {
    const cells = [people(3), people(4), people(40)];
    const total = people(47);
    expect(disclose({ figures: { total, cells }, breakdowns: [breakdown(total, cells)] }, rules)).toEqual({
      total: 45,
      cells: ['<10', '<10', 40],
    });
    const tiny = [people(3), people(0)];
    const tinyTotal = people(3);
    expect(disclose({ figures: { tinyTotal, tiny }, breakdowns: [breakdown(tinyTotal, tiny)] }, rules)).toEqual({
      tinyTotal: '<10',
      tiny: ['<10', 0],
    });
  });

  it('hides a share computed from a count suppressed as a complement', () => {
    const cells = [people(5), people(15), people(40)];
    const total = people(60);
    const out = disclose(
      { figures: { total, cells, second: share(cells[1]!, total) }, breakdowns: [breakdown(total, cells)] },
      rules,
    );
    expect(out.second).toBe(suppressedMark);
  });
});

const rulesArb = fc.record({ threshold: fc.integer({ min: 2, max: 20 }), rounding: fc.integer({ min: 1, max: 10 }) });

/** A table of counts with row and column totals: every row and every column is a breakdown. */
const tableArb = fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 6 })).chain(([rows, columns]) =>
  fc.array(
    fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 200 })), {
      minLength: columns,
      maxLength: columns,
    }),
    {
      minLength: rows,
      maxLength: rows,
    },
  ),
);

function buildTable(values: number[][]) {
  const cells = values.map((row) => row.map((v) => people(v)));
  const rowTotals = values.map((row) => people(row.reduce((a, b) => a + b, 0)));
  const columnTotals = values[0]!.map((_, j) => people(values.reduce((sum, row) => sum + row[j]!, 0)));
  const grand = people(values.flat().reduce((a, b) => a + b, 0));
  const breakdowns = [
    ...cells.map((row, i) => breakdown(rowTotals[i]!, row)),
    ...columnTotals.map((total, j) =>
      breakdown(
        total,
        cells.map((row) => row[j]!),
      ),
    ),
    breakdown(grand, rowTotals),
    breakdown(grand, columnTotals),
  ];
  return { figures: { cells, rowTotals, columnTotals, grand }, breakdowns };
}

describe('disclosure properties', () => {
  it('never publishes a count of people from 1 to k-1', () => {
    fc.assert(
      fc.property(tableArb, rulesArb, (values, r) => {
        const out = disclose(buildTable(values), r);
        const published = [...out.cells.flat(), ...out.rowTotals, ...out.columnTotals, out.grand];
        for (const value of published) {
          if (typeof value === 'number') expect(value === 0 || value >= r.threshold).toBe(true);
          else expect([`<${r.threshold}`, suppressedMark]).toContain(value);
        }
      }),
    );
  });

  it('never leaves a lone suppressed cell that subtraction from a published total would recover', () => {
    fc.assert(
      fc.property(tableArb, rulesArb, (values, r) => {
        const table = buildTable(values);
        const out = disclose(table, r);
        const publicOf = new Map<PeopleCount, unknown>();
        table.figures.cells.flat().forEach((c, i) => publicOf.set(c, out.cells.flat()[i]));
        table.figures.rowTotals.forEach((c, i) => publicOf.set(c, out.rowTotals[i]));
        table.figures.columnTotals.forEach((c, i) => publicOf.set(c, out.columnTotals[i]));
        publicOf.set(table.figures.grand, out.grand);
        for (const { total, cells } of table.breakdowns) {
          if (typeof publicOf.get(total) !== 'number') continue;
          const hiddenCells = cells.filter((c) => typeof publicOf.get(c) !== 'number');
          expect(hiddenCells.length).not.toBe(1);
        }
      }),
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(tableArb, rulesArb, (values, r) => {
        expect(disclose(buildTable(values), r)).toEqual(disclose(buildTable(structuredClone(values)), r));
      }),
    );
  });
});
