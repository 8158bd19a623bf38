import { describe, expect, it } from 'vitest';
import { publicChallenges, publicLoop, publicLoops } from './public-records.ts';

const published = { status: 'published' as const, since: '2026-02-10T09:00:00.000Z', by: 'user:demo-board-admin' };
const waiting = { status: 'waiting' as const, since: '2026-04-20T09:00:00.000Z' };

const loop = {
  id: 'l1',
  raisedOn: '2026-01-10',
  youSaid: 'Meetings are always in the day',
  weDid: 'Moved half of them to evenings',
  status: 'done' as const,
  reportedTo: 'SEND Partnership Board',
  respondedOn: '2026-02-01',
  communicatedOn: '2026-02-09',
  outcome: 'service-change' as const,
  principles: ['open-communication'],
  publicStory: 'A parent told us how evening meetings let her take part.',
  consentToPublish: true,
  publication: published,
};

describe('publicLoop', () => {
  it('keeps what was said and done, with the days it took to close', () => {
    expect(publicLoop(loop, '2026-05-01', 90)).toEqual({
      id: 'l1',
      raisedOn: '2026-01-10',
      youSaid: 'Meetings are always in the day',
      weDid: 'Moved half of them to evenings',
      status: 'done',
      reportedTo: 'SEND Partnership Board',
      respondedOn: '2026-02-01',
      communicatedOn: '2026-02-09',
      outcome: 'service-change',
      principles: ['open-communication'],
      publicStory: 'A parent told us how evening meetings let her take part.',
      daysToClose: 30,
      overdue: false,
      publication: { status: 'published' },
    });
  });

  it('leaves out every text of a loop not yet published, saying how long it has waited', () => {
    const shown = publicLoop({ ...loop, reason: 'No budget', publication: waiting }, '2026-05-01', 90, 7);
    for (const text of ['youSaid', 'weDid', 'reason', 'publicStory']) expect(shown).not.toHaveProperty(text);
    expect(shown).toMatchObject({
      status: 'done',
      communicatedOn: '2026-02-09',
      publication: { status: 'waiting', since: '2026-04-20', days: 11, overdue: true },
    });
    expect(JSON.stringify(shown)).not.toMatch(/evening|budget/i);
  });

  it('leaves a story out unless the people it is about agreed to publish it', () => {
    expect(publicLoop({ ...loop, consentToPublish: false }, '2026-05-01', 90)).not.toHaveProperty('publicStory');
  });

  it('never carries the evidence link or the activities behind the loop', () => {
    const stored = { ...loop, evidenceUrl: 'https://intranet.example/minutes', activityIds: ['a1'] };
    const shown = publicLoop(stored, '2026-05-01', 90);
    expect(shown).not.toHaveProperty('evidenceUrl');
    expect(shown).not.toHaveProperty('activityIds');
  });

  it('marks a loop overdue once it has been open longer than the due days', () => {
    const open = { ...loop, status: 'open' as const, respondedOn: undefined, communicatedOn: undefined };
    expect(publicLoop(open, '2026-04-10', 90).overdue).toBe(false);
    expect(publicLoop(open, '2026-04-11', 90).overdue).toBe(true);
  });
});

describe('publicLoops', () => {
  it('lists loops raised by today, newest first', () => {
    const shown = publicLoops(
      [
        { ...loop, id: 'old', raisedOn: '2025-12-01' },
        { ...loop, id: 'new', raisedOn: '2026-03-01', communicatedOn: undefined },
        { ...loop, id: 'future', raisedOn: '2026-06-01', communicatedOn: undefined },
      ],
      '2026-05-01',
      90,
    );
    expect(shown.map((l) => l.id)).toEqual(['new', 'old']);
  });
});

describe('publicChallenges', () => {
  const raised = {
    reviewerId: 'forum',
    text: 'Why were no young carers asked?',
    principles: [],
    publication: published,
  };

  it('shows answered challenges and those left unanswered too long, never those still within time', () => {
    const shown = publicChallenges(
      [
        { ...raised, id: 'answered', raisedOn: '2026-04-01', response: 'We will ask them.', respondedOn: '2026-04-20' },
        { ...raised, id: 'waiting', raisedOn: '2026-04-20' },
        { ...raised, id: 'ignored', raisedOn: '2026-03-01' },
      ],
      '2026-05-01',
      28,
    );
    expect(shown.map((c) => [c.id, c.overdue])).toEqual([
      ['answered', false],
      ['ignored', true],
    ]);
    expect(shown[0]).toMatchObject({ response: 'We will ask them.', respondedOn: '2026-04-20' });
  });

  it('does not show an answer or a closure dated after today', () => {
    const [shown] = publicChallenges(
      [
        {
          ...raised,
          id: 'c',
          raisedOn: '2026-01-01',
          response: 'Later',
          respondedOn: '2026-06-01',
          closure: 'resolved',
          closedOn: '2026-06-02',
        },
      ],
      '2026-05-01',
      28,
    );
    expect(shown).toEqual({
      reviewerId: 'forum',
      text: 'Why were no young carers asked?',
      principles: [],
      id: 'c',
      raisedOn: '2026-01-01',
      overdue: true,
      publication: { status: 'published' },
    });
  });

  it('leaves out the challenge and its answer until they are published', () => {
    const [shown] = publicChallenges(
      [
        {
          ...raised,
          id: 'c',
          raisedOn: '2026-04-01',
          response: 'We asked them.',
          respondedOn: '2026-04-10',
          publication: waiting,
        },
      ],
      '2026-05-01',
      28,
      14,
    );
    expect(shown).not.toHaveProperty('text');
    expect(shown).not.toHaveProperty('response');
    expect(shown).toMatchObject({ respondedOn: '2026-04-10', publication: { status: 'waiting', days: 11 } });
  });
});
