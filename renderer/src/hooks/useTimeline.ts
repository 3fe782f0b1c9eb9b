// The map as of a day (issue 12): whether the timeline is on, the day it shows, the span its
// slider covers, and the network projected to that day (graphAsOf). Off, the map is the network
// as it is.
import { useMemo, useState } from 'react';
import type { NetworkGraph } from '../../../shared/domain';
import { todayDay } from '../../../shared/timeline';
import { graphAsOf } from '../core/timeline/graphAsOf';
import type { GraphAsOf } from '../core/timeline/graphAsOf';
import { networkDays, timelineRange } from '../core/timeline/timelineRange';
import type { TimelineRange } from '../core/timeline/timelineRange';
import type { NetworkHistory } from './useNetworkHistory';

export type Timeline = {
  on: boolean;
  day: string;
  range: TimelineRange;
  /** What the map draws: the network as of `day` while the timeline is on. */
  view: GraphAsOf | null;
  toggle: () => void;
  setDay: (day: string) => void;
};

export function useTimeline(graph: NetworkGraph, history: NetworkHistory): Timeline {
  const [on, setOn] = useState(false);
  const [day, setDay] = useState(todayDay);
  const range = useMemo(() => timelineRange(networkDays(graph.relationships, history.trustAssessments, history.careLog), todayDay()), [graph.relationships, history.trustAssessments, history.careLog]);
  const view = useMemo(() => (on ? graphAsOf(graph, day, history.trustAssessments) : null), [on, graph, day, history.trustAssessments]);
  return { on, day, range, view, toggle: () => setOn((current) => !current), setDay };
}
