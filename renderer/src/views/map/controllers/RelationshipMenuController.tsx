// Renderless: a right-click on a relationship opens its menu (issue 12: end this agreement in a
// simulation). In automated browsers it also offers window.careweaveEdgeProbe, what each drawn
// relationship looks like and where, so end-to-end tests can right-click one and see it fade.
import type { EdgeSingular, EventObject } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useMap } from '../../../hooks/useMap';
import { probeEdges } from '../../../map/edgeProbe';

export type RelationshipMenuRequest = { relationshipId: string; x: number; y: number };

type Props = { onMenu: (menu: RelationshipMenuRequest) => void };

export function RelationshipMenuController({ onMenu }: Props) {
  const { cy, container } = useMap();
  const callback = useRef(onMenu);
  callback.current = onMenu;

  useEffect(() => {
    const open = (event: EventObject) => {
      const edge = event.target as EdgeSingular;
      const box = container.getBoundingClientRect();
      const at = event.renderedPosition ?? edge.renderedMidpoint();
      callback.current({ relationshipId: String(edge.data('relationshipId')), x: box.left + at.x, y: box.top + at.y });
    };
    cy.on('cxttap', 'edge', open);
    if (navigator.webdriver) window.careweaveEdgeProbe = () => probeEdges(cy);
    return () => {
      cy.removeListener('cxttap', 'edge', open);
      delete window.careweaveEdgeProbe;
    };
  }, [cy, container]);

  return null;
}
