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
    // Schemas use zod's tree-shakeable mini API, so the Lambda bundles keep only the schemas
    // and checks they use (docs/decisions/0203); the classic API would bring all of zod.
    files: ['shared/**/*.ts', 'functions/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'zod', message: "Import zod's mini API: `import * as z from 'zod/mini'` (docs/decisions/0203)." },
            {
              name: 'zod/v4',
              message: "Import zod's mini API: `import * as z from 'zod/mini'` (docs/decisions/0203).",
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod/mini'] > :matches(ImportSpecifier, ImportDefaultSpecifier)",
          message: "Import zod as a namespace, `import * as z from 'zod/mini'`, which esbuild sees through.",
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
);
