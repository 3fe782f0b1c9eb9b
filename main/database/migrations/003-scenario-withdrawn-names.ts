// A saved scenario keeps the names of the parties it withdraws beside their ids (issue 14), so
// after a party is deleted the scenario can still say who it was. Scenarios saved before this
// version take the names of their parties that still exist; a party already deleted has no name
// left to take, and reads as "a party deleted before its name was kept".
import { inBatches } from './inBatches';
import type { Migration } from './migration';

export const scenarioWithdrawnNames: Migration = {
  version: 3,
  description: 'Saved scenarios keep the names of their withdrawn parties',
  run: (driver, options) =>
    inBatches(
      driver,
      options,
      `MATCH (s:Scenario) WHERE s.withdrawnNames IS NULL
       WITH s LIMIT $batch
       SET s.withdrawnNames = [partyId IN s.withdrawn |
         coalesce(COLLECT { MATCH (p:Party {networkId: s.networkId, id: partyId}) RETURN p.name LIMIT 1 }[0], '')]
       RETURN count(s) AS changed`,
      2_000,
    ),
};
