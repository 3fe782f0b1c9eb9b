// Organisations (issue 15): a party can be part of another, stored as
// (member:Party)-[:PART_OF {networkId}]->(organisation:Party). Earlier versions wrote no PART_OF,
// so existing data needs no change; the index lets a network's memberships be found without
// scanning every relationship, and anything another program wrote that Careweave could not
// read as membership (across networks, or a party part of itself) is removed.
import type { Migration } from './migration';

export const organisations: Migration = {
  version: 8,
  description: 'Organisations: (:Party)-[:PART_OF]->(:Party), indexed by network',
  schema: ['CREATE INDEX part_of_network IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.networkId)'],
  async run(driver, options) {
    await driver.executeQuery(
      `MATCH (a:Party)-[m:PART_OF]->(b:Party)
       WHERE a = b OR a.networkId <> b.networkId
       DELETE m`,
      {},
      options,
    );
    await driver.executeQuery('MATCH (a:Party)-[m:PART_OF]->(b:Party) WHERE m.networkId IS NULL SET m.networkId = a.networkId', {}, options);
  },
};
