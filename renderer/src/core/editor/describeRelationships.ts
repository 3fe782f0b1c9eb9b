// A party's relationships in words, grouped by kind and direction, for the side panel:
// "Relies on County Transit for transport", "Receives funding from the payer".
import { formatAmount } from '../format/quantities';
import type { NetworkGraph, Party, Relationship, RelationshipKind } from '../../../../shared/domain';
import { RELATIONSHIP_KINDS, RELATIONSHIP_KIND_LABELS } from '../../../../shared/domain';

export type RelationshipLine = {
  relationshipId: string;
  otherPartyId: string;
  otherName: string;
  outgoing: boolean;
  text: string;
  detail: string;
};

export type RelationshipGroup = { kind: RelationshipKind; label: string; lines: RelationshipLine[] };

function trustText(level: number): string {
  return `${Number.isInteger(level) ? level : level.toFixed(1)}/5`;
}

export function describeRelationship(relationship: Relationship, outgoing: boolean, other: string): Pick<RelationshipLine, 'text' | 'detail'> {
  switch (relationship.kind) {
    case 'RELIES_ON':
      return {
        text: outgoing ? `Relies on ${other}` : `${other} relies on it`,
        detail: `${relationship.service} · criticality ${relationship.criticality}/5 · substitutes: ${relationship.substitutability}`,
      };
    case 'RESOURCE_FLOW': {
      const amount = relationship.amount === null ? '' : ` · ${formatAmount(relationship.amount, relationship.unit, relationship.period)}`;
      return {
        text: outgoing ? `Provides ${relationship.resource} to ${other}` : `Receives ${relationship.resource} from ${other}`,
        detail: `${relationship.resource}${amount}`,
      };
    }
    case 'TRUSTS':
      return {
        text: outgoing ? `Trusts ${other}` : `${other} trusts it`,
        detail: `trust ${trustText(relationship.level)}${relationship.assessedAt ? ` · assessed ${relationship.assessedAt}` : ''}`,
      };
  }
}

export function partyRelationshipGroups(graph: Pick<NetworkGraph, 'parties' | 'relationships'>, partyId: string): RelationshipGroup[] {
  const names = new Map(graph.parties.map((party: Party) => [party.id, party.name]));
  const groups = RELATIONSHIP_KINDS.map((kind) => ({ kind, label: RELATIONSHIP_KIND_LABELS[kind], lines: [] as RelationshipLine[] }));
  for (const relationship of graph.relationships) {
    const outgoing = relationship.source === partyId;
    if (!outgoing && relationship.target !== partyId) continue;
    const otherPartyId = outgoing ? relationship.target : relationship.source;
    const otherName = names.get(otherPartyId) ?? 'a party';
    groups
      .find((group) => group.kind === relationship.kind)!
      .lines.push({ relationshipId: relationship.id, otherPartyId, otherName, outgoing, ...describeRelationship(relationship, outgoing, otherName) });
  }
  for (const group of groups) {
    // Outgoing first (what this party does), then by the other party's name.
    group.lines.sort((a, b) => Number(b.outgoing) - Number(a.outgoing) || a.otherName.localeCompare(b.otherName));
  }
  return groups.filter((group) => group.lines.length > 0);
}

export function countAttached(graph: Pick<NetworkGraph, 'relationships'>, partyIds: readonly string[], relationshipIds: readonly string[] = []): number {
  const parties = new Set(partyIds);
  const listed = new Set(relationshipIds);
  return graph.relationships.filter((r) => !listed.has(r.id) && (parties.has(r.source) || parties.has(r.target))).length;
}
