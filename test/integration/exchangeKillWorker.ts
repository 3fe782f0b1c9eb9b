// Run by exchangeFailures.test.ts as its own process, which the test kills with SIGKILL in the
// middle of a staged import: the way an import ends when the app crashes or the computer
// loses power. Prints a line after each batch so the test knows when to strike.
import neo4j from 'neo4j-driver';
import { generateParties, generateRelationships } from '../../bench/exchangeGenerator';
import { writeNewNetworkStaged } from '../../main/repository/importsStaged';

const [networkId] = process.argv.slice(2);
const { CAREWEAVE_TEST_NEO4J_URL: url, CAREWEAVE_TEST_NEO4J_USER: user, CAREWEAVE_TEST_NEO4J_PASSWORD: password } = process.env;
if (!networkId || !url || !user || !password) throw new Error('usage: exchangeKillWorker <networkId> with the test database in the environment');

const driver = neo4j.driver(url, neo4j.auth.basic(user, password));
const parties = generateParties(30_000, 7);
await writeNewNetworkStaged(
  { driver },
  networkId,
  { name: 'Killed halfway', description: '', parties, relationships: generateRelationships(60_000, parties.length, 8) },
  new Date().toISOString(),
  async (done, _total, what) => {
    console.log(`BATCH ${what} ${done}`);
  },
);
console.log('FINISHED');
await driver.close();
