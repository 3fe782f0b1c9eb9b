// What the map really shows, for end-to-end tests: each party Cytoscape draws with its classes,
// computed style and place on the page. Only automated browsers get it (navigator.webdriver),
// never a person using the app.
import type { Core } from 'cytoscape';

export type PageBox = { left: number; top: number; right: number; bottom: number };
export type ProbeNode = {
  partyId: string;
  parent: string | null;
  classes: string[];
  background: string;
  opacity: number;
  textOpacity: number;
  label: string;
  width: number;
  x: number;
  y: number;
  selected: boolean;
  box: PageBox;
};

declare global {
  interface Window {
    careweaveMapProbe?: () => ProbeNode[];
  }
}

export function probeNodes(cy: Core): ProbeNode[] {
  const box = cy.container()?.getBoundingClientRect();
  return cy.nodes().map((node) => {
    const at = node.renderedPosition();
    const drawn = node.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
    return {
      partyId: String(node.data('partyId')),
      // The organisation whose box it is drawn in, by party id.
      parent: node.parent().nonempty() ? String(node.parent().first().data('partyId')) : null,
      classes: node.classes(),
      background: String(node.style('background-color')),
      // How strongly the shape is drawn: faded parties fade their shape, not their name.
      opacity: Number(node.style('opacity')) * Number(node.style('background-opacity')),
      textOpacity: Number(node.style('opacity')) * Number(node.style('text-opacity')),
      label: String(node.style('label')),
      width: node.width(),
      selected: node.selected(),
      // Where the node is on the page, for clicking it.
      x: (box?.left ?? 0) + at.x,
      y: (box?.top ?? 0) + at.y,
      // The party as drawn, shape and name, on the page: what nothing may cover.
      box: { left: (box?.left ?? 0) + drawn.x1, top: (box?.top ?? 0) + drawn.y1, right: (box?.left ?? 0) + drawn.x2, bottom: (box?.top ?? 0) + drawn.y2 },
    };
  });
}
