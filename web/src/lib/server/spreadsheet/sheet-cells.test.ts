import { describe, expect, it } from 'vitest';
import {
  cellText,
  readChoice,
  readChoices,
  readCount,
  readDate,
  readOrganisation,
  readReferences,
  readText,
  readYesNo,
} from './sheet-cells.ts';
import { sheetColumns, type SheetContext } from './sheet-columns.ts';

const context: SheetContext = {
  signatories: [
    { id: 'demo-city-council', name: "Demo City Council Children's Services" },
    { id: 'oakfield-special-school', name: 'Oakfield Special School' },
    { id: 'riverside-primary', name: 'Riverside Primary' },
    { id: 'riverside-primary-2', name: 'Riverside Primary' },
  ],
  groups: [
    { id: 'send', label: 'Children with SEND' },
    { id: 'fsm', label: 'Eligible for free school meals' },
  ],
  principles: [
    { id: 'learn-reflect-adapt', title: 'Learn, reflect, adapt with partners' },
    { id: 'inclusive', title: 'Inclusive' },
  ],
};
const columns = sheetColumns('activities', context);
const choicesOf = (name: string) => columns.find((c) => c.name === name)!.choices!;

describe('reading a date as people in the UK enter it', () => {
  it.each([
    ['27/03/2026', '2026-03-27'],
    ['27/3/2026', '2026-03-27'],
    ['7/3/26', '2026-03-07'],
    ['07-03-2026', '2026-03-07'],
    ['07.03.2026', '2026-03-07'],
    ['2026-03-27', '2026-03-27'],
    ['2026-3-7', '2026-03-07'],
    ['27 March 2026', '2026-03-27'],
    ['1st Apr 2026', '2026-04-01'],
    ['27 Mawrth 2026', '2026-03-27'],
    [' 27/03/2026 ', '2026-03-27'],
    ['29/02/2024', '2024-02-29'],
    ['1/1/99', '1999-01-01'],
  ])('reads %s as %s', (text, day) => {
    expect(readDate(text)).toEqual({ value: day });
  });

  it('reads a date cell of a workbook by its day, and a date that lost its format by its serial number', () => {
    expect(readDate(new Date(Date.UTC(2026, 2, 27)))).toEqual({ value: '2026-03-27' });
    // 46108 is 27 March 2026 in Excel's count of days.
    expect(readDate(46108)).toEqual({ value: '2026-03-27' });
  });

  it.each(['31/02/2026', '29/02/2025', '13/13/2026', '03/27/2026', 'March 2026', 'yesterday', '2026-02-30'])(
    'refuses %s, saying what to enter',
    (text) => {
      expect(readDate(text)).toEqual({ problem: 'date', values: { value: text } });
    },
  );

  it('refuses a formula, asking for the value itself', () => {
    expect(readDate({ formula: 'TODAY()' })).toEqual({ problem: 'formula', values: { value: '=TODAY()' } });
  });
});

describe('reading a number of people', () => {
  it.each([
    ['12', 12],
    [' 12 ', 12],
    ['1,200', 1200],
    ['1 200', 1200],
    ['12.0', 12],
    ['0', 0],
    ['none', 0],
    ['Dim', 0],
  ])('reads %s as %d', (text, n) => {
    expect(readCount(text)).toEqual({ value: n });
  });

  it('reads a number cell as it is, and "not known" as a blank', () => {
    expect(readCount(14)).toEqual({ value: 14 });
    expect(readCount('n/a')).toEqual({ value: undefined });
    expect(readCount('-')).toEqual({ value: undefined });
  });

  it.each(['lots', '12.5', '-3', '1,20', '100001', '=SUM(A1:A3)'])('refuses %s', (text) => {
    expect(readCount(text)).toEqual({ problem: 'count', values: { value: text } });
  });

  it('refuses a number cell that is not a whole number of people', () => {
    expect(readCount(2.5)).toEqual({ problem: 'count', values: { value: '2.5' } });
  });
});

