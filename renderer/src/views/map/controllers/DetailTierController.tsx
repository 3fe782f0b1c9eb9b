// Renderless but for its canvas: the two tiers of a very large map (core/graph/detailSet.ts). Once
// the camera rests, the parties in view are handed to Cytoscape; every frame the camera moves,
// and whenever what is shown changes, the overview canvas under Cytoscape's draws the rest.
import { useEffect, useMemo, useRef } from 'react';
import type { Focus } from '../../../core/filters/focus';
import type { Visible } from '../../../core/filters/filterPipeline';
import { detailElements, viewBox } from '../../../core/graph/detailSet';
import { organisationFrames } from '../../../core/graph/organisationFrames';
import { GRAPH_THEME } from '../../../core/graph/theme';
import type { Decorations } from '../../../core/simulation/mapDecorations';
import type { InsightDecoration } from '../../../core/insight/insightDecorations';
import { useMap } from '../../../hooks/useMap';
import { paintOverview } from '../../../map/overviewPainter';
import { perFrame } from '../../../map/perFrame';

// How long the camera must rest before the parties in view are handed to Cytoscape.
const REST_MS = 150;

type Props = { visible: Visible; focus: Focus | null; decorations: Decorations; dimmed: ReadonlySet<string> | null; insight: ReadonlyMap<string, InsightDecoration> };

export function DetailTierController({ visible, focus, decorations, dimmed, insight }: Props) {
  const { cy, container, elements, detailIndex, drawn, drawnVersion, draw } = useMap();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const shown = decorations.nodes.size > 0 || decorations.edges.size > 0 ? decorations : null;
  const frames = useMemo(() => (detailIndex ? organisationFrames(detailIndex.nodeById, (partyId) => visible.partyIds.has(partyId), GRAPH_THEME) : new Map()), [detailIndex, visible]);
  const paint = useRef(() => {});
  paint.current = () => {
    const canvas = canvasRef.current;
    if (!canvas || !detailIndex) return;
    paintOverview(
      canvas,
      { elements, nodeById: detailIndex.nodeById, visible, focus, inDetail: drawn, decorations: shown, frames, dimmed, insight },
      { zoom: cy.zoom(), pan: cy.pan() },
    );
  };

  useEffect(() => {
    paint.current();
  }, [elements, visible, focus, shown, frames, dimmed, insight, drawnVersion]);

  useEffect(() => {
    if (!detailIndex) return;
    let rest = 0;
    const onViewport = () => {
      window.clearTimeout(rest);
      rest = window.setTimeout(() => {
        const box = viewBox(cy.zoom(), cy.pan(), { width: container.clientWidth, height: container.clientHeight });
        draw(detailElements(detailIndex, box), false);
      }, REST_MS);
    };
    cy.on('viewport', onViewport);
    const stopPainting = perFrame(cy, 'viewport resize', () => paint.current());
    return () => {
      cy.removeListener('viewport', onViewport);
      window.clearTimeout(rest);
      stopPainting();
    };
  }, [cy, container, detailIndex, draw]);

  return detailIndex ? <canvas ref={canvasRef} className="graph-overview" aria-hidden="true" /> : null;
}
