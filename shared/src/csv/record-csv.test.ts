import { describe, expect, it } from 'vitest';
import { activityInput } from '../records/activity.ts';
import { feedbackLoopInput } from '../records/feedback-loop.ts';
import { checkHeaders, columnOf, csvColumns, csvLine, rowToRecord } from './record-csv.ts';

const columns = csvColumns(activityInput, { 'participants.groups': ['send', 'fsm'] });
const names = columns.map((c) => c.name);

describe('CSV columns from a schema', () => {
  it('flattens nested fields and expands the group counts', () => {
    expect(names).toContain('participants.total');
    expect(names).toContain('lundy.influence');
    expect(names).toContain('participants.groups.send');
    expect(names).toContain('experience.feltListened');
    expect(names).not.toContain('participants.groups');
  });

  it('marks required and optional columns from the schema', () => {
    const required = (name: string) => columns.find((c) => c.name === name)?.required;
    expect(required('title')).toBe(true);
    expect(required('participants.total')).toBe(true);
    expect(required('endDate')).toBe(false);
    expect(required('experience.responses')).toBe(false);
    expect(required('publicSummary')).toBe(false);
  });

  it('turns a row into the record the API would accept', () => {
    const row = Object.fromEntries(names.map((n) => [n, '']));
    Object.assign(row, {
      id: 'a1',
      signatoryId: 'demo-city-council',
      date: '2026-03-02',
      title: 'Drop-in',
      audience: 'parents-carers; families',
      channel: 'small-group',
      setting: 'community',
      stage: 'design',
      level: 'consulting',
      'lundy.space': 'yes',
      'lundy.voice': 'TRUE',
      'lundy.audience': 'no',
      'lundy.influence': '0',
      'participants.total': '12',
      'participants.firstTime': '3',
      'participants.demographicsRecorded': '10',
      'participants.groups.send': '4',
    });
    const record = rowToRecord(row, columns);
    const parsed = activityInput.parse(record);
    expect(parsed.audience).toEqual(['parents-carers', 'families']);
    expect(parsed.lundy).toEqual({ space: true, voice: true, audience: false, influence: false });
    expect(parsed.participants.groups).toEqual({ send: 4 });
    expect(parsed.experience).toBeUndefined();
  });

  it('gives the Welsh of each text a column, and a Welsh row back the record it came from', () => {
    const loopColumns = csvColumns(feedbackLoopInput);
    const welsh = loopColumns.filter((c) => c.name.startsWith('cy.'));
    expect(welsh.map((c) => [c.name, c.required])).toEqual([
      ['cy.youSaid', false],
      ['cy.weDid', false],
      ['cy.reason', false],
      ['cy.publicStory', false],
    ]);
    const row = {
      id: 'l1',
      signatoryId: 'demo-city-council',
      raisedOn: '2026-03-02',
      youSaid: 'Evening sessions',
      weDid: 'Two a month',
      status: 'done',
      'cy.youSaid': 'Sesiynau gyda’r nos',
      'cy.weDid': 'Dwy bob mis',
      'cy.reason': ' ',
    };
    const parsed = feedbackLoopInput.parse(rowToRecord(row, loopColumns));
    expect(parsed.cy).toEqual({ youSaid: 'Sesiynau gyda’r nos', weDid: 'Dwy bob mis' });
    expect(rowToRecord({ ...row, 'cy.youSaid': '', 'cy.weDid': '' }, loopColumns)).not.toHaveProperty('cy');
  });

  it('names the column a schema error is about', () => {
    expect(columnOf(['participants', 'groups', 'send'], columns)).toBe('participants.groups.send');
    expect(columnOf(['principles', 2], columns)).toBe('principles');
    expect(columnOf([], columns)).toBe('(row)');
  });

  it('reports unknown, repeated and missing headers', () => {
    const loopColumns = csvColumns(feedbackLoopInput);
    const problems = checkHeaders(['id', 'id', 'signatory', 'raisedOn', 'youSaid', 'status'], loopColumns);
    expect(problems.map((p) => p.column)).toEqual(['id', 'signatory', 'signatoryId']);
  });
});

describe('a CSV line', () => {
  it('quotes only the fields that need it, doubling their double quotes', () => {
    expect(csvLine(['id', 'participants.total'])).toBe('id,participants.total\n');
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 'cr\r', ' spaced ', ''])).toBe(
      '"a,b","say ""hi""","two\nlines","cr\r", spaced ,\n',
    );
  });
});
