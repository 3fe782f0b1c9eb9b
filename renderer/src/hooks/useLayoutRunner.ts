// Runs a layout from the registry off the UI thread, with progress and cancel, and hands the
// positions to whoever asked. Only one layout runs at a time; starting another cancels it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NetworkGraph } from '../../../shared/domain';
import type { PartyPosition } from '../../../shared/api';
import { toLayoutInput } from '../core/layouts/layoutInput';
import { layoutById, reportsProgress } from '../core/layouts/layoutRegistry';
import type { LayoutId } from '../core/layouts/layoutRegistry';
import { runLayout } from '../workers/runLayout';
import type { LayoutRun } from '../workers/runLayout';

export type LayoutStatus = { layoutId: LayoutId; label: string; progress: number | null } | null;

export function useLayoutRunner(): {
  status: LayoutStatus;
  start: (layoutId: LayoutId, graph: NetworkGraph) => Promise<PartyPosition[] | null>;
  cancel: () => void;
} {
  const [status, setStatus] = useState<LayoutStatus>(null);
  const running = useRef<LayoutRun | null>(null);

  const cancel = useCallback(() => {
    running.current?.cancel();
    running.current = null;
    setStatus(null);
  }, []);

  useEffect(() => cancel, [cancel]);

  const start = useCallback(
    async (layoutId: LayoutId, graph: NetworkGraph) => {
      running.current?.cancel();
      const layout = layoutById(layoutId);
      const algorithm = layout.algorithmFor(graph.parties.length);
      setStatus({ layoutId, label: layout.label, progress: reportsProgress(algorithm) ? 0 : null });
      // Benchmarks read this measure (bench/map.bench.ts): from the click to positions ready.
      performance.mark('careweave:layout:start');
      const run = runLayout(algorithm, toLayoutInput(graph), (fraction) =>
        setStatus((current) => (current ? { ...current, progress: fraction } : current)),
      );
      running.current = run;
      try {
        const positions = await run.result;
        if (positions) performance.measure(`careweave:layout:${algorithm}`, 'careweave:layout:start');
        return positions;
      } finally {
        if (running.current === run) {
          running.current = null;
          setStatus(null);
        }
      }
    },
    [],
  );

  return { status, start, cancel };
}
