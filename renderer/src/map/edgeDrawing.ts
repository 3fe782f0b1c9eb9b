// Drawing a relationship by dragging from one party to another (cytoscape-edgehandles). The
// dragged edge is only a gesture: it is removed at once and the two parties are reported, so
// the relationship is added through the editor like any other.
import cytoscape from 'cytoscape';
import type { Core, EdgeSingular, EventHandler, NodeSingular } from 'cytoscape';
import edgehandles from 'cytoscape-edgehandles';

cytoscape.use(edgehandles);

/** The helpers edgehandles adds to the drawing while a gesture runs; they are not the network. */
export const EDGE_DRAWING_AIDS = '.eh-ghost-node, .eh-ghost-edge, .eh-preview, .eh-ghost';

export type EdgeDrawing = { setOn: (on: boolean) => void; stop: () => void };

export function startEdgeDrawing(cy: Core, onConnect: (sourcePartyId: string, targetPartyId: string) => void): EdgeDrawing {
  const handles = cy.edgehandles({
    canConnect: (source, target) => source.id() !== target.id() && !target.hasClass('eh-ghost-node'),
    edgeParams: () => ({ data: { kind: 'draft' } }),
    snap: true,
    hoverDelay: 80,
    noEdgeEventsInDraw: true,
    disableBrowserGestures: true,
  });
  const completed: EventHandler = (_event, source: NodeSingular, target: NodeSingular, added: EdgeSingular) => {
    added.remove();
    onConnect(String(source.data('partyId')), String(target.data('partyId')));
  };
  cy.on('ehcomplete', completed);
  return {
    setOn: (on) => (on ? handles.enableDrawMode() : handles.disableDrawMode()),
    stop: () => {
      cy.removeListener('ehcomplete', completed);
      handles.destroy();
    },
  };
}
