import adapter from '@sveltejs/adapter-node';
import { sveltekit, type Config } from '@sveltejs/kit/vite';
import { NodePackageImporter } from 'sass';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicyDirectives } from '@equal-partners/functions/security-headers';

/**
 * The pages' Content-Security-Policy: the API's, directive for directive, except that a
 * style attribute may set a chart's height and a legend's colour (`style-src-attr`;
 * stylesheets still come only from this site), and requests are not upgraded to https
 * (CloudFront redirects http in AWS, and `npm start` serves plain http). The sign-out
 * form's redirect to Cognito is allowed at run time (web/src/lib/server/security-headers.ts).
 */
const { 'upgrade-insecure-requests': _upgrade, ...apiPolicy } = contentSecurityPolicyDirectives;
type CspDirectives = NonNullable<NonNullable<Config['csp']>['directives']>;
const pagePolicy = {
  ...(Object.fromEntries(Object.entries(apiPolicy).map(([name, sources]) => [name, [...sources]])) as CspDirectives),
  'style-src-attr': ['unsafe-inline'],
} satisfies CspDirectives;

/**
 * Copies the interactive API reference (swagger-ui-dist) into the static assets, so
 * /api/docs loads it from our own origin: no CDN, works offline and under the CSP.
 */
function apiReferenceAssets(): Plugin {
  return {
    name: 'equal-partners:api-reference-assets',
    buildStart() {
      const from = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
      const to = join(import.meta.dirname, 'static/api-docs/vendor');
      mkdirSync(to, { recursive: true });
      for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css']) copyFileSync(join(from, file), join(to, file));
    },
  };
}

/**
 * Lets the bundler drop the Chart.js scales the charts never register (logarithmic, radial,
 * time): Chart.js's own build reads a property in each of their static defaults, which the
 * bundler must assume has effects, so it kept about 6 kB (gzipped) of unused code on every
 * chart page. Marking those reads pure changes nothing when they run. Warns if Chart.js's
 * source no longer has them (the saving is then gone; `npm run bench:web` shows it).
 */
function chartScalesTreeShaking(): Plugin {
  const reads = [
    [/callback: (Ticks\.formatters\.[a-z]+)/g, 'callback: /*#__PURE__*/ (() => $1)()'],
    [/static defaults = (TimeScale\.defaults);/g, 'static defaults = /*#__PURE__*/ (() => $1)();'],
  ] as const;
  return {
    name: 'equal-partners:chart-scales-tree-shaking',
    apply: 'build',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/chart.js/dist/chart.js')) return null;
      let patched = code;
      for (const [read, pure] of reads) {
        if (patched.search(read) === -1)
          this.warn(`Chart.js no longer has ${read}: its unused scales stay in the bundle`);
        patched = patched.replace(read, pure);
      }
      return { code: patched, map: null };
    },
  };
}

export default defineConfig({
  plugins: [
    apiReferenceAssets(),
    chartScalesTreeShaking(),
    sveltekit({
      adapter: adapter({ out: 'build', precompress: true }),
      // The API's policy (docs/decisions/0202), with the inline scripts of each page hashed into it, so pages
      // stay protected without 'unsafe-inline' scripts.
      csp: { mode: 'hash', directives: pagePolicy },
    }),
  ],
  // The local server renders PDFs with Debian's Chromium through playwright-core, loaded from
  // node_modules when first asked (never in AWS, where the jobs function renders them).
  ssr: { external: ['playwright-core'] },
  css: {
    preprocessorOptions: {
      scss: { importers: [new NodePackageImporter()], quietDeps: true },
    },
  },
});
