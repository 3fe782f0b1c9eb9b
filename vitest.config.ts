import { defineConfig } from 'vitest/config';

// One real Neo4j is started for the whole run (test/support/neo4jGlobalSetup.ts) and shared
// by the database and end-to-end tests; a suite that cannot start it fails loudly.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/support/neo4jGlobalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
