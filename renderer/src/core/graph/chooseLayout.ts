// Saved positions are the person's own arrangement, so they win; a force layout only runs for
// a network that has never been arranged (or has parties without a place yet).
import type { LayoutOptions } from 'cytoscape';
import type { Party } from '../../../../shared/domain';

function hasPosition(party: Pick<Party, 'x' | 'y'>): boolean {
  return party.x !== null && party.y !== null;
}

export function chooseLayout(parties: readonly Pick<Party, 'x' | 'y'>[]): LayoutOptions {
  if (parties.every(hasPosition)) return { name: 'preset', fit: false };
  return {
    name: 'cose',
    animate: false,
    fit: false,
    // Start from the saved positions that exist, so a partly arranged map keeps its shape.
    randomize: !parties.some(hasPosition),
    nodeDimensionsIncludeLabels: true,
  };
}
