import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { NodePackageImporter } from 'sass';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  plugins: [
    apiReferenceAssets(),
    sveltekit({
      adapter: adapter({ out: 'build', precompress: true }),
      // Inline scripts are hashed into the CSP, so pages stay protected without 'unsafe-inline' scripts.
      csp: {
        mode: 'hash',
        directives: {
          'script-src': ['self'],
          'object-src': ['none'],
          'base-uri': ['self'],
          'frame-ancestors': ['none'],
        },
      },
    }),
  ],
  css: {
    preprocessorOptions: {
      scss: { importers: [new NodePackageImporter()], quietDeps: true },
    },
  },
});
