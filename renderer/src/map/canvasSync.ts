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
    const gone = () => {
      const elements = cy.collection();
      for (const id of diff.remove) elements.merge(cy.getElementById(id));
      return elements;
    };
    // Cytoscape removes a compound node with everything inside it: members that stay come out first.
    gone()
      .nodes(':parent')
      .forEach((box) => {
        box.children().move({ parent: null });
      });
    // Looked up again (a move may give a node a new object) and removed at once: one by one costs
    // Cytoscape its event and compound bookkeeping per call (collapsing an organisation removes hundreds).
    gone().remove();
    // Cytoscape keeps the objects it is given and moves a dragged node by changing its position
    // object: given the projection's own, the drawing would change the projection under `drawn`
    // and a drag would look like no move at all. It gets copies.
    if (diff.add.length > 0) cy.add(diff.add.map((element) => ({ ...element, data: { ...element.data }, ...(element.position ? { position: { ...element.position } } : {}) })));
    for (const { id, parent } of diff.reparent) cy.getElementById(id).move({ parent });
    for (const { id, data } of diff.data) cy.getElementById(id).data(data);
    // One collection for every move: looking each node up on its own builds thousands of them
    // (a saved view shown on a 5,000-party map moves everyone).
    if (!animate && diff.move.length > 0) {
      const places = new Map(diff.move.map(({ id, position }) => [id, position]));
      cy.nodes()
        .filter((node) => places.has(node.id()))
        .positions((node) => places.get(node.id()) ?? node.position());
    }
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
      // A collapsed organisation is shown, and in focus, when anyone inside it is.
      const inside = (node.data('memberPartyIds') as string[] | undefined) ?? [];
      const shown = visible.partyIds.has(id) || inside.some((member) => visible.partyIds.has(member));
      // An organisation filtered out keeps its members on the map: only its box goes.
      const box = node.isParent();
      set(node, 'cw-hidden', !shown && !box);
      set(node, 'cw-hidden-box', !shown && box);
      set(node, 'cw-faded', shown && focus !== null && !focus.partyIds.has(id) && !inside.some((member) => focus.partyIds.has(member)));
    });
    cy.edges().forEach((edge) => {
      // A bundle of a collapsed organisation's relationships stands for all of them.
      const ids = (edge.data('relationshipIds') as string[] | undefined) ?? [String(edge.data('relationshipId'))];
      const shown = ids.some((id) => visible.relationshipIds.has(id));
      set(edge, 'cw-hidden', !shown);
      set(edge, 'cw-faded', shown && focus !== null && !ids.some((id) => focus.relationshipIds.has(id)));
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
