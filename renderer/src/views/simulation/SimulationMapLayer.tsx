// Renderless: puts the simulation's layer (classes and data from mapDecorations) on the live
// Cytoscape instance, and reports right-clicks on parties for the context menu. It touches only
// its own classes and data fields, so the editor's projection and styles stay as they are.
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { useEffect } from 'react';
import type { NetworkGraph } from '../../../../shared/domain';
import { partyNodeId, relationshipEdgeId } from '../../core/graph/toCytoscapeElements';
import { SIMULATION_CLASSES } from '../../core/simulation/mapDecorations';
import type { Decorations } from '../../core/simulation/mapDecorations';
import type { PartyMenu } from './useWithdrawalAnalysis';

const ALL_CLASSES = SIMULATION_CLASSES.join(' ');

type Props = {
  cy: Core | null;
  // The drawn network: re-applied after every change, since new elements arrive bare.
  graph: NetworkGraph;
  decorations: Decorations;
  onPartyMenu: (menu: PartyMenu) => void;
};

// End-to-end tests read what the map really shows through this probe; it exists only in
// automated browsers (navigator.webdriver), never for a person using the app.
type ProbeNode = { partyId: string; classes: string[]; background: string; opacity: number; label: string; width: number; x: number; y: number };
declare global {
  interface Window {
    careweaveMapProbe?: () => ProbeNode[];
  }
}

function applyDecorations(cy: Core, decorations: Decorations): void {
  cy.batch(() => {
    cy.elements(`.${SIMULATION_CLASSES.join(', .')}`).removeClass(ALL_CLASSES);
    for (const [partyId, decoration] of decorations.nodes) {
      const node = cy.getElementById(partyNodeId(partyId));
      if (node.empty()) continue;
      node.data(decoration.data);
      node.addClass(decoration.classes.join(' '));
    }
    for (const [relationshipId, classes] of decorations.edges) {
      if (classes.length > 0) cy.getElementById(relationshipEdgeId(relationshipId)).addClass(classes.join(' '));
    }
  });
  const container = cy.container();
  if (container) container.dataset.simulation = decorations.nodes.size > 0 ? 'shown' : 'none';
}

export function SimulationMapLayer({ cy, graph, decorations, onPartyMenu }: Props) {
  useEffect(() => {
    if (cy) applyDecorations(cy, decorations);
  }, [cy, graph, decorations]);

  useEffect(() => {
    if (!cy) return;
    const onMenu = (event: EventObject) => {
      const node = event.target as NodeSingular;
      const container = cy.container()?.getBoundingClientRect();
      const at = event.renderedPosition ?? node.renderedPosition();
      onPartyMenu({ partyId: String(node.data('partyId')), x: (container?.left ?? 0) + at.x, y: (container?.top ?? 0) + at.y });
    };
    cy.on('cxttap', 'node', onMenu);
    return () => {
      cy.removeListener('cxttap', 'node', onMenu);
    };
  }, [cy, onPartyMenu]);

  useEffect(() => {
    if (!cy || !navigator.webdriver) return;
    window.careweaveMapProbe = () => {
      const box = cy.container()?.getBoundingClientRect();
      return cy.nodes().map((node) => {
        const at = node.renderedPosition();
        return {
          partyId: String(node.data('partyId')),
          classes: node.classes(),
          background: String(node.style('background-color')),
          opacity: Number(node.style('opacity')),
          label: String(node.style('label')),
          width: node.width(),
          // Where the node is on the page, for clicking it.
          x: (box?.left ?? 0) + at.x,
          y: (box?.top ?? 0) + at.y,
        };
      });
    };
    return () => {
      delete window.careweaveMapProbe;
    };
  }, [cy]);

  return null;
}
