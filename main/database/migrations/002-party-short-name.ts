// Parties get an optional short name, shown on the map instead of a long name (issue 14). Every
// party stored before it gets the empty one, so Neo4j Browser shows the property on all parties
// alike; the app reads a missing one as empty too, so this only tidies. Batched, so a database
// of hundreds of thousands of parties is not changed in one huge transaction.
import neo4j from 'neo4j-driver';
import type { Migration } from './migration';

const BATCH = 10_000;

export const partyShortName: Migration = {
  version: 2,
  description: 'Parties have a short name for the map (empty unless set)',
  async run(driver, options) {
    for (;;) {
      const { records } = await driver.executeQuery(
        `MATCH (p:Party) WHERE p.shortName IS NULL
         WITH p LIMIT $batch
         SET p.shortName = ''
         RETURN count(p) AS changed`,
        { batch: neo4j.int(BATCH) },
        options,
      );
      if (Number(records[0]?.get('changed') ?? 0) < BATCH) return;
    }
  },
};
