/**
 * The web app's edges (docs/decisions/0016): pages run the queries, so the web imports
 * from the functions package only its query modules (`*-queries`) and the few host
 * modules, never the table layer or the API app, and makes no HTTP call to `/api/*`
 * from the server.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const web = new URL('../../', import.meta.url);
const functionsPackage = JSON.parse(
  readFileSync(new URL('../../../../functions/package.json', import.meta.url), 'utf8'),
) as {
  exports: Record<string, string>;
};

/** Every source file of the web app, tests left out. */
const sources = readdirSync(web, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name))
  .map((name) => ({ name, text: readFileSync(new URL(name, web), 'utf8') }));

/** The functions source file an import specifier resolves to, through the package's exports. */
function resolved(specifier: string): string {
  const subpath = `.${specifier.slice('@equal-partners/functions'.length)}`;
  if (functionsPackage.exports[subpath]) return functionsPackage.exports[subpath];
  for (const [pattern, target] of Object.entries(functionsPackage.exports)) {
    const [before, after] = pattern.split('*');
    if (after === undefined || !subpath.startsWith(before!) || !subpath.endsWith(after)) continue;
    return target.replace('*', subpath.slice(before!.length, subpath.length - after.length));
  }
  throw new Error(`${specifier} is not exported by the functions package`);
}

const imports = sources.flatMap(({ name, text }) =>
  [...text.matchAll(/from '(@equal-partners\/functions[^']*)'/g)].map((m) => ({ name, target: resolved(m[1]!) })),
);

describe('the web app', () => {
  it('imports query modules and host modules from the functions package, never the table layer, the entity modules or the API app', () => {
    expect(imports.length).toBeGreaterThan(20);
    expect(imports.some(({ target }) => target.endsWith('-queries.ts'))).toBe(true);
    const forbidden = imports.filter(({ target }) =>
      /\/src\/table\/|-entity\.ts$|-entities\.ts$|\/src\/http\/(api-app|app)\.ts$/.test(target),
    );
    expect(forbidden).toEqual([]);
  });

  it('makes no HTTP call to the API from the server', () => {
    const calls = sources.filter(
      ({ name, text }) => name.includes('server') && /(\.request|fetch)\(\s*[`'"]\/api\//.test(text),
    );
    expect(calls.map(({ name }) => name)).toEqual([]);
    expect(sources.filter(({ text }) => /\bcallApi\b|\bapp\.request\(/.test(text)).map(({ name }) => name)).toEqual([]);
  });
});
