// Network insight's layer on the live map: the classes and data insightDecorations worked out, put
// on Cytoscape's nodes. It touches only its own classes and data fields.
import type { Core } from 'cytoscape';
import { partyNodeId } from '../core/graph/toCytoscapeElements';
import { INSIGHT_CLASSES } from '../core/insight/insightDecorations';
import type { InsightDecoration } from '../core/insight/insightDecorations';

const ALL = INSIGHT_CLASSES.join(' ');
const ANY = INSIGHT_CLASSES.map((name) => `.${name}`).join(', ');

export function applyInsightLayer(cy: Core, decorations: ReadonlyMap<string, InsightDecoration>): void {
  cy.batch(() => {
    cy.nodes(ANY).removeClass(ALL);
    for (const [partyId, decoration] of decorations) {
      const node = cy.getElementById(partyNodeId(partyId));
      if (node.empty()) continue;
      node.data(decoration.data);
      node.addClass(decoration.classes.join(' '));
    }
  });
}
