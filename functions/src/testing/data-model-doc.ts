/**
 * The "Items" table of docs/data-model.md, read by the tests, so the keys the doc
 * promises and the keys the entity modules build are checked against each other
 * rather than written out twice.
 */
import { readFileSync } from 'node:fs';
import type { ItemKeys } from '../table/keys.ts';

/** One row: its key templates (the doc's text, with placeholders such as `<sid>`), by attribute. */
export type DocumentedItem = Partial<Record<keyof ItemKeys, string>>;

const docPath = new URL('../../../docs/data-model.md', import.meta.url);

/** Every row of the table, by the text of its first column (`activity`, `user (local only)`, ...). */
export function documentedItems(): Map<string, DocumentedItem> {
  const text = readFileSync(docPath, 'utf8');
  const section = /^## Items\n([\s\S]*?)(?=^## )/m.exec(text)?.[1];
  if (!section) throw new Error('docs/data-model.md has no "## Items" section');
  const rows = section.split('\n').filter((line) => line.startsWith('|'));
  // The header row, then the separator, then the items.
  const items = new Map<string, DocumentedItem>();
  for (const row of rows.slice(2)) {
    const [label, primary, gsi1, gsi2] = row
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const item: DocumentedItem = {};
    const pair = (cell: string | undefined, pk: keyof ItemKeys, sk: keyof ItemKeys) => {
      if (!cell) return;
      const match = /^`([^`]+)` \/ `([^`]+)`$/.exec(cell);
      if (!match) throw new Error(`docs/data-model.md: cannot read "${cell}" in the row of ${label}`);
      item[pk] = match[1];
      item[sk] = match[2];
    };
    pair(primary, 'pk', 'sk');
    pair(gsi1, 'gsi1pk', 'gsi1sk');
    pair(gsi2, 'gsi2pk', 'gsi2sk');
    items.set(label!, item);
  }
  return items;
}

/**
 * The keys the doc gives for one row, with its placeholders (`<id>`, `<sid>`, ...) filled
 * in from `values`. A placeholder left without a value, or a value for none, is an error.
 */
export function documentedKeys(label: string, values: Record<string, string>): ItemKeys {
  const item = documentedItems().get(label);
  if (!item) throw new Error(`docs/data-model.md has no row "${label}"`);
  const used = new Set<string>();
  const keys: Record<string, string> = {};
  for (const [attribute, template] of Object.entries(item)) {
    keys[attribute] = template.replace(/<([^>]+)>/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`no value for <${name}> in the row "${label}"`);
      used.add(name);
      return value;
    });
  }
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`the row "${label}" has no ${unused.map((n) => `<${n}>`).join(', ')}`);
  return keys as unknown as ItemKeys;
}
