/**
 * Keys are spelt out only in the entity modules (docs/decisions/0014): the words the
 * entity modules put in keys (prefixes, list names, fixed sort keys), found by calling
 * their key builders, appear in no other source file of the functions, the web, the CDK
 * app or the cross-package tests, so no other code builds or slices a key by hand. Every partition
 * they write starts with a word carrying the version of its key layout (`WIDGET_V1#...`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { activityKeys } from '../activities/activity-entity.ts';
import { idempotencyPartition } from '../http/idempotency-entity.ts';
import { loopList } from '../loops/loop-entity.ts';
import { standingPartition } from '../rollups/standing-entity.ts';

const repo = new URL('../../../', import.meta.url);
const functionsSrc = new URL('functions/src/', repo);

/** Every file under a folder of the repo whose name ends with one of `endings`. */
function filesUnder(folder: URL, endings: string[]): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => endings.some((ending) => name.endsWith(ending)) && !name.includes('node_modules'))
    .map((name) => new URL(name, folder).pathname);
}

const isEntityModule = (path: string) => /-entity\.ts$/.test(path);

/** Stands for any record a key builder is given: every field is a lower-case placeholder. */
const placeholder = new Proxy(
  {},
  {
    get: (_, name) => {
      if (typeof name === 'symbol') return undefined;
      if (name === 'version' || name === 'year') return 1;
      return 'v';
    },
  },
);

/** The keys every entity module builds, from its `*Keys` builders and its record kinds, for placeholder values. */
async function builtKeys(): Promise<string[]> {
  const keys: string[] = [];
  for (const path of filesUnder(functionsSrc, ['.ts']).filter(isEntityModule)) {
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function' && name.endsWith('Keys')) {
        keys.push(...Object.values((value as (r: unknown) => Record<string, string>)(placeholder)));
      } else if (
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { keyOf?: unknown }).keyOf === 'function'
      ) {
        keys.push(...Object.values((value as { keyOf: (id: string) => Record<string, string> }).keyOf('v')));
      } else if (typeof value === 'string') {
        keys.push(value);
      }
    }
  }
  return keys;
}

/** The words keys are made of: each upper-case word, with the `#` that follows it where it has one. */
async function keyWords(): Promise<Set<string>> {
  return new Set((await builtKeys()).flatMap((key) => key.match(/[A-Z][A-Z0-9_]+#?/g) ?? []));
}

/** Where `word` appears in `text` as (part of) a string: `'WIDGET#'`, `` `WIDGET#${id}` ``, `'WIDGETS'`, `` `#WIDGETS` ``. */
function findsWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = word.endsWith('#')
    ? new RegExp(`(?<![A-Za-z0-9_])${escaped}`)
    : new RegExp(`(?<=['"\`#}])${escaped}(?=['"\`#$])`);
  return pattern.test(text);
}

describe('key prefixes', () => {
  it('are found by calling the entity modules', async () => {
    const words = await keyWords();
    // One of each sort: a list, a partition of its own, and the partition Powertools writes to.
    for (const word of [loopList, standingPartition, idempotencyPartition]) expect(words).toContain(word);
    // A prefix, with the `#` its id follows.
    const pk = activityKeys({ id: 'v', signatoryId: 'v', date: 'v' }).pk;
    expect([...words].filter((word) => word.endsWith('#') && pk === `${word}v`)).toHaveLength(1);
  });

  it('appear only in the entity modules', async () => {
    const words = await keyWords();
    const sources = [
      ...filesUnder(functionsSrc, ['.ts']).filter((path) => !isEntityModule(path)),
      ...filesUnder(new URL('web/src/', repo), ['.ts', '.svelte']),
      ...filesUnder(new URL('test/', repo), ['.ts']),
      ...filesUnder(new URL('cdk/src/', repo), ['.ts']),
      ...filesUnder(new URL('cdk/test/', repo), ['.ts']),
    ];
    expect(sources.length).toBeGreaterThan(100);
    const found = sources.flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return [...words]
        .filter((word) => findsWord(text, word))
        .map((word) => `${path.slice(repo.pathname.length)}: ${word}`);
    });
    expect(found).toEqual([]);
  });

  it('carry the version of their layout at the start of every partition an entity writes', async () => {
    const partitions = (await builtKeys()).length;
    expect(partitions).toBeGreaterThan(20);
    for (const path of filesUnder(functionsSrc, ['.ts']).filter(isEntityModule)) {
      const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (typeof value !== 'function' || !name.endsWith('Keys')) continue;
        const keys = (value as (r: unknown) => Record<string, string>)(placeholder);
        // A builder given another item's keys (a rollup's segments: its rollup's) passes on its partition.
        for (const attribute of ['pk', 'gsi1pk', 'gsi2pk'].filter((a) => keys[a] !== undefined && keys[a] !== 'v'))
          expect(keys[attribute], `${name}().${attribute}`).toMatch(/^[A-Z][A-Z0-9_]*_V\d+(#|$)/);
      }
    }
  });

  it('are made versioned only in the entity modules: nothing else calls keyWord', () => {
    const callers = filesUnder(functionsSrc, ['.ts'])
      .filter((path) => !isEntityModule(path) && !path.endsWith('/table/keys.ts') && !path.endsWith('.test.ts'))
      .filter((path) => /\bkeyWord\(/.test(readFileSync(path, 'utf8')));
    expect(callers).toEqual([]);
  });

  it('are found wherever a string spells one', () => {
    expect(findsWord('const pk = `WIDGET#${id}`;', 'WIDGET#')).toBe(true);
    expect(findsWord("{ pk: 'x', sk: 'WIDGET' }", 'WIDGET')).toBe(true);
    expect(findsWord('`OWNER#${sid}#WIDGETS`', 'WIDGETS')).toBe(true);
    expect(findsWord("const method = 'POST';", 'WIDGETS')).toBe(false);
    expect(findsWord("const name = 'WIDGET_LOG';", 'WIDGET')).toBe(false);
    expect(findsWord('const name = `NEWWIDGET#`;', 'WIDGET#')).toBe(false);
  });
});
