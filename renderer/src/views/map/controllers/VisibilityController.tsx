// Renderless: the filters and the focus become classes on what Cytoscape holds, so hidden
// elements disappear and those outside the focus fade.
import { useEffect } from 'react';
import type { Focus } from '../../../core/filters/focus';
import type { Visible } from '../../../core/filters/filterPipeline';
import { useMap } from '../../../hooks/useMap';
import { syncVisibility } from '../../../map/canvasSync';

type Props = { visible: Visible; focus: Focus | null };

export function VisibilityController({ visible, focus }: Props) {
  const { cy, elements, drawnVersion } = useMap();

  // `elements` as well as the drawn set: a change of the network is classed in the same frame it is drawn.
  useEffect(() => {
    syncVisibility(cy, visible, focus);
  }, [cy, visible, focus, elements, drawnVersion]);

  return null;
}
