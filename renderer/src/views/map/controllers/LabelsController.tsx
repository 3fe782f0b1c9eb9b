// Renderless: how much of each label the map shows follows the zoom (labelMode.ts), so a map seen
// from far out is not covered in overprinted text. It comes before ElementsController, so the
// camera a new drawing opens with restyles an empty map and the elements are styled once.
import { useEffect, useRef } from 'react';
import { mapStylesheet } from '../../../core/stylesheet/mapStylesheet';
import { labelModeForZoom } from '../../../core/graph/labelMode';
import type { LabelMode } from '../../../core/graph/labelMode';
import { GRAPH_THEME } from '../../../core/graph/theme';
import { useMap } from '../../../hooks/useMap';

export function LabelsController() {
  const { cy, webgl, large, detailIndex, graph } = useMap();
  // The instance starts at full labels (createMap.ts).
  const shown = useRef<LabelMode>('full');
  const partyCount = useRef(graph.parties.length);
  partyCount.current = graph.parties.length;

  useEffect(() => {
    const follow = () => {
      // On a very large map only the parties in Cytoscape carry labels: they decide how crowded it is.
      const mode = labelModeForZoom(cy.zoom(), detailIndex ? cy.nodes().length : partyCount.current);
      if (mode === shown.current) return;
      shown.current = mode;
      cy.style(mapStylesheet(GRAPH_THEME, { webgl, large, labels: mode }));
    };
    follow();
    cy.on('zoom', follow);
    return () => {
      cy.removeListener('zoom', follow);
    };
  }, [cy, webgl, large, detailIndex]);

  return null;
}
