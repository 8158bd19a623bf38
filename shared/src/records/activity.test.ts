import { describe, expect, it } from 'vitest';
import { activityInput } from './activity.ts';

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
