// A saved scenario keeps the names of the parties it withdraws beside their ids (issue 14), so
// after a party is deleted the scenario can still say who it was. Scenarios saved before this
// version take the names of their parties that still exist; a party already deleted has no name
// left to take, and reads as "a party deleted before names were kept".
import neo4j from 'neo4j-driver';
import type { Migration } from './migration';

const BATCH = 2_000;

export const scenarioWithdrawnNames: Migration = {
  version: 3,
  description: 'Saved scenarios keep the names of their withdrawn parties',
  async run(driver, options) {
    for (;;) {
      const { records } = await driver.executeQuery(
        `MATCH (s:Scenario) WHERE s.withdrawnNames IS NULL
         WITH s LIMIT $batch
         SET s.withdrawnNames = [partyId IN s.withdrawn |
           coalesce(COLLECT { MATCH (p:Party {networkId: s.networkId, id: partyId}) RETURN p.name LIMIT 1 }[0], '')]
         RETURN count(s) AS changed`,
        { batch: neo4j.int(BATCH) },
        options,
      );
      if (Number(records[0]?.get('changed') ?? 0) < BATCH) return;
    }
  },
};
