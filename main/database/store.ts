// The repository's connection to Neo4j: managed transactions only, every failure turned into
// an ApiError. Managed transactions are retried by the driver on transient errors.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { toApiError } from './neo4jErrors';

export interface Store {
  driver: Driver;
  database?: string | undefined;
}

function sessionFor(store: Store) {
  return store.driver.session(store.database ? { database: store.database } : {});
}

export async function readTx<T>(store: Store, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = sessionFor(store);
  try {
    return await session.executeRead(work);
  } catch (error) {
    throw toApiError(error);
  } finally {
    await session.close();
  }
}

export async function writeTx<T>(store: Store, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = sessionFor(store);
  try {
    return await session.executeWrite(work);
  } catch (error) {
    throw toApiError(error);
  } finally {
    await session.close();
  }
}
