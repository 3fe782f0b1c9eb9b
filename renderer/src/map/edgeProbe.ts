// What the map shows of each relationship, for end-to-end tests (like mapProbe.ts for parties):
// its classes, opacity, trust band and the middle of its line on the page. Automated browsers only.
import type { Core } from 'cytoscape';

export type ProbeEdge = { relationshipId: string; classes: string[]; opacity: number; trustBand: number | null; x: number; y: number };

declare global {
  interface Window {
    careweaveEdgeProbe?: () => ProbeEdge[];
  }
}

export function probeEdges(cy: Core): ProbeEdge[] {
  const box = cy.container()?.getBoundingClientRect();
  return cy.edges().map((edge) => {
    const at = edge.renderedMidpoint();
    const band = edge.data('trustBand') as unknown;
    return {
      relationshipId: String(edge.data('relationshipId')),
      classes: edge.classes(),
      opacity: Number(edge.style('opacity')),
      trustBand: typeof band === 'number' ? band : null,
      x: (box?.left ?? 0) + at.x,
      y: (box?.top ?? 0) + at.y,
    };
  });
}
