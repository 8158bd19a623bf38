/**
 * Reading one cell of a spreadsheet as a person fills it (docs/decisions/0405): UK dates
 * (`27/03/2026`, `27/3/26`, `2026-03-27`, `27 March 2026` and real Excel dates), numbers of
 * people as people type them (`1,200`, `-` for not known), yes and no in English and Welsh,
 * one or more choices by their label in either language or their value, and an
 * organisation by its name or its short name. Each reader answers the record's value or
 * a problem the page words in its language; none throws.
 */
import { maxPeoplePerActivity } from '@equal-partners/shared';
import type { Choice } from './sheet-columns.ts';

/** A cell as a file gives it: text (CSV, text cells), a number, a boolean, a date, a formula or an error. */
export type CellValue = string | number | boolean | Date | null | { formula: string } | { error: string };

/** Why a cell cannot be read, with what the message about it needs. */
export type CellProblemCode =
  | 'required'
  | 'date'
  | 'count'
  | 'yes-no'
  | 'choice'
  | 'organisation'
  | 'organisation-twice'
  | 'formula'
  | 'cell-error';

export interface CellProblem {
  problem: CellProblemCode;
  values?: Record<string, string>;
}

export type Read<T> = { value: T } | CellProblem;

/** No value at all: an empty cell, or one holding only spaces. */
export const isBlank = (cell: CellValue): boolean => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** How choices and names are compared: case, spacing and curly quotes do not count. */
export const matchKey = (text: string): string =>
  text.normalize('NFC').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A cell as text, for the messages and for text columns. A text a spreadsheet would take
 * for a formula is written with a leading apostrophe (`spreadsheetSafe`), which is taken
 * off again here, so an exported file reads back as it was.
 */
export function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoDay(cell);
  if (typeof cell === 'object') return 'formula' in cell ? `=${cell.formula}` : cell.error;
  const text = String(cell);
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A formula or an error in a cell, which no column accepts: the page asks for the value itself. */
function unreadable(cell: CellValue): CellProblem | undefined {
  if (cell === null || typeof cell !== 'object' || cell instanceof Date) return undefined;
  return 'formula' in cell
    ? { problem: 'formula', values: { value: `=${cell.formula}` } }
    : { problem: 'cell-error', values: { value: cell.error } };
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The day a date is when it is a real one (no 31 February), as `YYYY-MM-DD`. */
function realDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 && year <= 9999 ? isoDay(date) : undefined;
}

/** A two-digit year as spreadsheets read it: 00 to 29 are 2000 to 2029, 30 to 99 are 1930 to 1999. */
const fullYear = (year: string) =>
  year.length === 2 ? Number(year) + (Number(year) < 30 ? 2000 : 1900) : Number(year);

const months: Record<string, number> = Object.fromEntries(
  [
    ['january', 'jan', 'ionawr'],
    ['february', 'feb', 'chwefror'],
    ['march', 'mar', 'mawrth'],
    ['april', 'apr', 'ebrill'],
    ['may', 'mai'],
    ['june', 'jun', 'mehefin'],
    ['july', 'jul', 'gorffennaf'],
    ['august', 'aug', 'awst'],
    ['september', 'sep', 'sept', 'medi'],
    ['october', 'oct', 'hydref'],
    ['november', 'nov', 'tachwedd'],
    ['december', 'dec', 'rhagfyr'],
  ].flatMap((names, index) => names.map((name) => [name, index + 1])),
);

/** Days from 1899-12-30 (Excel's day 0, counting its 1900 leap day) to 1970-01-01. */
const excelEpoch = 25_569;

/**
 * A date as people enter it in the UK, as `YYYY-MM-DD`: day/month/year with `/`, `-` or `.`
 * and a two- or four-digit year, `YYYY-MM-DD`, a day and a month's name (English or
 * Welsh), a date cell of the spreadsheet, or a date's serial number when the cell lost its
 * date format.
 * @example readDate('27/3/26') // { value: '2026-03-27' }
 * @example readDate('31/02/2026') // { problem: 'date', values: { value: '31/02/2026' } }
 */
export function readDate(cell: CellValue): Read<string> {
  const refused = unreadable(cell);
  if (refused) return refused;
  if (cell instanceof Date) return { value: isoDay(cell) };
  const text = cellText(cell).trim();
  let day: string | undefined;
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell > 0 && cell < 2_958_466)
      day = isoDay(new Date((cell - excelEpoch) * 86_400_000));
  } else {
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
    const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(text);
    const named = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(text);
    if (iso) day = realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    else if (uk) day = realDay(fullYear(uk[3]!), Number(uk[2]), Number(uk[1]));
    else if (named && months[named[2]!.toLowerCase()])
      day = realDay(Number(named[3]), months[named[2]!.toLowerCase()]!, Number(named[1]));
  }
  return day ? { value: day } : { problem: 'date', values: { value: text } };
}

/** Words people write for "not known" (left out) and for none (0). */
const notKnown = new Set(['-', '–', 'n/a', 'na', 'not known', 'unknown', 'dim yn hysbys', 'amherthnasol']);
const none = new Set(['none', 'nil', 'nobody', 'no one', 'dim', 'neb', 'dim un']);

/**
 * A number of people: a whole number from 0 to 100,000, written with or without thousands
 * separators; "none" is 0 and "-" or "n/a" is not known (left out, as a blank cell is).
 * @example readCount('1,200') // { value: 1200 }
 * @example readCount('n/a') // { value: undefined }
 */
