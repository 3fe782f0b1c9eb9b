// The CSV import as the desktop app runs it, timed step by step: main's open dialog returns the
// two files, the service reads and checks them and plans the import, then writes it in stages.
import type { Driver } from 'neo4j-driver';
import type { ImportJob, ImportPhase } from '../shared/api';
import { createImportService } from '../main/services/exchangeImport';
import type { FileDialogs } from '../main/services/exchangeFiles';

async function until(get: () => ImportJob, phases: readonly ImportPhase[]): Promise<ImportJob> {
  for (;;) {
    const job = get();
    if (phases.includes(job.phase)) return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function runCsvImport(driver: Driver, paths: string[], log: (message: string) => void) {
  const dialogs: FileDialogs = {
    chooseOpenPaths: async () => paths,
    chooseSavePath: async () => null,
    chooseFolder: async () => null,
    confirmReplace: async () => false,
  };
  let ids = 0;
  const service = createImportService(
    { db: { store: () => ({ driver }) }, now: () => new Date().toISOString(), newId: () => `bench-${(ids += 1)}`, sampleNetworkFile: '' },
    dialogs,
  );
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  const opened = await service.openFiles({ targetNetworkId: null, defaultKind: 'RELIES_ON' });
  if (!opened) throw new Error('no files');
  const readMs = performance.now() - started;
  service.analyze(opened.jobId);
  const checked = await until(() => service.get(opened.jobId), ['ready', 'invalid', 'failed', 'cancelled']);
  const checkMs = performance.now() - started - readMs;
  if (checked.phase !== 'ready') throw new Error(`the check ended ${checked.phase}: ${JSON.stringify(checked.problems.slice(0, 3))} ${checked.message}`);
  log(`checked in ${Math.round(checkMs)} ms: ${JSON.stringify(checked.preview?.parties)} ${JSON.stringify(checked.preview?.relationships)}`);
  const cpuBeforeWrite = process.cpuUsage();
  service.commit(opened.jobId);
  let lastLog = 0;
  const done = await until(() => {
    const job = service.get(opened.jobId);
    if (job.progress && performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      log(job.progress.stage);
    }
    return job;
  }, ['done', 'failed', 'cancelled']);
  const totalMs = performance.now() - started;
  const writeCpu = process.cpuUsage(cpuBeforeWrite);
  if (done.phase !== 'done' || !done.result) throw new Error(`the import ended ${done.phase}: ${done.message}`);
  const { records } = await driver.executeQuery(
    'MATCH (p:Party {networkId: $id}) WITH count(p) AS parties MATCH ()-[r:RELIES_ON|RESOURCE_FLOW|TRUSTS {networkId: $id}]->() RETURN parties, count(r) AS relationships',
    { id: done.result.networkId },
  );
  return {
    parties: Number(records[0]?.get('parties')),
    relationships: Number(records[0]?.get('relationships')),
    readMs: Math.round(readMs),
    checkMs: Math.round(checkMs),
    writeMs: Math.round(totalMs - readMs - checkMs),
    totalSeconds: Math.round(totalMs / 100) / 10,
    // How much of the write was this process's own work (building and sending batches).
    writeNodeCpuMs: Math.round((writeCpu.user + writeCpu.system) / 1000),
    nodeCpuSeconds: (({ user, system }) => Math.round((user + system) / 1e5) / 10)(process.cpuUsage(cpuStart)),
  };
}
