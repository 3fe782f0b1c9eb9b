import { defineConfig } from 'vitest/config';

// Two projects: pure tests (no services), and tests that need the real Neo4j, which
// test/support/neo4jGlobalSetup.ts starts once for the whole run; if it cannot start, the
// run fails loudly rather than skipping anything.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/renderer/**/*.test.ts', 'test/main/**/*.test.ts', 'test/analysis/**/*.test.ts', 'test/formats/**/*.test.ts', 'test/insight/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'database',
          include: ['test/integration/**/*.test.ts', 'test/database/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/neo4jGlobalSetup.ts'],
        },
      },
    ],
  },
});
