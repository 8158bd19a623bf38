/**
 * A page as a document that carries everything it prints with: its stylesheets inline,
 * its scripts left out (paper has none: the print styles alone decide what shows), so
 * Chromium can print it with no network and no script, here or in the jobs function.
 *
 * The stylesheets are the built app's own, read from the SvelteKit server's copy of the
 * client assets (the same files, by the same content hash), which ships with the server
 * locally and in the web function; any not found there are fetched from this site.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const assetsPath = join('_app', 'immutable', 'assets');

/** The server build's copy of the built stylesheets, by content hash; empty when not built (vite dev). */
function builtStylesheets(): Map<string, string> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++, dir = dirname(dir)) {
    const assets = join(dir, assetsPath);
    if (!existsSync(assets)) continue;
    const files = readdirSync(assets).filter((name) => name.endsWith('.css'));
    return new Map(files.map((name) => [contentHash(name), join(assets, name)]));
  }
  return new Map();
}

/** `0.lhHfvAJX.css` and `_layout.lhHfvAJX.css` are the same content: `lhHfvAJX`. */
const contentHash = (file: string) =>
  file
    .replace(/\.css$/, '')
    .split('.')
    .at(-1) ?? file;

let built: Map<string, string> | undefined;
const inlined = new Map<string, string>();

/** A stylesheet of the page at `href`: from the server build, else from the site (`fetch`, on this origin only). */
async function stylesheet(href: string, page: URL, fetch: typeof globalThis.fetch): Promise<string> {
  const url = new URL(href, page);
  if (url.origin !== page.origin || !url.pathname.includes('/_app/immutable/')) return '';
  const known = inlined.get(url.pathname);
  if (known !== undefined) return known;
  built ??= builtStylesheets();
  const file = built.get(contentHash(url.pathname.split('/').at(-1) ?? ''));
  const css = file ? readFileSync(file, 'utf8') : await (await fetch(url)).text();
  // Built assets are immutable: each is read once per process.
  inlined.set(url.pathname, css);
  return css;
}

const linkPattern = /<link\b[^>]*>/gi;
const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag)?.[1];

/**
 * The page's HTML with each stylesheet it links put inline, and its scripts, module
 * preloads and any Content-Security-Policy meta left out.
 */
export async function printablePage(html: string, page: URL, fetch: typeof globalThis.fetch): Promise<string> {
  const links = [...html.matchAll(linkPattern)].map((m) => m[0]);
  const styles = new Map<string, string>();
  for (const tag of links) {
    const href = attribute(tag, 'href');
    if (attribute(tag, 'rel') === 'stylesheet' && href) styles.set(tag, await stylesheet(href, page, fetch));
  }
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, '')
    .replace(/<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/gi, '')
    .replace(linkPattern, (tag) => {
      if (styles.has(tag)) return `<style>${styles.get(tag)!.replace(/<\/style/gi, '<\\/style')}</style>`;
      return attribute(tag, 'rel') === 'modulepreload' ? '' : tag;
    });
}
