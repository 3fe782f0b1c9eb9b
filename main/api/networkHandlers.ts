// The networks area of the handler table. Like every handler they only call a service.
import type { HandlersOf, networksApi } from '../../shared/api';
import type { NetworkService } from '../services/networkService';

export function createNetworkHandlers(networks: NetworkService): HandlersOf<typeof networksApi> {
  return {
    listNetworks: () => networks.list(),
    createNetwork: (fields) => networks.create(fields),
    updateNetwork: ({ id, version, ...fields }) => networks.update(id, fields, version),
    deleteNetwork: async ({ id }) => {
      await networks.delete(id);
      return { deleted: true as const };
    },
    getNetwork: ({ id }) => networks.get(id),
    duplicateNetwork: ({ id, name }) => networks.duplicate(id, name),
    importNetworkDocument: ({ document, name }) => networks.importDocument(document, name),
    describeSampleNetwork: async () => ({ name: (await networks.readSample()).network.name }),
    loadSampleNetwork: ({ name }) => networks.loadSample(name),
  };
}
