import { describe, expect, it } from 'vitest';
import { publicPublication, waitingToPublish, type PublicPublication } from './public-publication.ts';

describe('publicPublication', () => {
  it('says only that a published text is published', () => {
    const record = { publication: { status: 'published' as const, since: '2026-05-01T00:00:00Z', by: 'user:a' } };
    expect(publicPublication(record, '2026-05-15', 14)).toEqual({ status: 'published' });
  });

  it('says since when a text waits, and whether longer than the board allows', () => {
    const record = { publication: { status: 'waiting' as const, since: '2026-04-20T08:00:00Z' } };
    expect(publicPublication(record, '2026-05-15', 14)).toEqual({
      status: 'waiting',
      since: '2026-04-20',
      days: 25,
      overdue: true,
    });
    expect(publicPublication(record, '2026-05-15', 30)).toMatchObject({ overdue: false });
  });
});

describe('waitingToPublish', () => {
  const entry = (id: string, publication: PublicPublication) => ({ id, publication });

  it('counts the waiting entries, the longest wait, and lists the overdue ones longest first', () => {
    const summary = waitingToPublish([
      entry('a', { status: 'published' }),
      entry('b', { status: 'waiting', since: '2026-05-10', days: 5, overdue: false }),
      entry('c', { status: 'waiting', since: '2026-04-25', days: 20, overdue: true }),
      entry('d', { status: 'waiting', since: '2026-04-15', days: 30, overdue: true }),
    ]);
    expect(summary.count).toBe(3);
    expect(summary.oldestDays).toBe(30);
    expect(summary.overdue.map((e) => e.id)).toEqual(['d', 'c']);
  });

  it('has no longest wait when nothing waits', () => {
    expect(waitingToPublish([entry('a', { status: 'published' })])).toEqual({ count: 0, overdue: [] });
  });
});