export function readCount(cell: CellValue): Read<number | undefined> {
  const refused = unreadable(cell);
  if (refused) return refused;
  const text = cellText(cell).trim();
  const key = matchKey(text);
  if (notKnown.has(key)) return { value: undefined };
  if (none.has(key)) return { value: 0 };
  const number =
    typeof cell === 'number'
      ? cell
      : /^\d{1,3}([, ]\d{3})*(\.0+)?$|^\d+(\.0+)?$/.test(text)
        ? Number(text.replace(/[, ]/g, ''))
        : NaN;
  if (Number.isInteger(number) && number >= 0 && number <= maxPeoplePerActivity) return { value: number };
  return { problem: 'count', values: { value: text } };
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', 'ie', 'do', 'oes', 'ydy', 'ydw', 'cywir']);
const no = new Set(['no', 'n', 'false', '0', 'na', 'naddo', 'nac oes', 'nag oes', 'nac ydy', 'nac ydw', 'anghywir']);

/**
 * Yes or no, in English or Welsh ("Ie", "Do", "Oes", "Na", "Naddo"...), as true or false,
 * or a tick; a blank cell is no, as an unticked box is.
 * @example readYesNo('Ie') // { value: true }
 */
export function readYesNo(cell: CellValue): Read<boolean> {
  const refused = unreadable(cell);
  if (refused) return refused;
  if (typeof cell === 'boolean') return { value: cell };
  if (isBlank(cell)) return { value: false };
  const key = matchKey(cellText(cell));
  if (yes.has(key)) return { value: true };
  if (no.has(key)) return { value: false };
  return { problem: 'yes-no', values: { value: cellText(cell).trim() } };
}

/** The choice a text names: by its value or its label in either language. */
function findChoice(text: string, choices: readonly Choice[]): Choice | undefined {
  const key = matchKey(text);
  return choices.find(
    (choice) =>
      matchKey(choice.value) === key || matchKey(choice.labels.en) === key || matchKey(choice.labels.cy) === key,
  );
}

/**
 * One of a column's choices, by its label in English or Welsh or by its value.
 * @example readChoice('Online meeting', channelChoices) // { value: 'virtual-meeting' }
 */
export function readChoice(cell: CellValue, choices: readonly Choice[]): Read<string> {
  const refused = unreadable(cell);
  if (refused) return refused;
  const text = cellText(cell).trim();
  const choice = findChoice(text, choices);
  return choice ? { value: choice.value } : { problem: 'choice', values: { value: text } };
}

/**
 * Choices in one cell, separated by semicolons or line breaks, or by commas where a
 * label has none of its own ("Learn, reflect, adapt with partners" is one choice): the
 * longest run of comma-separated parts that names a choice is taken first. Each once.
 * @example readChoices('Children, Parents and carers', audienceChoices) // { value: ['children', 'parents-carers'] }
 */
export function readChoices(cell: CellValue, choices: readonly Choice[]): Read<string[]> {
  const refused = unreadable(cell);
  if (refused) return refused;
  const found: string[] = [];
  for (const part of cellText(cell).split(/[;\n]/)) {
    const pieces = part.split(',');
    let start = 0;
    while (start < pieces.length) {
      if (pieces[start]!.trim() === '') {
        start += 1;
        continue;
      }
      let end = pieces.length;
      let choice: Choice | undefined;
      for (; end > start; end -= 1) {
        choice = findChoice(pieces.slice(start, end).join(','), choices);
        if (choice) break;
      }
      if (!choice) return { problem: 'choice', values: { value: pieces[start]!.trim() } };
      if (!found.includes(choice.value)) found.push(choice.value);
      start = end;
    }
  }
  return { value: found };
}

/**
 * References in one cell (a loop's activities), separated by semicolons, commas, spaces or line breaks.
 * @example readReferences('a-1; a-2') // { value: ['a-1', 'a-2'] }
 */
export function readReferences(cell: CellValue): Read<string[]> {
  const refused = unreadable(cell);
  if (refused) return refused;
  return {
    value: [
      ...new Set(
        cellText(cell)
          .split(/[;,\s]+/)
          .filter((part) => part !== ''),
      ),
    ],
  };
}

/**
 * An organisation by its name or its short name (`demo-city-council`), as the partnership lists it.
 * @example readOrganisation('Oakfield Special School', signatories) // { value: 'oakfield-special-school' }
 */
export function readOrganisation(cell: CellValue, signatories: readonly { id: string; name: string }[]): Read<string> {
  const refused = unreadable(cell);
  if (refused) return refused;
  const text = cellText(cell).trim();
  const key = matchKey(text);
  const byId = signatories.find((s) => s.id === key);
  if (byId) return { value: byId.id };
  const named = signatories.filter((s) => matchKey(s.name) === key);
  if (named.length === 1) return { value: named[0]!.id };
  if (named.length > 1)
    return { problem: 'organisation-twice', values: { value: text, ids: named.map((s) => s.id).join(', ') } };
  return { problem: 'organisation', values: { value: text } };
}

/**
 * Text as the record keeps it: a number or a date written as text, a formula refused.
 * @example readText("'=SUM(A1)") // { value: '=SUM(A1)' }
 */
export function readText(cell: CellValue): Read<string> {
  return unreadable(cell) ?? { value: cellText(cell) };
}
