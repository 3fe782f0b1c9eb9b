// Small networks for network-insight tests, built from terse descriptions so each test shows the
// shape it is about.
import type { Interest } from '../../shared/domain';
import type { InsightNetwork, InsightParty, InsightRelationship } from '../../shared/insight';

type PartySpec = string | { id: string; external?: boolean; interests?: Interest[] };

export function party(spec: PartySpec): InsightParty {
  const { id, external = false, interests } = typeof spec === 'string' ? { id: spec } : spec;
  return { id, name: id.toUpperCase(), side: external ? 'external' : 'internal', type: external ? 'client' : 'other', ...(interests ? { interests } : {}) };
}

let counter = 0;
const nextId = () => `r${++counter}`;

export const relies = (source: string, target: string, service = 'care', criticality = 3, substitutability: 'none' | 'limited' | 'ready' = 'none', id = nextId()): InsightRelationship => ({
  id,
  kind: 'RELIES_ON',
  source,
  target,
  service,
  criticality,
  substitutability,
});

export const flows = (source: string, target: string, resource: 'funding' | 'beds' | 'transport' | 'staff' = 'funding', amount: number | null = 10, id = nextId()): InsightRelationship => ({
  id,
  kind: 'RESOURCE_FLOW',
  source,
  target,
  resource,
  amount,
});

export const trusts = (source: string, target: string, level: number, assessedAt: string | null = '2026-06-01', id = nextId()): InsightRelationship => ({
  id,
  kind: 'TRUSTS',
  source,
  target,
  level,
  assessedAt,
});

export function network(parties: PartySpec[], relationships: InsightRelationship[]): InsightNetwork {
  return { parties: parties.map(party), relationships };
}
