// The care log and trust history outlive a deleted party (DETACH DELETE takes only their links),
// so an undo can bring the party back with them: linkHistory links them to it again. Each node
// keeps the ids of the parties it is about, which is how they are found. 'all' links a whole
// network's (a duplicated network's copies).
import type { ManagedTransaction } from 'neo4j-driver';

export async function linkHistory(tx: ManagedTransaction, networkId: string, partyIds: readonly string[] | 'all'): Promise<void> {
  if (partyIds !== 'all' && partyIds.length === 0) return;
  const wanted = (variable: string) => (partyIds === 'all' ? 'true' : `${variable} IN $partyIds`);
  const params = { networkId, partyIds: partyIds === 'all' ? [] : partyIds };
  await tx.run(
    `MATCH (e:CareLogEntry {networkId: $networkId})
     UNWIND e.partyIds AS partyId
     WITH e, partyId WHERE ${wanted('partyId')}
     MATCH (p:Party {networkId: $networkId, id: partyId}) USING INDEX p:Party(networkId, id)
     MERGE (e)-[:ABOUT]->(p)`,
    params,
  );
  await tx.run(
    `MATCH (t:TrustAssessment {networkId: $networkId}) WHERE ${wanted('t.source')} OR ${wanted('t.target')}
     MATCH (a:Party {networkId: $networkId, id: t.source}) USING INDEX a:Party(networkId, id)
     MATCH (b:Party {networkId: $networkId, id: t.target}) USING INDEX b:Party(networkId, id)
     MERGE (a)-[:ASSESSED]->(t)
     MERGE (t)-[:ABOUT]->(b)`,
    params,
  );
}
