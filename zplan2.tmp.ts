import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { startLocalNeo4j } from './main/database/localNeo4j';
import { ensureSchema } from './main/database/schema';
import { CREATE_PARTIES, partyRows, relationshipRows } from './main/repository/importsStaged';
import { generateParties, generateRelationships } from './bench/exchangeGenerator';
const db = await startLocalNeo4j({ dataDir: await mkdtemp(join(tmpdir(), 'plan-')) });
const driver = neo4j.driver(db.boltUrl, neo4j.auth.basic(db.user, db.password));
await ensureSchema(driver);
const parties = generateParties(100000);
let t = performance.now();
for (let i = 0; i < parties.length; i += 5000) await driver.executeQuery(CREATE_PARTIES, { rows: partyRows(parties.slice(i, i + 5000)), networkId: 'n1', version: neo4j.int(0), now: 'x' });
console.log('100k parties', Math.round(performance.now() - t));
const rels = generateRelationships(60000, 100000).filter(r => r.kind === 'RELIES_ON');
const variants: Record<string, string> = {
  withSplit: `UNWIND $rows AS row
    MATCH (a:Party {networkId: $networkId, id: row.source})
    WITH row, a
    MATCH (b:Party {networkId: $networkId, id: row.target})
    CREATE (a)-[r:RELIES_ON {id: row.id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now}]->(b)
    SET r += row.props
    RETURN count(r) AS created`,
  hints: `UNWIND $rows AS row
    MATCH (a:Party {networkId: $networkId, id: row.source}) USING INDEX a:Party(networkId, id)
    MATCH (b:Party {networkId: $networkId, id: row.target}) USING INDEX b:Party(networkId, id)
    CREATE (a)-[r:RELIES_ON {id: row.id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now}]->(b)
    SET r += row.props
    RETURN count(r) AS created`,
  callSubquery: `UNWIND $rows AS row
    CALL (row) {
      MATCH (a:Party {networkId: $networkId, id: row.source})
      MATCH (b:Party {networkId: $networkId, id: row.target})
      CREATE (a)-[r:RELIES_ON {id: row.id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now}]->(b)
      SET r += row.props
      RETURN r
    }
    RETURN count(r) AS created`,
  explicitProps: `UNWIND $rows AS row
    MATCH (a:Party {networkId: $networkId, id: row.source})
    WITH row, a
    MATCH (b:Party {networkId: $networkId, id: row.target})
    CREATE (a)-[r:RELIES_ON {id: row.id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now, service: row.props.service, criticality: row.props.criticality, substitutability: row.props.substitutability, notes: row.props.notes}]->(b)
    RETURN count(r) AS created`,
};
let offset = 0;
for (const [name, q] of Object.entries(variants)) {
  const plan = await driver.executeQuery('EXPLAIN ' + q, { rows: [], networkId: 'n1', version: neo4j.int(0), now: 'x' });
  const ops: string[] = [];
  const walk = (p: any) => { ops.push(p.operatorType.replace('@neo4j','')); (p.children ?? []).forEach(walk); };
  walk(plan.summary.plan);
  const times = [];
  for (let k = 0; k < 3; k++) {
    t = performance.now();
    await driver.executeQuery(q, { rows: relationshipRows(rels.slice(offset, offset + 5000)), networkId: 'n1', version: neo4j.int(0), now: 'x' });
    offset += 5000;
    times.push(Math.round(performance.now() - t));
  }
  console.log(name, times, ops.join(' < '));
}
await driver.close(); await db.stop();
