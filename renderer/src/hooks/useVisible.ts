// What the filters let through on the open map. A change that shows and hides nothing new (a
// move, a rename, a saved view's places) keeps the same result, so nothing that follows it —
// the map's classes, the overview, the table, insight — works again for nothing.
import { useEffect, useMemo, useRef } from 'react';
import type { NetworkGraph } from '../../../shared/domain';
import { applyFilters, sameVisible } from '../core/filters/filterPipeline';
import type { Visible } from '../core/filters/filterPipeline';
import type { FilterState } from '../core/filters/filterState';

export function useVisible(graph: NetworkGraph, filters: FilterState): Visible {
  const previous = useRef<Visible | null>(null);
  const visible = useMemo(() => {
    const next = applyFilters(graph, filters);
    return previous.current && sameVisible(previous.current, next) ? previous.current : next;
  }, [graph, filters]);
  useEffect(() => {
    previous.current = visible;
  }, [visible]);
  return visible;
}
