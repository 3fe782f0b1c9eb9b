// Conversions between stored elements and what the API takes back: a snapshot (for restoring
// after a delete) and an element's editable fields.
import type { PartySnapshot, RelationshipSnapshot } from '../../../../shared/api';
import type { Party, PartyFields, Relationship, RelationshipFields } from '../../../../shared/domain';

export function partyFields(party: Party): PartyFields {
  const { id: _i, networkId: _n, version: _v, createdAt: _c, updatedAt: _u, ...fields } = party;
  return fields;
}

export function partySnapshot(party: Party): PartySnapshot {
  return { ...partyFields(party), id: party.id, version: party.version };
}

export function relationshipFields(relationship: Relationship): RelationshipFields {
  const { id: _i, networkId: _n, version: _v, createdAt: _c, updatedAt: _u, source: _s, target: _t, ...fields } = relationship;
  return fields;
}

export function relationshipSnapshot(relationship: Relationship): RelationshipSnapshot {
  return {
    ...relationshipFields(relationship),
    id: relationship.id,
    version: relationship.version,
    source: relationship.source,
    target: relationship.target,
  };
}
