// Every test in the repo, as one Vitest run with a project per workspace.
// Integration tests get a DynamoDB endpoint from test/support/dynamodb-global-setup.ts.
import { defineConfig } from 'vitest/config';

const dynamodb = '../test/support/dynamodb-global-setup.ts';

export default defineConfig({
  test: {
    // Two test files at a time, even on two cores (Vitest would run one): most of a browser
    // or store test is waiting on the browser, the local store or the server, so a second
    // file uses the time the first spends waiting (.ci/run must finish within 45 minutes).
    maxWorkers: 2,
    projects: [
      { test: { name: 'shared', root: 'shared', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'functions',
          root: 'functions',
          include: ['src/**/*.test.ts'],
          globalSetup: [dynamodb],
          testTimeout: 60_000,
          // Loading the demo partnership into a fresh table takes seconds on a busy machine.
          hookTimeout: 120_000,
          env: { POWERTOOLS_LOG_LEVEL: 'WARN' },
        },
      },
      { test: { name: 'web', root: 'web', include: ['src/**/*.test.ts'] } },
      {
        test: { name: 'cdk', root: 'cdk', include: ['test/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
      },
      // The benchmarks' table builder; the benchmarks themselves run with `npm run bench`.
      { test: { name: 'bench', root: 'test', include: ['bench/**/*.test.ts'] } },
      {
        test: {
          name: 'faults',
          root: 'test',
          include: ['faults/**/*.test.ts'],
          globalSetup: ['./support/dynamodb-global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 60_000,
          env: { POWERTOOLS_LOG_LEVEL: 'ERROR' },
        },
      },
      {
        test: {
          name: 'e2e',
          root: 'test',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['./support/dynamodb-global-setup.ts', './support/web-build-global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          env: { POWERTOOLS_LOG_LEVEL: 'WARN' },
        },
      },
    ],
  },
});
