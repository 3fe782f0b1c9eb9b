// Focus mode: the chosen parties and everything within N steps of them, over the relationships
// that are visible, in either direction (who relies on you matters as much as whom you rely on).
import type { Relationship } from '../../../../shared/domain';
import type { Visible } from './filterPipeline';

export const MAX_FOCUS_HOPS = 5;

export type Focus = { partyIds: ReadonlySet<string>; relationshipIds: ReadonlySet<string> };

export function focusNeighbourhood(
  relationships: readonly Relationship[],
  visible: Visible,
  centre: readonly string[],
  hops: number,
): Focus {
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacency.get(a);
    if (list) list.push(b);
    else adjacency.set(a, [b]);
  };
  for (const relationship of relationships) {
    if (!visible.relationshipIds.has(relationship.id)) continue;
    link(relationship.source, relationship.target);
    link(relationship.target, relationship.source);
  }
  const reached = new Set(centre.filter((id) => visible.partyIds.has(id)));
  let frontier = [...reached];
  for (let step = 0; step < hops && frontier.length > 0; step += 1) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const neighbour of adjacency.get(id) ?? []) {
        if (!reached.has(neighbour)) {
          reached.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  const relationshipIds = new Set(
    relationships
      .filter((r) => visible.relationshipIds.has(r.id) && reached.has(r.source) && reached.has(r.target))
      .map((r) => r.id),
  );
  return { partyIds: reached, relationshipIds };
}
