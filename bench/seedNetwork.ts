// Writes a generated network straight into Neo4j in many small transactions. The app imports a
// document in one transaction (all or nothing), which the local database's transaction memory
// limit does not allow at benchmark sizes (50k+ relationships); the benchmarks measure loading
// and drawing, not importing, so they seed the data this way.
import type { Driver } from 'neo4j-driver';
import { RELATIONSHIP_KINDS, networkDocumentSchema } from '../shared/domain';
import type { NetworkDocumentInput } from '../shared/domain';
import { partyFieldsToProps, relationshipFieldsToProps, toInt } from '../main/repository/records';

const BATCH = 5_000;

export async function seedNetwork(driver: Driver, networkId: string, input: NetworkDocumentInput): Promise<void> {
  const document = networkDocumentSchema.parse(input);
  const now = new Date().toISOString();
  const run = (query: string, params: Record<string, unknown>) => driver.executeQuery(query, params);
  await run('CREATE (:Network {id: $id, name: $name, description: $description, createdAt: $now, updatedAt: $now})', {
    id: networkId,
    name: document.network.name,
    description: document.network.description,
    now,
  });
  const parties = document.parties.map((party) => ({ id: party.id, props: partyFieldsToProps(party) }));
  for (let start = 0; start < parties.length; start += BATCH) {
    await run(
      `UNWIND $rows AS row
       CREATE (p:Party {id: row.id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now})
       SET p += row.props`,
      { rows: parties.slice(start, start + BATCH), networkId, version: toInt(0), now },
    );
  }
  // Organisations (issue 15): members point at their organisation.
  const members = document.parties.filter((party) => party.partOf !== null).map(({ id, partOf }) => ({ id, partOf }));
  for (let start = 0; start < members.length; start += BATCH) {
    await run(
      `UNWIND $rows AS row
       MATCH (m:Party {networkId: $networkId, id: row.id}) USING INDEX m:Party(networkId, id)
       MATCH (o:Party {networkId: $networkId, id: row.partOf}) USING INDEX o:Party(networkId, id)
       CREATE (m)-[:PART_OF {networkId: $networkId}]->(o)`,
      { rows: members.slice(start, start + BATCH), networkId },
    );
  }
  for (const kind of RELATIONSHIP_KINDS) {
    const rows = document.relationships
      .filter((relationship) => relationship.kind === kind)
      .map(({ id, source, target, ...fields }) => ({ id, source, target, props: relationshipFieldsToProps(fields) }));
    for (let start = 0; start < rows.length; start += BATCH) {
      await run(
        `UNWIND $rows AS row
         MATCH (a:Party {networkId: $networkId, id: row.source}) USING INDEX a:Party(networkId, id)
         MATCH (b:Party {networkId: $networkId, id: row.target}) USING INDEX b:Party(networkId, id)
         CREATE (a)-[r:${kind} {id: row.id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now}]->(b)
         SET r += row.props`,
        { rows: rows.slice(start, start + BATCH), networkId, version: toInt(0), now },
      );
    }
  }
}
