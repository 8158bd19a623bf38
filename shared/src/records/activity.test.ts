import { describe, expect, it } from 'vitest';
import { activity, activityInput } from './activity.ts';

const valid = {
  id: 'act-1',
  signatoryId: 'demo-city-council',
  date: '2026-03-02',
  title: 'Parent drop-in at the library',
  audience: ['parents-carers'],
  channel: 'face-to-face-meeting',
  setting: 'community',
  stage: 'design',
  level: 'consulting',
  lundy: { space: true, voice: true, audience: false, influence: false },
  participants: { total: 20, firstTime: 5, demographicsRecorded: 12, groups: { send: 6 } },
};

describe('activity schema', () => {
  it('accepts a complete activity and fills defaults', () => {
    const parsed = activityInput.parse(valid);
    expect(parsed.adjustments).toEqual([]);
    expect(parsed.principles).toEqual([]);
  });

  it('rejects a group count above the participants with demographics recorded', () => {
    const result = activityInput.safeParse({
      ...valid,
      participants: { ...valid.participants, groups: { send: 13 } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['participants', 'groups', 'send']);
  });

  it('rejects more first-time participants than participants', () => {
    const result = activityInput.safeParse({ ...valid, participants: { ...valid.participants, firstTime: 21 } });
    expect(result.error?.issues[0]?.path).toEqual(['participants', 'firstTime']);
  });
});

describe('every error of an activity at once', () => {
  it('asks the rules between fields of the fields that parsed, whatever else did not', () => {
    const result = activityInput.safeParse({
      ...valid,
      title: 'x'.repeat(201),
      participants: { ...valid.participants, firstTime: 21, demographicsRecorded: 'lots' },
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['title', 'too_big'],
      ['participants.demographicsRecorded', 'invalid_type'],
      ['participants.firstTime', 'custom'],
    ]);
  });

  it('compares each group once its own count has parsed, and not a rule whose field did not parse', () => {
    const result = activityInput.safeParse({
      ...valid,
      participants: { ...valid.participants, groups: { send: 13, 'young-carers': 'many' } },
      experience: { responses: 'ten', feltListened: 12, knowWhatHappensNext: 3 },
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'participants.groups.young-carers',
      'participants.groups.send',
      'experience.responses',
    ]);
  });

  it('finds no rule to ask of a body that is not an object', () => {
    for (const notAnObject of [null, 'activity', []])
      expect(activityInput.safeParse(notAnObject).error?.issues.map((i) => i.code)).toEqual(['invalid_type']);
  });
});

describe('an end date', () => {
  it('cannot be before the start date', () => {
    const result = activityInput.safeParse({ ...valid, endDate: '2026-03-01' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['endDate', 'The end date cannot be before the start date'],
    ]);
    expect(activityInput.safeParse({ ...valid, endDate: '2026-03-02' }).success).toBe(true);
    expect(activityInput.safeParse({ ...valid, endDate: '2026-03-04' }).success).toBe(true);
  });

  it('that is not a date is reported once, as not a date', () => {
    const result = activityInput.safeParse({ ...valid, endDate: '01/03/2026' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['endDate', 'invalid_format']]);
  });

  it('before the start is still read from the store, where it was kept before the rule', () => {
    const stored = {
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      createdBy: 'board',
      updatedBy: 'board',
      version: 1,
    };
    expect(activity.safeParse({ ...valid, ...stored, endDate: '2026-03-01' }).success).toBe(true);
  });
});
