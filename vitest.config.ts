import { defineConfig } from 'vitest/config';

// Two cores: two workers. Integration tests share one Neo4j and one Redis and
// keep apart by namespacing their ids, labels and queue names.
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{api,extractors,graph-schema,jobs,cli,config,scripts,samples}/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
