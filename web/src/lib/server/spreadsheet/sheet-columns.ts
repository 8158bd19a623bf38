/**
 * The columns of a spreadsheet people fill (docs/decisions/0405): the record's own columns
 * (decision 0009, from its schema), each with a plain heading in English and in Welsh,
 * what its cells hold (a date, a count, yes or no, one or more choices, an organisation)
 * and, for choices, every value it accepts with its labels in both languages. The
 * headings of the population groups are the partnership's own labels.
 */
import {
  activityInput,
  adjustments,
  audiences,
  channels,
  csvColumns,
  feedbackLoopInput,
  levels,
  loopOutcomes,
  loopStatuses,
  settings,
  stages,
  type CsvColumn,
} from '@equal-partners/shared';
import { appText, type Locale, type MessageKey } from '#lib/i18n/index.ts';
import { dataLabel } from '#lib/i18n/data-labels.ts';

export const sheetKinds = ['activities', 'loops'] as const;
export type SheetKind = (typeof sheetKinds)[number];
export const locales: readonly Locale[] = ['en', 'cy'];

/** What a column's cells hold, which says how a cell is read and written. */
export type CellType =
  'reference' | 'organisation' | 'date' | 'text' | 'count' | 'yes-no' | 'choice' | 'choices' | 'references';

/** A value a choice column accepts: the record's value and its label in each language. */
export interface Choice {
  value: string;
  labels: Record<Locale, string>;
}

export interface SheetColumn extends CsvColumn {
  headings: Record<Locale, string>;
  type: CellType;
  choices?: readonly Choice[];
}

/** What the columns and their cells depend on: the partnership's organisations, groups and principles. */
export interface SheetContext {
  signatories: readonly { id: string; name: string }[];
  groups: readonly { id: string; label: string }[];
  principles: readonly { id: string; title: string }[];
}

const schemas = { activities: activityInput, loops: feedbackLoopInput } as const;

const dateColumns = new Set(['date', 'endDate', 'raisedOn', 'respondedOn', 'communicatedOn']);

/** The fixed vocabularies by column, with the prefix of their labels' messages. */
const vocabularies: Record<string, { values: readonly string[]; prefix: string }> = {
  audience: { values: audiences, prefix: 'audience' },
  channel: { values: channels, prefix: 'channel' },
  setting: { values: settings, prefix: 'setting' },
  stage: { values: stages, prefix: 'stage' },
  level: { values: levels, prefix: 'level' },
  adjustments: { values: adjustments, prefix: 'adjustment' },
  status: { values: loopStatuses, prefix: 'loopStatus' },
  outcome: { values: loopOutcomes, prefix: 'loopOutcome' },
};

const inBoth = (label: (locale: Locale) => string): Record<Locale, string> => ({ en: label('en'), cy: label('cy') });

function vocabularyChoices(name: string): Choice[] | undefined {
  const vocabulary = vocabularies[name];
  if (!vocabulary) return undefined;
  return vocabulary.values.map((value) => ({
    value,
    labels: inBoth((locale) => appText(locale).t(`${vocabulary.prefix}.${value}` as MessageKey)),
  }));
}

function principleChoices(context: SheetContext): Choice[] {
  return context.principles.map(({ id, title }) => ({
    value: id,
    labels: inBoth((locale) => dataLabel(locale, id, title).text),
  }));
}

function typeOf(column: CsvColumn): CellType {
  if (column.name === 'id') return 'reference';
  if (column.name === 'signatoryId') return 'organisation';
  if (column.name === 'activityIds') return 'references';
  if (dateColumns.has(column.name)) return 'date';
  if (column.name === 'principles' || column.leaf === 'list') return 'choices';
  if (vocabularies[column.name]) return 'choice';
  if (column.leaf === 'boolean') return 'yes-no';
  if (column.leaf === 'number') return 'count';
  return 'text';
}

function headingsOf(kind: SheetKind, column: CsvColumn, context: SheetContext): Record<Locale, string> {
  const group = /^participants\.groups\.(.+)$/.exec(column.name)?.[1];
  if (group !== undefined) {
    const label = context.groups.find((g) => g.id === group)?.label ?? group;
    return inBoth((locale) =>
      appText(locale).t('sheet.heading.group', { group: dataLabel(locale, group, label).text }),
    );
  }
  return inBoth((locale) => appText(locale).t(`sheet.heading.${kind}.${column.name}` as MessageKey));
}

/**
 * The columns of a kind's spreadsheet, in the template's order.
 * @example sheetColumns('activities', context).find((c) => c.name === 'date')?.headings.en // 'Date'
 */
export function sheetColumns(kind: SheetKind, context: SheetContext): SheetColumn[] {
  const mapKeys: Record<string, readonly string[]> =
    kind === 'activities' ? { 'participants.groups': context.groups.map((g) => g.id) } : {};
  return csvColumns(schemas[kind], mapKeys).map((column) => {
    const type = typeOf(column);
    const choices = column.name === 'principles' ? principleChoices(context) : vocabularyChoices(column.name);
    return { ...column, type, headings: headingsOf(kind, column, context), ...(choices ? { choices } : {}) };
  });
}

/** How headings are compared: case, spacing, curly quotes and a trailing `*` or `(optional)` do not count. */
export function headingKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*(\*|\((optional|dewisol)\))$/i, '')
    .toLowerCase();
}
