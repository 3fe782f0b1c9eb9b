import type { ManagedTransaction } from 'neo4j-driver';

// Any edit inside a network moves its "last changed" time, which the network list shows.
export async function touchNetwork(tx: ManagedTransaction, id: string, now: string): Promise<void> {
  await tx.run('MATCH (n:Network {id: $id}) SET n.updatedAt = $now', { id, now });
}
