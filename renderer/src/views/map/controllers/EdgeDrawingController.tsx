// Renderless: in connect mode, dragging from one party to another asks for a relationship
// between them (map/edgeDrawing.ts); the crosshair says the mode is on.
import { useEffect, useRef, useState } from 'react';
import { useMap } from '../../../hooks/useMap';
import { startEdgeDrawing } from '../../../map/edgeDrawing';
import type { EdgeDrawing } from '../../../map/edgeDrawing';

type Props = { on: boolean; onConnect: (sourcePartyId: string, targetPartyId: string) => void };

export function EdgeDrawingController({ on, onConnect }: Props) {
  const { cy, container } = useMap();
  const [drawing, setDrawing] = useState<EdgeDrawing | null>(null);
  const connect = useRef(onConnect);
  connect.current = onConnect;

  useEffect(() => {
    const started = startEdgeDrawing(cy, (source, target) => connect.current(source, target));
    setDrawing(started);
    return () => {
      setDrawing(null);
      started.stop();
    };
  }, [cy]);

  useEffect(() => {
    drawing?.setOn(on);
    container.classList.toggle('graph-canvas--connect', on);
  }, [drawing, container, on]);

  return null;
}
