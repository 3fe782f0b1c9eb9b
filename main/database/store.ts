// The repository's connection to Neo4j: managed transactions only, every failure turned into
// an ApiError. Managed transactions are retried by the driver on transient errors.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { toApiError } from './neo4jErrors';

export interface Store {
  driver: Driver;
  database?: string | undefined;
}

type Work<T> = (tx: ManagedTransaction) => Promise<T>;

async function inSession<T>(store: Store, mode: 'executeRead' | 'executeWrite', work: Work<T>): Promise<T> {
  const session = store.driver.session(store.database ? { database: store.database } : {});
  try {
    return await session[mode](work);
  } catch (error) {
    throw toApiError(error);
  } finally {
    await session.close();
  }
}

export function readTx<T>(store: Store, work: Work<T>): Promise<T> {
  return inSession(store, 'executeRead', work);
}

export function writeTx<T>(store: Store, work: Work<T>): Promise<T> {
  return inSession(store, 'executeWrite', work);
}
