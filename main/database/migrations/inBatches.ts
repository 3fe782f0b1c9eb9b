// Runs a data migration's query until it changes fewer rows than a batch: a database of hundreds
// of thousands of nodes is then not changed in one huge transaction. The query takes $batch and
// returns the number of rows it changed as `changed`.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

export async function inBatches(driver: Driver, options: { database?: string }, query: string, batch: number): Promise<void> {
  for (;;) {
    const { records } = await driver.executeQuery(query, { batch: neo4j.int(batch) }, options);
    if (Number(records[0]?.get('changed') ?? 0) < batch) return;
  }
}
