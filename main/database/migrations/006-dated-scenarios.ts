// Issue 12: a saved scenario may also end agreements (`withdrawnRelationships`) and ask about a
// date (`endsBefore`). Scenarios saved before get the empty list, so every (:Scenario) in Neo4j
// Browser shows the same properties; no date is left absent (Neo4j stores no nulls).
import type { Migration } from './migration';

export const datedScenarios: Migration = {
  version: 6,
  description: 'Scenarios can end agreements and ask about a date (issue 12): earlier scenarios end none',
  async run(driver, options) {
    await driver.executeQuery('MATCH (s:Scenario) WHERE s.withdrawnRelationships IS NULL SET s.withdrawnRelationships = []', {}, options);
  },
};
