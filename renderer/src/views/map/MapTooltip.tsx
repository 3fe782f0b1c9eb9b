// What is under the pointer, in words, beside it: a party's full name and type (the map may show
// a shortened or short name, or none from far out), or a relationship in a sentence with its
// level ("Trust 2 of 5"), so nothing on the map is told by colour alone.
import type { EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useState } from 'react';
import { describeRelationship } from '../../core/editor/describeRelationships';
import { useMap } from '../../hooks/useMap';

type Shown = { kind: 'party' | 'relationship'; id: string; x: number; y: number };

export function MapTooltip() {
  const { cy, graph } = useMap();
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    const overNode = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (node.hasClass('eh-ghost-node')) return;
      const at = node.renderedPosition();
      setShown({ kind: 'party', id: String(node.data('partyId')), x: at.x, y: at.y - node.renderedOuterHeight() / 2 });
    };
    const overEdge = (event: EventObject) => {
      const edge = event.target as EdgeSingular;
      const at = event.renderedPosition ?? edge.renderedMidpoint();
      if (edge.data('relationshipId')) setShown({ kind: 'relationship', id: String(edge.data('relationshipId')), x: at.x, y: at.y - 8 });
    };
    const out = () => setShown(null);
    cy.on('mouseover', 'node', overNode);
    cy.on('mouseover', 'edge', overEdge);
    cy.on('mouseout', 'node, edge', out);
    cy.on('viewport grab remove', out);
    return () => {
      cy.removeListener('mouseover', 'node', overNode);
      cy.removeListener('mouseover', 'edge', overEdge);
      cy.removeListener('mouseout', 'node, edge', out);
      cy.removeListener('viewport grab remove', out);
    };
  }, [cy]);

  if (!shown) return null;
  const nameOf = (id: string) => graph.parties.find((party) => party.id === id)?.name ?? 'a party';
  let title: string;
  let note: string;
  if (shown.kind === 'party') {
    const party = graph.parties.find((candidate) => candidate.id === shown.id);
    if (!party) return null;
    title = party.name;
    note = party.type;
  } else {
    const relationship = graph.relationships.find((candidate) => candidate.id === shown.id);
    if (!relationship) return null;
    const { text, detail } = describeRelationship(relationship, true, nameOf(relationship.target));
    title = relationship.kind === 'TRUSTS' ? `Trust ${relationship.level} of 5` : `${nameOf(relationship.source)}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    note = relationship.kind === 'TRUSTS' ? `${nameOf(relationship.source)} trusts ${nameOf(relationship.target)}` : detail;
  }
  return (
    <div className="map-tooltip" role="tooltip" data-testid={shown.kind === 'party' ? 'party-tooltip' : 'relationship-tooltip'} style={{ left: shown.x, top: shown.y }}>
      <strong>{title}</strong>
      <span className="map-tooltip__note">{note}</span>
    </div>
  );
}
