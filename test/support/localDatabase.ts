// Asks a local database started by a test the simplest question, through Bolt with a password.
import neo4j from 'neo4j-driver';
import type { LocalNeo4j } from '../../main/database/localNeo4j';

export async function returnOne(db: Pick<LocalNeo4j, 'boltUrl' | 'user' | 'password'>, password = db.password): Promise<number> {
  const driver = neo4j.driver(db.boltUrl, neo4j.auth.basic(db.user, password));
  try {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    return (records[0]?.get('one') as { toNumber(): number }).toNumber();
  } finally {
    await driver.close();
  }
}
