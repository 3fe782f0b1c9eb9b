// The words of the delete confirmation: what is selected and how many relationships go with it.
import type { NetworkGraph } from '../../../../shared/domain';
import type { Selection } from '../selection/selection';
import { countAttached } from './describeRelationships';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function deleteConfirmation(graph: Pick<NetworkGraph, 'parties' | 'relationships'>, selection: Selection): { title: string; message: string } {
  const attached = countAttached(graph, selection.partyIds, selection.relationshipIds);
  const parties = selection.partyIds.length;
  const relationships = selection.relationshipIds.length;
  if (parties === 1 && relationships === 0) {
    const name = graph.parties.find((party) => party.id === selection.partyIds[0])?.name ?? 'this party';
    return {
      title: `Delete “${name}”?`,
      message:
        attached === 0
          ? `“${name}” has no relationships.`
          : `Its ${plural(attached, 'relationship', 'relationships')} will be deleted with it.`,
    };
  }
  if (parties === 0 && relationships === 1) return { title: 'Delete this relationship?', message: 'The two parties stay on the map.' };
  const parts = [parties > 0 ? plural(parties, 'party', 'parties') : null, relationships > 0 ? plural(relationships, 'relationship', 'relationships') : null];
  return {
    title: `Delete ${parts.filter(Boolean).join(' and ')}?`,
    message: attached > 0 ? `${plural(attached, 'more relationship', 'more relationships')} of these parties will be deleted with them.` : 'Nothing else is attached to them.',
  };
}
