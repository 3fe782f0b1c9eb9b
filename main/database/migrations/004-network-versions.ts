// Networks get a version like every other edited element (issue 16, point 10): renaming one no
// longer lets the last writer win. Networks saved before this have none; they start at 0.
import type { Migration } from './migration';

export const networkVersions: Migration = {
  version: 4,
  description: 'Networks carry a version; existing ones start at 0',
  run: async (driver, options) => {
    await driver.executeQuery('MATCH (n:Network) WHERE n.version IS NULL SET n.version = 0', {}, options);
  },
};
