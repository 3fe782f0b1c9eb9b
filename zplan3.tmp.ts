import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { startLocalNeo4j } from './main/database/localNeo4j';
import { ensureSchema } from './main/database/schema';
import { CREATE_PARTIES, partyRows } from './main/repository/importsStaged';
import { generateParties } from './bench/exchangeGenerator';
const db = await startLocalNeo4j({ dataDir: await mkdtemp(join(tmpdir(), 'plan-')) });
const driver = neo4j.driver(db.boltUrl, neo4j.auth.basic(db.user, db.password));
await ensureSchema(driver);
const explicit = `UNWIND $rows AS row
  CREATE (p:Party {id: row.id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now, name: row.props.name, side: row.props.side, type: row.props.type, tags: row.props.tags, notes: row.props.notes, interests: row.props.interests, x: row.props.x, y: row.props.y})`;
for (const [name, q, net] of [['setMap', CREATE_PARTIES, 'n1'], ['explicit', explicit, 'n2'], ['setMap', CREATE_PARTIES, 'n3'], ['explicit', explicit, 'n4']] as const) {
  const parties = generateParties(30000);
  const times: number[] = [];
  for (let i = 0; i < parties.length; i += 5000) {
    const t = performance.now();
    await driver.executeQuery(q, { rows: partyRows(parties.slice(i, i + 5000)), networkId: net, version: neo4j.int(0), now: 'x' });
    times.push(Math.round(performance.now() - t));
  }
  console.log(name, times);
}
await driver.close(); await db.stop();
