// What can be done to whole networks from the list and the open network's header: create,
// rename, duplicate, delete, and load the sample. Each answers as the API does; the views say
// what happened.
import { useMemo } from 'react';
import type { Network, NetworkFields } from '../../../shared/domain';
import { api } from '../api/client';

export type NetworkActions = {
  create: (fields: NetworkFields) => Promise<Network>;
  /** `version`: the network's version the person saw when they started the change. */
  rename: (id: string, fields: NetworkFields, version: number) => Promise<Network>;
  /** The network as saved now (after a conflicting rename, to show what the other person saved). */
  latest: (id: string) => Promise<Network>;
  duplicate: (id: string, name: string) => Promise<Network>;
  remove: (id: string) => Promise<void>;
  loadSample: (name?: string) => Promise<Network>;
  sampleName: () => Promise<string>;
};

export function useNetworkActions(): NetworkActions {
  return useMemo(
    () => ({
      create: (fields) => api.createNetwork(fields),
      rename: (id, fields, version) => api.updateNetwork({ id, version, ...fields }),
      latest: async (id) => (await api.getNetwork({ id })).network,
      duplicate: (id, name) => api.duplicateNetwork({ id, name }),
      remove: async (id) => {
        await api.deleteNetwork({ id });
      },
      loadSample: (name) => api.loadSampleNetwork(name ? { name } : {}),
      sampleName: async () => (await api.describeSampleNetwork({})).name,
    }),
    [],
  );
}
