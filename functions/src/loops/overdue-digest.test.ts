import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { council, createApiFixture, demoToday, newLoop, school, type ApiFixture } from '../testing/api-fixture.ts';
import { digestText, overdueDigest } from './overdue-digest.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('digest');
});
afterAll(() => api.drop());

describe('the overdue digest', () => {
  it('lists loops open past loopDueDays and unanswered challenges past challengeDueDays, by signatory', async () => {
    const before = await overdueDigest(api.store, demoToday);
    const councilBefore = before.signatories.find((s) => s.signatoryId === council)?.loops.length ?? 0;

    // 2026-02-13 is 91 days before 2026-05-15: overdue. 2026-02-15 (89 days) is not.
    await api.call('admin', 'POST', '/api/v1/loops', {
      body: newLoop('digest-late', council, { raisedOn: '2026-02-13' }),
    });
    await api.call('admin', 'POST', '/api/v1/loops', {
      body: newLoop('digest-on-time', council, { raisedOn: '2026-02-15' }),
    });
    await api.call('admin', 'POST', '/api/v1/loops', {
      body: newLoop('digest-closed', council, { raisedOn: '2026-01-02', status: 'done', communicatedOn: '2026-03-01' }),
    });
    const challenge = { signatoryId: school, reviewerId: 'demo-city-parent-carer-forum', text: 'Why?' };
    await api.call('admin', 'POST', '/api/v1/challenges', {
      body: { ...challenge, id: 'digest-ch-late', raisedOn: '2026-04-10' },
    });
    await api.call('admin', 'POST', '/api/v1/challenges', {
      body: { ...challenge, id: 'digest-ch-recent', raisedOn: '2026-05-01' },
    });

    const digest = await overdueDigest(api.store, demoToday);
    const councilRow = digest.signatories.find((s) => s.signatoryId === council)!;
    expect(councilRow.loops.length).toBe(councilBefore + 1);
    expect(councilRow.loops.find((l) => l.id === 'digest-late')).toEqual({
      id: 'digest-late',
      raisedOn: '2026-02-13',
      daysOpen: 91,
    });
    expect(councilRow.loops.map((l) => l.id)).not.toContain('digest-on-time');
    expect(councilRow.loops.map((l) => l.id)).not.toContain('digest-closed');
    const schoolRow = digest.signatories.find((s) => s.signatoryId === school)!;
    expect(schoolRow.challenges.map((c) => c.id)).toEqual(['digest-ch-late']);
    expect(digest.totals.loops).toBe(digest.signatories.reduce((n, s) => n + s.loops.length, 0));

    const text = digestText(digest);
    expect(text).toContain("Demo City Council Children's Services");
    // One of a thing is singular, more are plural: never "(s)".
    expect(text).toContain('1 challenge unanswered after 28 days');
    const late = councilRow.loops.length;
    expect(text).toContain(`${late} feedback loop${late === 1 ? '' : 's'} not closed after 90 days`);
    expect(text).not.toContain('(s)');
    expect(text).not.toContain('Evening sessions please');
  });
});
