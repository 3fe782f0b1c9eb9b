// How the simulation's layer reaches the overview tier of a very large map, whose parties are
// not Cytoscape elements: the layer is kept in the instance's scratch data and an event says it
// changed. GraphCanvas listens; SimulationMapLayer publishes.
import type { Core } from 'cytoscape';
import type { Decorations } from '../../core/simulation/mapDecorations';

export const DECORATIONS_EVENT = 'careweave:decorations';
const SCRATCH_KEY = 'careweaveDecorations';

export function publishDecorations(cy: Core, decorations: Decorations): void {
  cy.scratch(SCRATCH_KEY, decorations);
  cy.emit(DECORATIONS_EVENT);
}

/** The simulation's layer while one is shown, else null. */
export function shownDecorations(cy: Core): Decorations | null {
  const decorations = cy.scratch(SCRATCH_KEY) as Decorations | undefined;
  return decorations && (decorations.nodes.size > 0 || decorations.edges.size > 0) ? decorations : null;
}
