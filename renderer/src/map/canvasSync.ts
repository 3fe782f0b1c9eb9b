// The imperative half of the canvas: bringing a Cytoscape instance in line with the projection,
// the filters, focus and the selection. Each function touches only what differs.
import type { Core, ElementDefinition } from 'cytoscape';
import type { Focus } from '../core/filters/focus';
import type { Visible } from '../core/filters/filterPipeline';
import { diffElements } from '../core/graph/diffElements';
import { partyNodeId, relationshipEdgeId } from '../core/graph/toCytoscapeElements';
import type { Selection } from '../core/selection/selection';

/** Returns whether the set of elements Cytoscape holds changed (not only their data or places). */
export function syncElements(cy: Core, drawn: Map<string, ElementDefinition>, next: ElementDefinition[], animate: boolean): boolean {
  const diff = diffElements(drawn, next);
  cy.batch(() => {
    for (const id of diff.remove) cy.getElementById(id).remove();
    if (diff.add.length > 0) cy.add(diff.add);
    for (const { id, data } of diff.data) cy.getElementById(id).data(data);
    if (!animate) for (const { id, position } of diff.move) cy.getElementById(id).position(position);
  });
  if (animate) {
    for (const { id, position } of diff.move) {
      cy.getElementById(id).animate({ position }, { duration: 400, easing: 'ease-in-out-cubic' });
    }
  }
  drawn.clear();
  for (const element of next) drawn.set(String(element.data.id), element);
  return diff.add.length > 0 || diff.remove.length > 0;
}

// Only elements whose state changes are touched: on a large map with no filter on, nothing is.
export function syncVisibility(cy: Core, visible: Visible, focus: Focus | null): void {
  const set = (element: { hasClass: (c: string) => boolean; addClass: (c: string) => unknown; removeClass: (c: string) => unknown }, cls: string, on: boolean) => {
    if (element.hasClass(cls) === on) return;
    if (on) element.addClass(cls);
    else element.removeClass(cls);
  };
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      const id = String(node.data('partyId'));
      const shown = visible.partyIds.has(id);
      set(node, 'cw-hidden', !shown);
      set(node, 'cw-faded', shown && focus !== null && !focus.partyIds.has(id));
    });
    cy.edges().forEach((edge) => {
      const id = String(edge.data('relationshipId'));
      const shown = visible.relationshipIds.has(id);
      set(edge, 'cw-hidden', !shown);
      set(edge, 'cw-faded', shown && focus !== null && !focus.relationshipIds.has(id));
    });
  });
}

export function readSelection(cy: Core): Selection {
  return {
    partyIds: cy.nodes(':selected').map((node) => String(node.data('partyId'))),
    relationshipIds: cy.edges(':selected').map((edge) => String(edge.data('relationshipId'))),
  };
}

export function applySelection(cy: Core, selection: Selection): void {
  const wanted = new Set([...selection.partyIds.map(partyNodeId), ...selection.relationshipIds.map(relationshipEdgeId)]);
  cy.batch(() => {
    cy.elements(':selected').forEach((element) => {
      if (!wanted.has(element.id())) element.unselect();
    });
    for (const id of wanted) {
      const element = cy.getElementById(id);
      if (element.nonempty() && !element.selected()) element.select();
    }
  });
}
