// The drawing of the open network, for what its owner (views/map/MapCanvas.tsx) renders: the
// map's controllers and the diagram export. Outside the owner there is no drawing to reach.
import { useContext } from 'react';
import { MapContext } from '../map/mapContext';
import type { MapDrawing } from '../map/mapContext';

export function useMap(): MapDrawing {
  const map = useContext(MapContext);
  if (!map) throw new Error('The map is not drawn here: useMap() works only inside MapCanvas.');
  return map;
}
