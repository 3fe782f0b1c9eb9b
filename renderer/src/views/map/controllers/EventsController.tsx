// Renderless: what the person does with the pointer on the map, reported as the app's words.
// Dragged parties are saved as one batch per gesture, a double-click on empty space adds a party
// there, a right-click on a party opens its menu, and the pointer shows what can be clicked.
import type { EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { PartyPosition } from '../../../../../shared/api';
import { partyNodeId } from '../../../core/graph/toCytoscapeElements';
import { useMap } from '../../../hooks/useMap';

/** Where on the page a party was right-clicked. */
export type PartyMenuRequest = { partyId: string; x: number; y: number };

type Props = {
  onPartiesMoved: (positions: PartyPosition[]) => void;
  onBackgroundDoubleTap: (position: { x: number; y: number }) => void;
  onPartyMenu: (menu: PartyMenuRequest) => void;
};

// A drop within this distance of where the party was is no move.
const STILL = 0.5;

export function EventsController(props: Props) {
  const { cy, container, drawn } = useMap();
  const callbacks = useRef(props);
  callbacks.current = props;

  useEffect(() => {
    let movedTimer = 0;
    const moved = new Map<string, PartyPosition>();
    const onFree = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (node.hasClass('eh-ghost-node')) return;
      const id = String(node.data('partyId'));
      moved.set(id, { id, x: Math.round(node.position('x')), y: Math.round(node.position('y')) });
      // Dragging a selection frees each node; save them as one batch.
      window.clearTimeout(movedTimer);
      movedTimer = window.setTimeout(() => {
        const positions = [...moved.values()];
        moved.clear();
        const changed = positions.filter((p) => {
          const before = drawn.get(partyNodeId(p.id))?.position;
          return !before || Math.abs(before.x - p.x) > STILL || Math.abs(before.y - p.y) > STILL;
        });
        if (changed.length > 0) callbacks.current.onPartiesMoved(changed);
      }, 0);
    };
    const onDoubleTap = (event: EventObject) => {
      if (event.target === cy) callbacks.current.onBackgroundDoubleTap(event.position);
    };
    const onMenu = (event: EventObject) => {
      const node = event.target as NodeSingular;
      const box = container.getBoundingClientRect();
      const at = event.renderedPosition ?? node.renderedPosition();
      callbacks.current.onPartyMenu({ partyId: String(node.data('partyId')), x: box.left + at.x, y: box.top + at.y });
    };
    const pointer = () => container.classList.add('graph-canvas--pointer');
    const noPointer = () => container.classList.remove('graph-canvas--pointer');
    cy.on('free', 'node', onFree);
    cy.on('dbltap', onDoubleTap);
    cy.on('cxttap', 'node', onMenu);
    cy.on('mouseover', 'node', pointer);
    cy.on('mouseout', 'node', noPointer);
    return () => {
      cy.removeListener('free', 'node', onFree);
      cy.removeListener('dbltap', onDoubleTap);
      cy.removeListener('cxttap', 'node', onMenu);
      cy.removeListener('mouseover', 'node', pointer);
      cy.removeListener('mouseout', 'node', noPointer);
      window.clearTimeout(movedTimer);
    };
  }, [cy, container, drawn]);

  return null;
}
