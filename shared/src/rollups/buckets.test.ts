import { describe, expect, it } from 'vitest';
import { bucketsOfChange } from './buckets.ts';

const activity = { entity: 'activity', signatoryId: 'oak-school', date: '2026-03-31', id: 'a1' };
const keys = { pk: 'ACTIVITY#a1', sk: 'ACTIVITY' };

describe('buckets of a change', () => {
  it('puts an activity in its signatory and month', () => {
    expect(bucketsOfChange({ keys, newImage: activity })).toEqual({
      signatoryMonths: [{ signatoryId: 'oak-school', month: '2026-03' }],
      standings: [],
      allStandings: false,
    });
  });

  it('touches both months when an activity moves to another month, and the old one when it is deleted', () => {
    const moved = bucketsOfChange({ keys, oldImage: activity, newImage: { ...activity, date: '2026-04-01' } });
    expect(moved.signatoryMonths).toEqual([
      { signatoryId: 'oak-school', month: '2026-03' },
      { signatoryId: 'oak-school', month: '2026-04' },
    ]);
    expect(bucketsOfChange({ keys, oldImage: activity }).signatoryMonths).toEqual([
      { signatoryId: 'oak-school', month: '2026-03' },
    ]);
  });

  it('puts a loop in the month it was raised and in its signatory standing', () => {
    const loop = { entity: 'loop', signatoryId: 'oak-school', raisedOn: '2026-01-05', communicatedOn: '2026-04-01' };
    expect(bucketsOfChange({ keys: { pk: 'LOOP#l1', sk: 'LOOP' }, newImage: loop })).toEqual({
      signatoryMonths: [{ signatoryId: 'oak-school', month: '2026-01' }],
      standings: ['oak-school'],
      allStandings: false,
    });
  });

  it('touches the standing for an assessment, every standing for new loop due days, and nothing for other items', () => {
    const assessment = { entity: 'assessment', signatoryId: 'oak-school', period: '2026-Q1' };
    expect(bucketsOfChange({ keys: { pk: 'ASSESSMENT#x', sk: 'ASSESSMENT' }, newImage: assessment }).standings).toEqual(
      ['oak-school'],
    );
    const partnership = (loopDueDays: number) => ({ entity: 'partnership', settings: { loopDueDays } });
    const pk = { pk: 'PARTNERSHIP', sk: 'PARTNERSHIP' };
    expect(bucketsOfChange({ keys: pk, oldImage: partnership(90), newImage: partnership(60) }).allStandings).toBe(true);
    expect(bucketsOfChange({ keys: pk, oldImage: partnership(90), newImage: partnership(90) }).allStandings).toBe(
      false,
    );
    const rollup = { entity: 'rollup', signatoryId: 'oak-school', month: '2026-01' };
    expect(bucketsOfChange({ keys: { pk: 'ROLLUP#2026-01', sk: 'SIGNATORY#oak-school' }, newImage: rollup })).toEqual({
      signatoryMonths: [],
      standings: [],
      allStandings: false,
    });
  });
});
