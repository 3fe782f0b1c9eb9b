// Renderless: what the map shows, written where end-to-end tests, benchmarks and assistive
// summaries read it — data attributes on Cytoscape's container (the network drawn, how many
// parties and relationships, how many pass the filters, the camera, whether a simulation is
// shown) and, in automated browsers only, window.careweaveMapProbe (map/mapProbe.ts).
import { useEffect } from 'react';
import type { Visible } from '../../../core/filters/filterPipeline';
import type { Decorations } from '../../../core/simulation/mapDecorations';
import { useMap } from '../../../hooks/useMap';
import { probeNodes } from '../../../map/mapProbe';
import { perFrame } from '../../../map/perFrame';

type Props = { visible: Visible; decorations: Decorations };

export function TestProbeController({ visible, decorations }: Props) {
  const { cy, container, graph, elements, detailIndex, webgl, drawn, drawnVersion } = useMap();
  const data = container.dataset;

  // What the map shows, whichever tier draws it.
  useEffect(() => {
    const nodeCount = detailIndex ? detailIndex.nodes.length : cy.nodes().length;
    const edgeCount = detailIndex ? elements.length - detailIndex.nodes.length : cy.edges().length;
    data.networkId = graph.network.id;
    data.elementCount = String(nodeCount + edgeCount);
    data.nodeCount = String(nodeCount);
    data.edgeCount = String(edgeCount);
    data.renderer = webgl ? 'webgl' : 'canvas';
    data.tiers = detailIndex ? 'overview' : 'cytoscape';
  }, [cy, data, graph.network.id, elements, detailIndex, webgl]);

  useEffect(() => {
    if (detailIndex) data.detailCount = String(drawn.size);
  }, [data, detailIndex, drawn, drawnVersion]);

  useEffect(() => {
    data.visibleNodeCount = String(visible.partyIds.size);
    data.visibleEdgeCount = String(visible.relationshipIds.size);
  }, [data, visible]);

  useEffect(() => {
    data.simulation = decorations.nodes.size > 0 ? 'shown' : 'none';
  }, [data, decorations]);

  // The camera as the drawing opened with it, then once per frame at most as it moves.
  useEffect(() => {
    const write = () => {
      data.zoom = cy.zoom().toFixed(4);
      data.panX = cy.pan().x.toFixed(1);
      data.panY = cy.pan().y.toFixed(1);
    };
    write();
    return perFrame(cy, 'viewport', write);
  }, [cy, data]);

  useEffect(() => {
    if (!navigator.webdriver) return;
    window.careweaveMapProbe = () => probeNodes(cy);
    return () => {
      delete window.careweaveMapProbe;
    };
  }, [cy]);

  return null;
}
