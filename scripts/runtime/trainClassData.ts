// Records the class-data archive the app ships (resources/neo4j/cds): starts the local database
// with the runtime the app will use, drives the real back end through what a session does first
// (schema, the sample network, an edit, a scenario), then stops it; the JVM writes every class it
// loaded into the archive as it exits.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiClient } from '../../shared/api';
import { createBackend } from '../../main/composition';
import { CDS_DIR_NAME } from '../../main/database/classDataSharing';
import { startLocalNeo4j } from '../../main/database/localNeo4j';
import { createFileSecretStore } from '../../main/settings/secretStore';

export async function recordClassData(resourcesDir: string, repositoryRoot: string): Promise<void> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'careweave-cds-'));
  const backend = createBackend({
    appVersion: 'setup',
    transport: 'http',
    userDataDir,
    resourcesDir: join(repositoryRoot, 'resources'),
    secrets: createFileSecretStore(join(userDataDir, 'secrets.json')),
    startLocal: () =>
      startLocalNeo4j({
        dataDir: join(userDataDir, 'neo4j'),
        resourcesDir,
        classDataSharing: { recordTo: join(resourcesDir, CDS_DIR_NAME) },
      }),
  });
  try {
    await backend.database.start();
    const status = await backend.database.status();
    if (status.state !== 'connected') throw new Error(`the local database did not start: ${status.message ?? status.state}`);
    const api = createApiClient((method, request) => backend.router.dispatch(method, request));
    const network = await api.loadSampleNetwork({});
    const graph = await api.getNetwork({ id: network.id });
    const party = graph.parties[0];
    if (party) {
      await api.updateParties({ networkId: network.id, parties: [{ id: party.id, version: party.version, fields: { name: party.name, side: party.side, type: party.type, notes: 'trained' } }] });
      await api.saveScenario({ networkId: network.id, name: 'Training', withdrawn: [party.id], params: { affectedThreshold: 0.05, disruptedThreshold: 0.5 } });
    }
    await api.listNetworks({});
  } finally {
    // A clean stop is what makes the JVM write the archive.
    await backend.database.stop();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
