import { describe, expect, it } from 'vitest';
import { metricCatalogue, rowSortKeys } from '@equal-partners/shared';
import { boardEn } from '#lib/i18n/board.en.ts';
import { englishBoard } from '#lib/i18n/english-board.ts';
import { publicCy } from '#lib/i18n/public.cy.ts';
import { publicEn } from '#lib/i18n/public.en.ts';
import { welsh } from '#lib/i18n/welsh.ts';
import { boardColumns, boardHeading, overviewCell, publicColumns, publicHeading } from './overview-columns.ts';
import type { Public, SignatoryRowFigures } from '@equal-partners/shared';

const inTable = (table: 'board' | 'public') =>
  metricCatalogue.filter((m) => (m.tables as readonly string[]).includes(table)).map((m) => m.id);

describe('the overview’s table columns', () => {
  it('are the catalogue’s metrics for each table, in its order, each one the overview sorts by', () => {
    expect(boardColumns).toEqual(inTable('board'));
    expect(publicColumns).toEqual(inTable('public'));
    for (const id of [...boardColumns, ...publicColumns]) expect(rowSortKeys, id).toContain(id);
  });

  it('head each column with the text keyed by the metric’s id: the board’s in English, the public’s in English and Welsh', () => {
    expect(boardColumns.map((id) => englishBoard.t(boardHeading(id)))).toEqual([
      'Reach (times people took part)',
      'Inclusion score',
      'Points answered',
      'Points overdue',
      'Principles green',
    ]);
    expect(publicColumns.map((id) => welsh.t(publicHeading(id)))).toEqual([
      'Gweithgareddau',
      'Nifer y troeon y cymerodd pobl ran',
      'Pwyntiau a atebwyd',
      'Pwyntiau hwyr',
      'Egwyddorion ar y trywydd iawn',
    ]);
    // Headings only for metrics of the catalogue's tables: a column dropped there leaves no text behind.
    const metricHeadings = (keys: string[], prefix: string) =>
      keys.filter((key) => key.startsWith(prefix) && metricCatalogue.some((m) => key === `${prefix}${m.id}`));
    expect(metricHeadings(Object.keys(boardEn), 'board.col.')).toEqual(boardColumns.map(boardHeading));
    for (const catalogue of [publicEn, publicCy]) {
      expect(metricHeadings(Object.keys(catalogue), 'col.')).toEqual(publicColumns.map(publicHeading));
    }
  });
});

describe('a cell of the overview', () => {
  const row = (values: Partial<Public<SignatoryRowFigures>>) => values as Public<SignatoryRowFigures>;

  it('puts each figure in words by its unit, with its change as the catalogue says', () => {
    const now = row({
      participations: 1200,
      inclusionScore: 81.6,
      overdueLoops: 2,
      principlesGreen: 0.5,
      activities: 3,
    });
    const before = row({
      participations: 1000,
      inclusionScore: 80,
      overdueLoops: 1,
      principlesGreen: 0.4,
      activities: 3,
    });
    const cell = (id: (typeof boardColumns)[number] | 'activities') => overviewCell(englishBoard, id, now, before, 5);
    expect(cell('participations')).toEqual({ value: '1,200', base: undefined, change: 'up 20%' });
    expect(cell('inclusionScore')).toEqual({ value: '82', base: undefined, change: 'up 1.6' });
    expect(cell('overdueLoops')).toEqual({ value: '2', base: undefined, change: 'up 1' });
    expect(cell('principlesGreen')).toEqual({ value: '50%', base: undefined, change: 'up 10 points' });
    expect(cell('activities')).toEqual({ value: '3', base: undefined, change: 'no change' });
  });

  it('shows a rate on too few cases with its base and no change in points', () => {
    const now = row({ closureRate: 0.5, loopsRaised: 2 });
    const before = row({ closureRate: 0.4, loopsRaised: 10 });
    expect(overviewCell(englishBoard, 'closureRate', now, before, 5)).toEqual({
      value: '50%',
      base: 'based on 2 points raised',
      change: 'too few to compare',
    });
    expect(overviewCell(welsh, 'closureRate', row({ closureRate: 0.75, loopsRaised: 8 }), undefined, 5)).toMatchObject({
      value: '75%',
      base: undefined,
    });
  });

  it('says a figure that is not published is not shown', () => {
    expect(overviewCell(englishBoard, 'participations', row({ participations: '<10' }), undefined, 5).value).toBe(
      'fewer than 10',
    );
  });
});
