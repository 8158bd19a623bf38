import { describe, expect, it } from 'vitest';
import { createFormats, welshMonths } from './format.ts';
import { english } from './english.ts';
import { welsh } from './welsh.ts';

const cy = createFormats('cy');
const en = createFormats('en');
/** Welsh built without the runtime's Welsh data, as in a browser that has none. */
const cyBuilt = createFormats('cy', { runtimeWelsh: false });
const months = Array.from(
  { length: 24 },
  (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
);

describe('Welsh formats', () => {
  it('name the months in Welsh', () => {
    expect(cy.month('2026-01')).toBe('Ion 2026');
    expect(cy.monthLong('2026-08')).toBe('Awst 2026');
    expect(cy.monthName('2026-03')).toBe('Mawrth');
    expect(cy.date('2026-08-05')).toBe('5 Awst 2026');
  });

  it('give a run of months as one range', () => {
    expect(cy.months('2026-01', '2026-12')).toBe('Ion – Rhag 2026');
    expect(cy.months('2025-04', '2026-03')).toBe('Ebr 2025 – Maw 2026');
    expect(cy.monthsLong('2026-04', '2026-06')).toBe('Ebrill – Mehefin 2026');
  });

  it('are the same whether or not the runtime has Welsh', () => {
    for (const month of months) {
      expect(cyBuilt.month(month)).toBe(cy.month(month));
      expect(cyBuilt.monthLong(month)).toBe(cy.monthLong(month));
      expect(cyBuilt.monthName(month)).toBe(cy.monthName(month));
      expect(cyBuilt.date(`${month}-28`)).toBe(cy.date(`${month}-28`));
      for (const to of months.filter((m) => m > month)) {
        expect(cyBuilt.months(month, to)).toBe(cy.months(month, to));
        expect(cyBuilt.monthsLong(month, to)).toBe(cy.monthsLong(month, to));
      }
    }
    for (const names of [
      ['Afal'],
      ['Afal', 'Banana'],
      ['Afal', 'Banana', 'Ceirios'],
      ['Bara', 'Enw', 'Ysgol', 'Iaith'],
    ]) {
      expect(cyBuilt.list(names)).toBe(cy.list(names));
    }
    expect(cyBuilt.percent(0.345)).toBe(cy.percent(0.345));
    expect(cyBuilt.number(12345.6)).toBe(cy.number(12345.6));
  });

  it('hold the Welsh month names the runtime gives', () => {
    expect(welshMonths.long.map((_, i) => cy.monthName(`2026-${String(i + 1).padStart(2, '0')}`))).toEqual([
      ...welshMonths.long,
    ]);
  });

  it('join names with "a", or "ac" before a vowel', () => {
    expect(cy.list(['Parch', 'Cydweithio'])).toBe('Parch a Cydweithio');
    expect(cy.list(['Parch', 'Cydweithio', 'Ymddiriedaeth'])).toBe('Parch, Cydweithio, ac Ymddiriedaeth');
    expect(cy.listParts(['Parch', 'Ymddiriedaeth'])).toEqual([
      { type: 'element', index: 0, value: 'Parch' },
      { type: 'literal', value: ' ac ' },
      { type: 'element', index: 1, value: 'Ymddiriedaeth' },
    ]);
  });

  it('take the six Welsh plural categories', () => {
    expect([0, 1, 2, 3, 6, 10].map((n) => cy.pluralCategory(n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });
});

describe('British English formats', () => {
  it('are unchanged', () => {
    expect(en.month('2026-03')).toBe('Mar 2026');
    expect(en.date('2026-08-05')).toBe('5 August 2026');
    expect(en.months('2026-01', '2026-12')).toBe('Jan – Dec 2026');
    expect(en.number(1234)).toBe('1,234');
    expect(en.percent(0.345)).toBe('35%');
    expect(en.fixed(1.2, 2)).toBe('1.20');
    expect(en.list(['Respect', 'Trust', 'Openness'])).toBe('Respect, Trust and Openness');
  });
});

describe('plural messages', () => {
  it('take the Welsh form for 0, 1, 2, 3, 6 and 10', () => {
    expect([0, 1, 2, 3, 6, 10].map((n) => welsh.plural('count.activities', n))).toEqual([
      '0 o weithgareddau',
      '1 gweithgaredd',
      '2 gweithgaredd',
      '3 gweithgaredd',
      '6 gweithgaredd',
      '10 o weithgareddau',
    ]);
    expect(welsh.plural('waiting.count', 1, { days: welsh.plural('count.days', 3) })).toMatch(/^Mae un cofnod/);
    expect(welsh.plural('waiting.count', 4, { days: '' })).toMatch(/^Mae 4 o gofnodion/);
  });

  it('say "1 activity" and "2 activities" in English', () => {
    expect(english.plural('count.activities', 1)).toBe('1 activity');
    expect(english.plural('count.activities', 2)).toBe('2 activities');
    expect(english.plural('count.activities', 1234)).toBe('1,234 activities');
    expect(english.plural('count.days', 12.5)).toBe('12.5 days');
  });

  it('take the other form for a count in words', () => {
    expect(english.plural('count.times', 'fewer than 10')).toBe('fewer than 10 times');
    expect(welsh.plural('impact.experience.based', 'llai na 10')).toBe(
      'O llai na 10 o atebion i arolwg byr ar ôl gweithgareddau.',
    );
  });
});
