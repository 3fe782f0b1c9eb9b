// A party's full name (and its type) beside it while the pointer rests on it: the map may show a
// shortened name, or the party's own short name, or none at all from far out.
import type { EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useState } from 'react';
import { useMap } from '../../hooks/useMap';

type Shown = { partyId: string; x: number; y: number };

export function PartyNameTooltip() {
  const { cy, graph } = useMap();
  const [shown, setShown] = useState<Shown | null>(null);

  useEffect(() => {
    const over = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (node.hasClass('eh-ghost-node')) return;
      const at = node.renderedPosition();
      setShown({ partyId: String(node.data('partyId')), x: at.x, y: at.y - node.renderedOuterHeight() / 2 });
    };
    const out = () => setShown(null);
    cy.on('mouseover', 'node', over);
    cy.on('mouseout', 'node', out);
    cy.on('viewport grab remove', out);
    return () => {
      cy.removeListener('mouseover', 'node', over);
      cy.removeListener('mouseout', 'node', out);
      cy.removeListener('viewport grab remove', out);
    };
  }, [cy]);

  const party = shown ? graph.parties.find((candidate) => candidate.id === shown.partyId) : undefined;
  if (!shown || !party) return null;
  return (
    <div className="map-tooltip" role="tooltip" data-testid="party-tooltip" style={{ left: shown.x, top: shown.y }}>
      <strong>{party.name}</strong>
      <span className="map-tooltip__note">{party.type}</span>
    </div>
  );
}
