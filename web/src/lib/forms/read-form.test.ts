import { describe, expect, it } from 'vitest';
import { activityInput, csvColumns } from '@equal-partners/shared';
import { dateOf, formToRecord, rawValues, recordToValues } from './read-form.ts';

const columns = csvColumns(activityInput, { 'participants.groups': ['send', 'fsm'] });

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('reading a submitted form', () => {
  it('builds the record from dotted names, ticked boxes, GOV.UK dates and unticked yes/no boxes', () => {
    const values = rawValues(
      form([
        ['title', 'Drop-in'],
        ['date.day', '2'],
        ['date.month', '3'],
        ['date.year', '2026'],
        ['audience', 'children'],
        ['audience', 'families'],
        ['lundy.voice', 'yes'],
        ['participants.total', '20'],
        ['participants.groups.send', '4'],
        ['participants.groups.fsm', ''],
      ]),
    );
    expect(values.audience).toEqual(['children', 'families']);
    const record = formToRecord(values, columns);
    expect(record).toMatchObject({
      title: 'Drop-in',
      date: '2026-03-02',
      audience: ['children', 'families'],
      lundy: { space: false, voice: true, audience: false, influence: false },
      participants: { total: 20, groups: { send: 4 } },
    });
    expect(record).not.toHaveProperty('endDate');
    expect(record).not.toHaveProperty('experience');
  });

  it('keeps a date that is not a real one visibly wrong, so the schema refuses it', () => {
    expect(dateOf({ 'd.day': '31', 'd.month': '2', 'd.year': '2026' }, 'd')).toBe('2026-02-31');
    expect(dateOf({ 'd.day': '1', 'd.month': '2', 'd.year': '26' }, 'd')).toBe('26-02-01');
    expect(dateOf({ 'd.day': '', 'd.month': '', 'd.year': '' }, 'd')).toBe('');
    expect(activityInput.shape.date.safeParse('2026-02-31').success).toBe(false);
    expect(activityInput.shape.date.safeParse('26-02-01').success).toBe(false);
  });

  it('gives back the values a stored record was made from', () => {
    const stored = {
      title: 'Drop-in',
      date: '2026-03-02',
      audience: ['children'],
      lundy: { space: true, voice: false, audience: false, influence: false },
      participants: { total: 20, firstTime: 2, demographicsRecorded: 5, groups: { fsm: 3 } },
    };
    const values = recordToValues(stored, columns);
    expect(values).toMatchObject({
      title: 'Drop-in',
      date: '2026-03-02',
      audience: ['children'],
      'lundy.space': 'yes',
      'lundy.voice': '',
      'participants.groups.fsm': '3',
    });
    expect(formToRecord(values, columns)).toMatchObject(stored);
  });
});
