// Saves the editor's changes one at a time, in order, and keeps the undo and redo stacks. Each
// change waits for the previous one, so it always starts from the versions the database
// returned for the one before. A failed change is reported back to whoever asked (the form
// keeps what was typed) and leaves the history as it was.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api';
import type { NetworkGraph } from '../../../shared/domain';
import { api } from '../api/client';
import { applyPatch } from '../core/editor/graphPatch';
import type { GraphPatch } from '../core/editor/graphPatch';
import { toApiError } from '../core/errors/toApiError';
import { executeOperation } from '../api/executeOperation';
import { getEmptyHistory, nextRedo, nextUndo, recorded, redone, undone } from '../core/history/history';
import type { HistoryState } from '../core/history/history';
import type { Operation } from '../core/history/operations';

export type EditResult = { ok: true; patch: GraphPatch } | { ok: false; error: ApiError };

export type Editor = {
  /**
   * `optimistic` (moves only): the map shows the new places at once, before they are saved, and
   * goes back if saving fails — what showing a saved view needs to feel instant on a large map.
   */
  perform: (label: string, operation: Operation, options?: { record?: boolean; optimistic?: boolean }) => Promise<EditResult>;
  undo: () => Promise<EditResult | null>;
  redo: () => Promise<EditResult | null>;
  undoLabel: string | null;
  redoLabel: string | null;
  saving: boolean;
};

export function useEditor(graph: NetworkGraph, onPatch: (networkId: string, patch: GraphPatch) => void): Editor {
  const [history, setHistory] = useState<HistoryState>(getEmptyHistory);
  const historyRef = useRef(history);
  const graphRef = useRef(graph);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [pending, setPending] = useState(0);
  const networkId = graph.network.id;

  // The open network as the database last described it; reloads replace it.
  useEffect(() => {
    graphRef.current = graph;
  }, [graph]);
  // Another network has its own history.
  useEffect(() => {
    historyRef.current = getEmptyHistory();
    setHistory(historyRef.current);
  }, [networkId]);

  const setHistoryBoth = useCallback((next: HistoryState) => {
    historyRef.current = next;
    setHistory(next);
  }, []);

  const enqueue = useCallback(
    (work: () => Promise<EditResult>): Promise<EditResult> => {
      setPending((count) => count + 1);
      const run = queue.current.then(work, work).finally(() => setPending((count) => count - 1));
      queue.current = run;
      return run;
    },
    [],
  );

  const execute = useCallback(
    async (operation: Operation): Promise<{ ok: true; patch: GraphPatch; inverse: Operation } | { ok: false; error: ApiError }> => {
      const current = graphRef.current;
      try {
        const { patch, inverse } = await executeOperation(api, current, operation);
        // Applied here at once, before React renders, so the next queued change sees it.
        graphRef.current = applyPatch(graphRef.current, patch);
        onPatch(current.network.id, patch);
        return { ok: true, patch, inverse };
      } catch (caught) {
        return { ok: false, error: toApiError(caught) };
      }
    },
    [onPatch],
  );

  const perform = useCallback<Editor['perform']>(
    (label, requested, options) => {
      let operation = requested;
      let undoDrawn: (() => void) | null = null;
      if (options?.optimistic && requested.kind === 'move') {
        // Where they are now, read before the drawing moves them (the graph then holds the new places).
        const byId = new Map(graphRef.current.parties.map((party) => [party.id, party]));
        const previous = requested.positions.flatMap(({ id }) => {
          const party = byId.get(id);
          return party && party.x !== null && party.y !== null ? [{ id, x: party.x, y: party.y }] : [];
        });
        operation = { ...requested, previous };
        onPatch(networkId, { positions: requested.positions });
        undoDrawn = () => onPatch(networkId, { positions: previous });
      }
      return enqueue(async () => {
        const result = await execute(operation);
        if (!result.ok) {
          undoDrawn?.();
          return result;
        }
        if (options?.record !== false) setHistoryBoth(recorded(historyRef.current, { label, operation: result.inverse }));
        return { ok: true, patch: result.patch };
      });
    },
    [enqueue, execute, setHistoryBoth, onPatch, networkId],
  );

  const undo = useCallback(async () => {
    if (!nextUndo(historyRef.current)) return null;
    return enqueue(async () => {
      const entry = nextUndo(historyRef.current);
      if (!entry) return { ok: true, patch: {} };
      const result = await execute(entry.operation);
      if (!result.ok) return result;
      setHistoryBoth(undone(historyRef.current, { label: entry.label, operation: result.inverse }));
      return { ok: true, patch: result.patch };
    });
  }, [enqueue, execute, setHistoryBoth]);

  const redo = useCallback(async () => {
    if (!nextRedo(historyRef.current)) return null;
    return enqueue(async () => {
      const entry = nextRedo(historyRef.current);
      if (!entry) return { ok: true, patch: {} };
      const result = await execute(entry.operation);
      if (!result.ok) return result;
      setHistoryBoth(redone(historyRef.current, { label: entry.label, operation: result.inverse }));
      return { ok: true, patch: result.patch };
    });
  }, [enqueue, execute, setHistoryBoth]);

  return {
    perform,
    undo,
    redo,
    undoLabel: nextUndo(history)?.label ?? null,
    redoLabel: nextRedo(history)?.label ?? null,
    saving: pending > 0,
  };
}
