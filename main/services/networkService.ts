// Networks: the list, create/rename/delete, opening one whole, duplicating one, and creating one
// from a network document (the sample network is one).
import { readFile } from 'node:fs/promises';
import { ApiError, invalidRequest } from '../../shared/api';
import { networkDocumentSchema } from '../../shared/domain';
import { analyzeImport, describeProblem } from '../../shared/formats';
import { writeNewNetworkStaged } from '../repository/importsStaged';
import type { Network, NetworkDocument, NetworkFields, NetworkGraph, NetworkSummary } from '../../shared/domain';
import { createNetworkFromDocument } from '../repository/documents';
import { duplicateNetwork } from '../repository/duplicateNetwork';
import * as networks from '../repository/networks';
import type { ServiceContext } from './context';

export function createNetworkService(ctx: ServiceContext) {
  async function readSampleText(): Promise<string> {
    try {
      return await readFile(ctx.sampleNetworkFile, 'utf8');
    } catch {
      throw new ApiError('internal', 'The sample network file is missing from this installation. Reinstall Careweave.');
    }
  }
  return {
    list(): Promise<NetworkSummary[]> {
      return networks.listNetworks(ctx.db.store());
    },
    create(fields: NetworkFields): Promise<Network> {
      return networks.createNetwork(ctx.db.store(), ctx.newId(), fields, ctx.now());
    },
    update(id: string, fields: NetworkFields, version: number): Promise<Network> {
      return networks.updateNetwork(ctx.db.store(), id, fields, version, ctx.now());
    },
    delete(id: string): Promise<void> {
      return networks.deleteNetwork(ctx.db.store(), id);
    },
    async get(id: string): Promise<NetworkGraph & { storedDataNotes: string[] }> {
      const { graph, notes } = await networks.readNetwork(ctx.db.store(), id, ctx.now());
      return { ...graph, storedDataNotes: notes };
    },
    /** A new id for the copy; everything else is copied by the database. */
    duplicate(sourceId: string, name: string): Promise<Network> {
      return duplicateNetwork(ctx.db.store(), sourceId, ctx.newId(), name, ctx.now());
    },
    importDocument(document: NetworkDocument, name?: string): Promise<Network> {
      return createNetworkFromDocument(ctx.db.store(), ctx.newId(), document, name ?? document.network.name, ctx.now());
    },
    async readSample(): Promise<NetworkDocument> {
      const parsed = networkDocumentSchema.safeParse(JSON.parse(await readSampleText()));
      if (!parsed.success) throw invalidRequest(parsed.error, 'The bundled sample network');
      return parsed.data;
    },
    /** A copy of the sample network, under its own name or the one given (a second copy's "… (2)"). */
    async loadSample(name?: string): Promise<Network> {
      // The file's own text goes through the import check, as an imported file would, so its care
      // log, trust history and saved scenarios come with it: the map's document schema keeps only
      // the parties and relationships.
      const checked = await analyzeImport({ format: 'json', files: [{ name: 'the sample network', text: await readSampleText() }], existing: null, newId: ctx.newId, fallbackName: 'Sample network' });
      if (!checked.ok) {
        const first = checked.problems[0];
        throw new ApiError('internal', `The bundled sample network is damaged${first ? ` (${describeProblem(first)})` : ''}. Reinstall Careweave.`);
      }
      const { plan } = checked;
      const rows = {
        name: name ?? plan.target.name,
        description: plan.target.kind === 'new' ? plan.target.description : '',
        parties: plan.parties.added,
        relationships: plan.relationships.added,
        scenarios: plan.scenarios,
        careLog: plan.careLog,
        trustHistory: plan.trustHistory,
      };
      return writeNewNetworkStaged(ctx.db.store(), ctx.newId(), rows, ctx.now(), () => Promise.resolve());
    },
  };
}
export type NetworkService = ReturnType<typeof createNetworkService>;
