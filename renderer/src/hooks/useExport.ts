// Exporting the open network: a picture of the map, drawn from the drawing on screen (reached
// through the map's context, so this works only inside MapCanvas), or its data, written by main.
// Either way the file reaches the person through a save dialog in the desktop app or as a
// download in browser mode. Each export answers with what to tell the person, or null when
// nothing was saved.
import { useCallback } from 'react';
import type { NetworkGraph } from '../../../shared/domain';
import type { DataFormatId, DiagramFormatId } from '../../../shared/formats/registry';
import { api } from '../api/client';
import type { DiagramOptions, ExportSettings } from '../core/exchange/exportTypes';
import { describeImageSize, imageSize } from '../core/exchange/imageSize';
import { DIAGRAM_EXPORTERS } from '../diagram/diagramExporters';
import { captureScene, estimatePictureSize } from '../diagram/diagramScene';
import { timed } from '../diagram/exportTiming';
import { completeDelivery, deliverMadeFile, preferredDelivery } from '../files/deliverFiles';
import { useMap } from './useMap';

export type Exporter = {
  /** "About 2,400 × 1,600 pixels." for a picture, before it is drawn; null for other formats. */
  sizeNote: (settings: ExportSettings) => string | null;
  diagram: (format: DiagramFormatId, options: DiagramOptions) => Promise<string | null>;
  data: (format: DataFormatId, yedGraphics: boolean) => Promise<string | null>;
};

export function useExport(graph: NetworkGraph): Exporter {
  const { cy, wholeMap } = useMap();
  const networkId = graph.network.id;

  const sizeNote = useCallback(
    (settings: ExportSettings) => {
      if (settings.format.id !== 'png') return null;
      const base = estimatePictureSize(cy, wholeMap(), settings.area);
      return `About ${describeImageSize(imageSize(base.width, base.height, settings.scale), settings.scale)}.`;
    },
    [cy, wholeMap],
  );

  const diagram = useCallback(
    async (format: DiagramFormatId, options: DiagramOptions) => {
      const scene = await timed('scene', () => captureScene(cy, wholeMap()));
      const file = await DIAGRAM_EXPORTERS[format](scene, options);
      const saved = await timed('deliver', () => deliverMadeFile(file.name, file.mimeType, file.content));
      return saved ? `Saved ${saved.join(', ')} (${file.description}).` : null;
    },
    [cy, wholeMap],
  );

  const data = useCallback(
    async (format: DataFormatId, yedGraphics: boolean) => {
      const result = await api.exportNetworkData({ networkId, format, delivery: preferredDelivery(), yedGraphics });
      const saved = await completeDelivery(result);
      return saved ? `Saved ${saved.join(' and ')}.` : null;
    },
    [networkId],
  );

  return { sizeNote, diagram, data };
}