describe('reading yes or no', () => {
  it.each(['Yes', 'y', 'TRUE', '1', 'x', '✓', 'Ie', 'do', 'Oes', 'ydy'])('reads %s as yes', (text) => {
    expect(readYesNo(text)).toEqual({ value: true });
  });

  it.each(['No', 'n', 'false', '0', 'Na', 'Naddo', 'nac oes', ''])('reads %j as no', (text) => {
    expect(readYesNo(text)).toEqual({ value: false });
  });

  it('reads a workbook’s true and false, a blank cell as no, and refuses anything else', () => {
    expect(readYesNo(true)).toEqual({ value: true });
    expect(readYesNo(null)).toEqual({ value: false });
    expect(readYesNo('maybe')).toEqual({ problem: 'yes-no', values: { value: 'maybe' } });
  });
});

describe('reading choices', () => {
  it('reads one choice by its English label, its Welsh label or its value, whatever the case and spacing', () => {
    const channels = choicesOf('channel');
    expect(readChoice('Online meeting', channels)).toEqual({ value: 'virtual-meeting' });
    expect(readChoice('  online   MEETING ', channels)).toEqual({ value: 'virtual-meeting' });
    expect(readChoice('virtual-meeting', channels)).toEqual({ value: 'virtual-meeting' });
    const welsh = channels.find((c) => c.value === 'workshop')!.labels.cy;
    expect(readChoice(welsh, channels)).toEqual({ value: 'workshop' });
    expect(readChoice('Zoom call', channels)).toEqual({ problem: 'choice', values: { value: 'Zoom call' } });
  });

  it('reads a list separated by semicolons, commas or line breaks, each once', () => {
    const audience = choicesOf('audience');
    expect(readChoices('Children; Parents and carers', audience)).toEqual({ value: ['children', 'parents-carers'] });
    expect(readChoices('children, parents and carers,children', audience)).toEqual({
      value: ['children', 'parents-carers'],
    });
    expect(readChoices('Children\nFamilies', audience)).toEqual({ value: ['children', 'families'] });
    expect(readChoices('Children; Grandparents', audience)).toEqual({
      problem: 'choice',
      values: { value: 'Grandparents' },
    });
  });

  it('keeps a label that has commas of its own as one choice', () => {
    expect(readChoices('Learn, reflect, adapt with partners, Inclusive', choicesOf('principles'))).toEqual({
      value: ['learn-reflect-adapt', 'inclusive'],
    });
  });

  it('reads references separated by semicolons, commas or spaces', () => {
    expect(readReferences('a-1; a-2,a-3 a-1')).toEqual({ value: ['a-1', 'a-2', 'a-3'] });
  });
});

describe('reading an organisation', () => {
  it('reads it by its name, whatever the case or apostrophe, or by its short name', () => {
    expect(readOrganisation('Oakfield Special School', context.signatories)).toEqual({
      value: 'oakfield-special-school',
    });
    expect(readOrganisation('demo city council children’s services', context.signatories)).toEqual({
      value: 'demo-city-council',
    });
    expect(readOrganisation('oakfield-special-school', context.signatories)).toEqual({
      value: 'oakfield-special-school',
    });
  });

  it('refuses a name no organisation has, and one two organisations share, naming their short names', () => {
    expect(readOrganisation('Oakfield School', context.signatories)).toEqual({
      problem: 'organisation',
      values: { value: 'Oakfield School' },
    });
    expect(readOrganisation('Riverside Primary', context.signatories)).toEqual({
      problem: 'organisation-twice',
      values: { value: 'Riverside Primary', ids: 'riverside-primary, riverside-primary-2' },
    });
  });
});

describe('reading text', () => {
  it('reads text a spreadsheet would run as text, taking off the apostrophe an export put before it', () => {
    expect(readText('=1+1')).toEqual({ value: '=1+1' });
    expect(readText('\'=HYPERLINK("http://x")')).toEqual({ value: '=HYPERLINK("http://x")' });
    expect(readText("'- first point")).toEqual({ value: '- first point' });
    expect(readText("It's fine")).toEqual({ value: "It's fine" });
    expect(readText(2024)).toEqual({ value: '2024' });
  });

  it('refuses a formula cell and an error cell of a workbook', () => {
    expect(readText({ formula: 'A1&B1' })).toEqual({ problem: 'formula', values: { value: '=A1&B1' } });
    expect(readText({ error: '#N/A' })).toEqual({ problem: 'cell-error', values: { value: '#N/A' } });
    expect(cellText(null)).toBe('');
  });
});
