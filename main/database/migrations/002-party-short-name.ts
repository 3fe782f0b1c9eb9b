// Parties get an optional short name, shown on the map instead of a long name (issue 14). Every
// party stored before it gets the empty one, so Neo4j Browser shows the property on all parties
// alike; the app reads a missing one as empty too, so this only tidies.
import { inBatches } from './inBatches';
import type { Migration } from './migration';

export const partyShortName: Migration = {
  version: 2,
  description: 'Parties have a short name for the map (empty unless set)',
  run: (driver, options) =>
    inBatches(
      driver,
      options,
      `MATCH (p:Party) WHERE p.shortName IS NULL
       WITH p LIMIT $batch
       SET p.shortName = ''
       RETURN count(p) AS changed`,
      10_000,
    ),
};
