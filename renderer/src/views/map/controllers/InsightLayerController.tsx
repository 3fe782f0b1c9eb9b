// Renderless: network insight's layer (badges on single points of failure, parties sized by
// betweenness or harm; pure data from insightDecorations) on the live map, again after every
// change of the network and whenever a very large map brings parties into view.
import { useEffect } from 'react';
import type { InsightDecoration } from '../../../core/insight/insightDecorations';
import { useMap } from '../../../hooks/useMap';
import { applyInsightLayer } from '../../../map/insightLayer';
import { perFrame } from '../../../map/perFrame';

type Props = { decorations: ReadonlyMap<string, InsightDecoration> };

export function InsightLayerController({ decorations }: Props) {
  const { cy, elements } = useMap();

  useEffect(() => {
    applyInsightLayer(cy, decorations);
  }, [cy, elements, decorations]);

  useEffect(() => perFrame(cy, 'add', () => applyInsightLayer(cy, decorations)), [cy, decorations]);

  return null;
}
