// Organisations on the map (issue 15), as a pure projection on top of toCytoscapeElements: an
// organisation with members is drawn as a compound node holding them (Cytoscape places and sizes
// it around them), and a collapsed one as a single box standing for everyone inside it. The
// collapsed box carries their relationships: one bundle per kind and direction between two drawn
// ends, counted, instead of every line; relationships among its own members are not drawn.
import type { ElementDefinition } from 'cytoscape';
import { allMembers, membersByOrganisation, organisationOf } from '../../../../shared/domain';
import type { MemberLink } from '../../../../shared/domain';
import { partyNodeId } from './toCytoscapeElements';

export const BUNDLE_PREFIX = 'bundle:';

type Named = MemberLink & { readonly name: string };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The elements with organisations drawn: members inside their organisation's box, and everything
 * inside a collapsed organisation folded into it. `collapsed` lists organisations by party id.
 */
export function projectOrganisations(elements: readonly ElementDefinition[], parties: readonly Named[], collapsed: ReadonlySet<string>): ElementDefinition[] {
  const parentOf = organisationOf(parties);
  if (parentOf.size === 0) return [...elements];
  const members = membersByOrganisation(parties);
  // Who stands for each party folded away: its outermost collapsed organisation.
  const standsFor = new Map<string, string>();
  for (const organisation of collapsed) {
    if (!members.has(organisation) || hiddenBy(organisation, parentOf, collapsed) !== null) continue;
    for (const member of allMembers(members, organisation)) standsFor.set(member, organisation);
  }
  const nodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  const positions = new Map<string, { x: number; y: number }>();
  for (const element of elements) {
    if (element.group === 'nodes' && element.position) positions.set(String(element.data.partyId), element.position);
  }
  for (const element of elements) {
    if (element.group !== 'nodes') {
      edges.push(element);
      continue;
    }
    const partyId = String(element.data.partyId);
    if (standsFor.has(partyId)) continue;
    const parent = parentOf.get(partyId);
    const data = { ...element.data, ...(parent !== undefined ? { parent: partyNodeId(parent) } : {}) };
    if (!members.has(partyId)) {
      nodes.push({ ...element, data });
    } else if (collapsed.has(partyId)) {
      const inside = allMembers(members, partyId);
      const centre = centreOf(inside.map((id) => positions.get(id)), element.position);
      nodes.push({ ...element, data: { ...data, organisation: 1, collapsed: 1, memberCount: inside.length, memberPartyIds: inside }, ...(centre ? { position: centre } : {}) });
    } else {
      // A compound node's place and size follow its members: a position of its own would only be ignored.
      const { position: _position, ...rest } = element;
      nodes.push({ ...rest, data: { ...data, organisation: 1 } });
    }
  }
  if (standsFor.size === 0) return [...nodes, ...edges];
  return [...nodes, ...bundleEdges(edges, standsFor, nodes)];
}

/** The collapsed organisation that hides this party, if any. */
function hiddenBy(partyId: string, parentOf: ReadonlyMap<string, string>, collapsed: ReadonlySet<string>): string | null {
  let hidden: string | null = null;
  for (let current = parentOf.get(partyId); current !== undefined; current = parentOf.get(current)) if (collapsed.has(current)) hidden = current;
  return hidden;
}

function centreOf(places: readonly ({ x: number; y: number } | undefined)[], fallback: { x: number; y: number } | undefined): { x: number; y: number } | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const place of places) {
    if (!place) continue;
    x1 = Math.min(x1, place.x);
    y1 = Math.min(y1, place.y);
    x2 = Math.max(x2, place.x);
    y2 = Math.max(y2, place.y);
  }
  return x1 === Infinity ? fallback : { x: (x1 + x2) / 2, y: (y1 + y2) / 2 };
}

function bundleEdges(edges: readonly ElementDefinition[], standsFor: ReadonlyMap<string, string>, nodes: ElementDefinition[]): ElementDefinition[] {
  const drawn: ElementDefinition[] = [];
  const bundles = new Map<string, { kind: string; source: string; target: string; ids: string[] }>();
  const carried = new Map<string, number>();
  for (const edge of edges) {
    const source = partyOf(String(edge.data.source));
    const target = partyOf(String(edge.data.target));
    const from = standsFor.get(source) ?? source;
    const to = standsFor.get(target) ?? target;
    if (from === source && to === target) {
      drawn.push(edge);
      continue;
    }
    // Counted once for each collapsed organisation that takes an end of it.
    for (const organisation of new Set([from !== source ? from : null, to !== target ? to : null])) {
      if (organisation !== null) carried.set(organisation, (carried.get(organisation) ?? 0) + 1);
    }
    if (from === to) continue;
    const kind = String(edge.data.kind);
    const key = `${kind}:${from}:${to}`;
    const bundle = bundles.get(key);
    if (bundle) bundle.ids.push(String(edge.data.relationshipId));
    else bundles.set(key, { kind, source: from, target: to, ids: [String(edge.data.relationshipId)] });
  }
  // The collapsed box says what it holds: how many parties, and how many of their relationships.
  for (const node of nodes) {
    if (!node.data.collapsed) continue;
    const organisation = String(node.data.partyId);
    const summary = `${plural(Number(node.data.memberCount), 'department', 'departments')} · ${plural(carried.get(organisation) ?? 0, 'relationship', 'relationships')}`;
    node.data = { ...node.data, label: `${String(node.data.label)}\n${summary}`, shortLabel: `${String(node.data.shortLabel)} (${Number(node.data.memberCount)})`, summary };
  }
  for (const [key, bundle] of bundles) {
    drawn.push({
      group: 'edges',
      selectable: false,
      data: {
        id: `${BUNDLE_PREFIX}${key}`,
        kind: bundle.kind,
        source: partyNodeId(bundle.source),
        target: partyNodeId(bundle.target),
        bundled: bundle.ids.length,
        label: `×${bundle.ids.length}`,
        relationshipIds: bundle.ids,
      },
    });
  }
  return drawn;
}

const PARTY_PREFIX_LENGTH = partyNodeId('').length;
function partyOf(nodeId: string): string {
  return nodeId.slice(PARTY_PREFIX_LENGTH);
}
