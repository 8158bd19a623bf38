/**
 * The entity modules are the only code that queries the table (issue 13; docs/data-model.md):
 * outside `table/` (the generic table layer), the entity modules (`*-entity.ts`), the local
 * runner and the test support, no source file imports DynamoDB's commands, sends through
 * `store.client` or runs a raw `queryAll`. Capability code calls the entity modules' named
 * functions, or the table layer's generic record reads and writes with an entity's kind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const functionsSrc = new URL('../', import.meta.url);

/** Hands the store's client to Powertools, whose persistence layer writes the idempotency records (their keys: http/idempotency-entity.ts). */
const allowed = new Set(['http/middleware/idempotency.ts']);

const sources = readdirSync(functionsSrc, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
  .filter((name) => !/^(table|local|testing)\//.test(name) && !/-entity\.ts$/.test(name) && !allowed.has(name))
  .map((name) => ({ name, text: readFileSync(new URL(name, functionsSrc), 'utf8') }));

/** What sends a request to the table by hand: a value import of DynamoDB's packages, the raw client, a raw query. */
const byHand = [
  /import\s+\{(?![^}]*^\s*type\b)[^}]*\}\s+from\s+'@aws-sdk\/(lib|client)-dynamodb'/m,
  /import\s+(?!type\b)[^;]*from\s+'@aws-sdk\/lib-dynamodb'/,
  /\bstore\.client\b/,
  /\.client\.send\(/,
  /\bqueryAll\(/,
];

describe('the table', () => {
  it('is queried only by the entity modules and the table layer', () => {
    expect(sources.length).toBeGreaterThan(60);
    const found = sources.flatMap(({ name, text }) =>
      byHand.filter((pattern) => pattern.test(text)).map((pattern) => `${name}: ${pattern.source}`),
    );
    expect(found).toEqual([]);
  });

  it('is found queried by hand wherever a module does so', () => {
    const caught = (text: string) => byHand.some((pattern) => pattern.test(text));
    expect(caught("import { QueryCommand } from '@aws-sdk/lib-dynamodb';")).toBe(true);
    expect(caught("import { GetItemCommand } from '@aws-sdk/client-dynamodb';")).toBe(true);
    expect(caught('await store.client.send(new GetCommand(input));')).toBe(true);
    expect(caught('const items = await queryAll(store, { IndexName });')).toBe(true);
    expect(caught("import type { AttributeValue } from '@aws-sdk/client-dynamodb';")).toBe(false);
    expect(caught("import { listLoopsOfSignatory } from '../loops/loop-entity.ts';")).toBe(false);
  });
});
