// The soak's writes and their ledger: every write the API acknowledged is recorded with what it
// should have left in the database, and checked afterwards. A write that failed is not counted
// as acknowledged, whatever the database did with it (its outcome is unknown to the user, who
// was told it was not saved); those found anyway are reported separately.
import type { CareweaveApi } from '../shared/api';
import { IMPORT_CHUNK_CHARS } from '../shared/formats';

export type WriteKind = 'createParty' | 'updateParty' | 'saveScenario' | 'importNetwork';

export interface Acknowledged {
  kind: WriteKind;
  networkId: string;
  id: string;
  /** For a rename: the name the party must have; for an import: how many parties. */
  expect?: string | number;
}

export interface Ledger {
  acknowledged: Acknowledged[];
  refused: Array<{ kind: WriteKind; code: string }>;
  /** Parties created and never touched again: each is renamed at most once, so its final name is known. */
  fresh: Array<{ networkId: string; id: string; version: number; name: string }>;
}

export const emptyLedger = (): Ledger => ({ acknowledged: [], refused: [], fresh: [] });

const errorCode = (error: unknown): string => (error as { code?: string }).code ?? String(error);

async function importCsv(api: CareweaveApi, name: string, partyCount: number): Promise<{ networkId: string }> {
  const rows = Array.from({ length: partyCount }, (_, index) => `p-${index},${name} party ${index},internal,payer`);
  const text = ['id,name,side,type', ...rows].join('\n');
  const job = await api.beginImport({ targetNetworkId: null, files: [{ name: `${name}.csv`, size: Buffer.byteLength(text) }] });
  for (let start = 0; start < text.length; start += IMPORT_CHUNK_CHARS) {
    await api.appendImportChunk({ jobId: job.jobId, fileIndex: 0, text: text.slice(start, start + IMPORT_CHUNK_CHARS) });
  }
  await api.analyzeImport({ jobId: job.jobId });
  const until = async (phases: string[]) => {
    for (;;) {
      const current = await api.getImportJob({ jobId: job.jobId });
      if (phases.includes(current.phase)) return current;
      await new Promise((settle) => setTimeout(settle, 50));
    }
  };
  const checked = await until(['ready', 'invalid', 'failed', 'cancelled']);
  if (checked.phase !== 'ready') {
    const why = checked.message ?? checked.problems[0]?.message ?? checked.phase;
    throw Object.assign(new Error(why), { code: `import_${checked.phase}` });
  }
  await api.commitImport({ jobId: job.jobId, networkName: name });
  const done = await until(['done', 'failed', 'cancelled']);
  if (done.phase !== 'done' || !done.result) throw Object.assign(new Error(done.message ?? done.phase), { code: `import_${done.phase}` });
  return { networkId: done.result.networkId };
}

/** One write of the mix; records it in the ledger as acknowledged or refused. */
export async function writeOnce(api: CareweaveApi, ledger: Ledger, networkId: string, step: number): Promise<boolean> {
  const fresh = ledger.fresh.at(0);
  const kind: WriteKind =
    step % 12 === 5 ? 'importNetwork' : step % 6 === 3 && fresh ? 'updateParty' : step % 6 === 4 && fresh ? 'saveScenario' : 'createParty';
  try {
    if (kind === 'createParty') {
      const party = await api.createParty({ networkId, fields: { name: `Soak ${step}`, side: step % 2 ? 'internal' : 'external', type: step % 2 ? 'payer' : 'patient' } });
      ledger.acknowledged.push({ kind, networkId, id: party.id });
      ledger.fresh.push({ networkId, id: party.id, version: party.version, name: party.name });
    } else if (kind === 'updateParty' && fresh) {
      ledger.fresh.shift();
      const name = `${fresh.name} renamed at ${step}`;
      await api.updateParties({ networkId, parties: [{ id: fresh.id, version: fresh.version, fields: { name, side: 'internal', type: 'payer' } }] });
      ledger.acknowledged.push({ kind, networkId, id: fresh.id, expect: name });
    } else if (kind === 'saveScenario' && fresh) {
      const scenario = await api.saveScenario({ networkId, name: `Soak scenario ${step}`, withdrawn: [fresh.id], params: { affectedThreshold: 0.05, disruptedThreshold: 0.5 } });
      ledger.acknowledged.push({ kind, networkId, id: scenario.id });
    } else {
      const imported = await importCsv(api, `Soak import ${step} ${Math.random().toString(36).slice(2, 6)}`, 40);
      ledger.acknowledged.push({ kind: 'importNetwork', networkId: imported.networkId, id: imported.networkId, expect: 40 });
    }
    return true;
  } catch (error) {
    ledger.refused.push({ kind, code: errorCode(error) });
    return false;
  }
}

/** Checks every acknowledged write against the database; returns the ones not found as written. */
export async function verify(api: CareweaveApi, ledger: Ledger): Promise<Acknowledged[]> {
  const graphs = new Map<string, Awaited<ReturnType<CareweaveApi['getNetwork']>> | null>();
  const scenarios = new Map<string, Set<string>>();
  const graphOf = async (networkId: string) => {
    if (!graphs.has(networkId)) graphs.set(networkId, await api.getNetwork({ id: networkId }).catch(() => null));
    return graphs.get(networkId) ?? null;
  };
  const missing: Acknowledged[] = [];
  for (const write of ledger.acknowledged) {
    const graph = await graphOf(write.networkId);
    const party = graph?.parties.find((candidate) => candidate.id === write.id);
    let present = false;
    if (write.kind === 'createParty') present = party !== undefined;
    else if (write.kind === 'updateParty') present = party?.name === write.expect;
    else if (write.kind === 'importNetwork') present = graph?.parties.length === write.expect;
    else {
      if (!scenarios.has(write.networkId)) scenarios.set(write.networkId, new Set((await api.listScenarios({ networkId: write.networkId })).map((scenario) => scenario.id)));
      present = scenarios.get(write.networkId)?.has(write.id) ?? false;
    }
    if (!present) missing.push(write);
  }
  return missing;
}
