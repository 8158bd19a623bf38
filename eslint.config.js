// Lint rules for every workspace: typescript-eslint's recommended type-aware rules and eslint-plugin-svelte.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/',
      '**/build/',
      '**/.svelte-kit/',
      '**/cdk.out/',
      '.data/',
      'test/artifacts/',
      'web/static/api-docs/vendor/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The Lambda bundles' zod leaves these out (cdk/src/bundling/zod/external.js); they would be undefined there.
    files: ['shared/**/*.ts', 'functions/**/*.ts'],
    rules: {
      // `import * as z from 'zod'` lets esbuild keep only the schemas a bundle uses (cdk/src/bundling/zod/index.js).
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value=/^(zod|@hono\\/zod-openapi)$/] > :matches(ImportSpecifier[imported.name='z'], ImportDefaultSpecifier)",
          message: "Import zod as `import * as z from 'zod'`: see cdk/src/bundling/zod/index.js.",
        },
      ],
      'no-restricted-properties': [
        'error',
        ...['compile', 'withParser', 'fromJSONSchema', 'locales'].map((property) => ({
          object: 'z',
          property,
          message: 'Not in the Lambda bundles: see cdk/src/bundling/zod/external.js.',
        })),
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
