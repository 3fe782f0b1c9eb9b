// Renderless: what the person does with the pointer on the map, reported as the app's words.
// Dragged parties are saved as one batch per gesture — those dropped into or out of an
// organisation's box as a change of membership (map/organisationDrop.ts) — a double-click on
// empty space adds a party there and on an organisation folds or unfolds it, a right-click on a
// party opens its menu, and the pointer shows what can be clicked.
import type { EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import type { PartyPosition } from '../../../../../shared/api';
import { partyNodeId } from '../../../core/graph/toCytoscapeElements';
import type { MembershipChange } from '../../../core/history/operations';
import { boxesBeforeDrag, dropTarget } from '../../../map/organisationDrop';
import { useMap } from '../../../hooks/useMap';

/** Where on the page a party was right-clicked. */
export type PartyMenuRequest = { partyId: string; x: number; y: number };

type Props = {
  onPartiesMoved: (positions: PartyPosition[]) => void;
  onBackgroundDoubleTap: (position: { x: number; y: number }) => void;
  onPartyMenu: (menu: PartyMenuRequest) => void;
  onMembershipDrop: (changes: MembershipChange[]) => void;
  onToggleOrganisation: (organisationId: string) => void;
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
    const joined = new Map<string, MembershipChange>();
    const grabbedBoxes = new Map<string, ReturnType<typeof boxesBeforeDrag>>();
    const at = (node: NodeSingular) => ({ x: Math.round(node.position('x')), y: Math.round(node.position('y')) });
    const onGrab = (event: EventObject) => {
      const node = event.target as NodeSingular;
      // A party still gliding to the place the last change gave it (canvasSync.ts) would keep
      // gliding under the pointer and land back there: the person's drag wins.
      node.stop(true);
      if (!node.isParent()) grabbedBoxes.set(node.id(), boxesBeforeDrag(node));
    };
    const onFree = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (node.hasClass('eh-ghost-node')) return;
      const id = String(node.data('partyId'));
      const boxes = grabbedBoxes.get(node.id());
      grabbedBoxes.delete(node.id());
      const target = boxes ? dropTarget(cy, node, boxes) : null;
      const parent = node.parent().first();
      const current = parent.nonempty() ? parent.id() : null;
      if (boxes && target !== current) {
        joined.set(id, { id, partOf: target === null ? null : String(cy.getElementById(target).data('partyId')), ...at(node) });
      } else {
        moved.set(id, { id, ...at(node) });
        // An organisation dragged as a whole moves everyone inside it.
        if (node.isParent()) node.descendants().forEach((inner) => void moved.set(String(inner.data('partyId')), { id: String(inner.data('partyId')), ...at(inner) }));
      }
      // Dragging a selection frees each node; save them as one batch.
      window.clearTimeout(movedTimer);
      movedTimer = window.setTimeout(() => {
        const positions = [...moved.values()].filter((p) => !joined.has(p.id));
        const changes = [...joined.values()];
        moved.clear();
        joined.clear();
        const changed = positions.filter((p) => {
          const before = drawn.get(partyNodeId(p.id))?.position;
          return !before || Math.abs(before.x - p.x) > STILL || Math.abs(before.y - p.y) > STILL;
        });
        if (changes.length > 0) callbacks.current.onMembershipDrop(changes);
        if (changed.length > 0) callbacks.current.onPartiesMoved(changed);
      }, 0);
    };
    const onNodeDoubleTap = (event: EventObject) => {
      const node = event.target as NodeSingular;
      if (node.data('organisation')) callbacks.current.onToggleOrganisation(String(node.data('partyId')));
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
    cy.on('grab', 'node', onGrab);
    cy.on('free', 'node', onFree);
    cy.on('dbltap', onDoubleTap);
    cy.on('dbltap', 'node', onNodeDoubleTap);
    cy.on('cxttap', 'node', onMenu);
    cy.on('mouseover', 'node', pointer);
    cy.on('mouseout', 'node', noPointer);
    return () => {
      cy.removeListener('grab', 'node', onGrab);
      cy.removeListener('free', 'node', onFree);
      cy.removeListener('dbltap', onDoubleTap);
      cy.removeListener('dbltap', 'node', onNodeDoubleTap);
      cy.removeListener('cxttap', 'node', onMenu);
      cy.removeListener('mouseover', 'node', pointer);
      cy.removeListener('mouseout', 'node', noPointer);
      window.clearTimeout(movedTimer);
    };
  }, [cy, container, drawn]);

  return null;
}
