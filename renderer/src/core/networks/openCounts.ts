// The network list shows the open network's counts from the map itself, so they follow every
// edit at once instead of waiting for the next reload of the list.
import type { NetworkGraph } from '../../../../shared/domain';
import type { NetworkListState } from './networkList';

export function withOpenCounts(list: NetworkListState, graph: NetworkGraph | null): NetworkListState {
  if (!graph || !list.networks) return list;
  const partyCount = graph.parties.length;
  const relationshipCount = graph.relationships.length;
  const open = list.networks.find((network) => network.id === graph.network.id);
  if (!open || (open.partyCount === partyCount && open.relationshipCount === relationshipCount && open.name === graph.network.name)) return list;
  return {
    ...list,
    networks: list.networks.map((network) =>
      network.id === graph.network.id ? { ...network, name: graph.network.name, description: graph.network.description, partyCount, relationshipCount } : network,
    ),
  };
}
