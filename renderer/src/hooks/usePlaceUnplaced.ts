// Parties that arrive without a place (an import, an old file) get one once, when the network
// opens — saved, but not as an undo step: the person did not do it.
import { useEffect, useRef } from 'react';
import type { NetworkGraph } from '../../../shared/domain';
import { placeUnplaced } from '../core/editor/placement';
import type { Editor, EditResult } from './useEditor';

export function usePlaceUnplaced(graph: NetworkGraph, editor: Editor, report: (result: EditResult | null, done: string) => void): void {
  const placedOnce = useRef(false);
  useEffect(() => {
    if (placedOnce.current) return;
    placedOnce.current = true;
    const positions = placeUnplaced(graph);
    if (positions.length > 0) void editor.perform('Place new parties', { kind: 'move', positions }, { record: false }).then((result) => report(result, ''));
  }, [graph, editor, report]);
}
