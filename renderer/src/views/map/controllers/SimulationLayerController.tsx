// Renderless: the withdrawal simulation's layer (pure data from mapDecorations) on the live map,
// and the highlighted chain brought into view. Both arrive as props; the overview tier of a very
// large map draws the same decorations (DetailTierController).
import { useEffect } from 'react';
import type { Decorations } from '../../../core/simulation/mapDecorations';
import type { ChainView } from '../../../core/simulation/simulationView';
import { useMap } from '../../../hooks/useMap';
import { perFrame } from '../../../map/perFrame';
import { applyDecorations, showChain } from '../../../map/simulationLayer';

type Props = { decorations: Decorations; chain: ChainView | null };

export function SimulationLayerController({ decorations, chain }: Props) {
  const { cy, elements } = useMap();

  // Again after every change of the network: new elements arrive bare.
  useEffect(() => {
    applyDecorations(cy, decorations);
  }, [cy, elements, decorations]);

  // A very large map hands Cytoscape the parties in view as the camera moves; they arrive bare too.
  useEffect(() => perFrame(cy, 'add', () => applyDecorations(cy, decorations)), [cy, decorations]);

  useEffect(() => {
    if (chain) showChain(cy, chain);
  }, [cy, chain]);

  return null;
}
