// Small builders for hand-made networks, so each test reads like the diagram it describes.
import type { PartySide, ResourceKind, Substitutability } from '../../shared/domain';
import type { ImpactNetwork, ImpactParty, ImpactRelationship } from '../../shared/analysis';

let counter = 0;
const nextId = () => `r${++counter}`;

export function party(id: string, side: PartySide = 'internal', name = id): ImpactParty {
  return { id, name, side, type: side === 'external' ? 'patient' : 'community agency' };
}

export function relies(
  source: string,
  target: string,
  criticality: number,
  substitutability: Substitutability,
  service = 'care',
): ImpactRelationship {
  return { id: nextId(), kind: 'RELIES_ON', source, target, service, criticality, substitutability };
}

export function flow(source: string, target: string, resource: ResourceKind, amount: number | null): ImpactRelationship {
  return { id: nextId(), kind: 'RESOURCE_FLOW', source, target, resource, amount, unit: '', period: '' };
}

export function trusts(source: string, target: string, level: number): ImpactRelationship {
  return { id: nextId(), kind: 'TRUSTS', source, target, level };
}

/** A network whose parties are all internal unless listed in `externals`. */
export function network(relationships: ImpactRelationship[], externals: string[] = [], extraParties: string[] = []): ImpactNetwork {
  const ids = new Set<string>(extraParties);
  for (const relationship of relationships) ids.add(relationship.source).add(relationship.target);
  return {
    parties: [...ids].map((id) => party(id, externals.includes(id) ? 'external' : 'internal')),
    relationships,
  };
}

/** impact by party id, rounded to 12 places so hand-worked numbers compare exactly. */
export function impactsById(result: { parties: readonly { id: string; impact: number }[] }): Record<string, number> {
  return Object.fromEntries(result.parties.map((entry) => [entry.id, Math.round(entry.impact * 1e12) / 1e12]));
}
