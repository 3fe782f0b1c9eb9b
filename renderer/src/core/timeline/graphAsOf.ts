// The network as of a day (issue 12), as the map draws it: relationships not yet started or
// already ended (and trust not yet assessed) are dimmed, and each trust relationship shows the
// level assessed then. A pure projection: the same graph object comes back when nothing differs,
// so the map redraws only what a day changes.
import type { NetworkGraph, Relationship, TrustAssessment } from '../../../../shared/domain';
import { groupByRelationship, termStatus, trustAsOf, trustHistoryOf } from '../../../../shared/timeline';

export type GraphAsOf = {
  graph: NetworkGraph;
  /** Relationships not in effect on the day: not started, ended, or trust not yet assessed. */
  dimmed: ReadonlySet<string>;
};

export function graphAsOf(graph: NetworkGraph, day: string, earlier: readonly TrustAssessment[]): GraphAsOf {
  const groups = groupByRelationship(earlier);
  const dimmed = new Set<string>();
  let changed = false;
  const relationships = graph.relationships.map((relationship): Relationship => {
    if (relationship.kind !== 'TRUSTS') {
      if (termStatus(relationship, day) !== 'in-effect') dimmed.add(relationship.id);
      return relationship;
    }
    const then = trustAsOf(trustHistoryOf(relationship, groups.get(relationship.id) ?? []), day);
    if (!then) {
      dimmed.add(relationship.id);
      return relationship;
    }
    if (then.current) return relationship;
    changed = true;
    return { ...relationship, level: then.level, reliability: then.reliability, missionSupport: then.missionSupport, openness: then.openness, assessedAt: then.assessedOn, assessedBy: then.assessedBy };
  });
  return { graph: changed ? { ...graph, relationships } : graph, dimmed };
}

/** How many agreements a day ends and how many it has not yet started, for the timeline's sentence. */
export function countAsOf(graph: Pick<NetworkGraph, 'relationships'>, day: string): { ended: number; notStarted: number } {
  let ended = 0;
  let notStarted = 0;
  for (const relationship of graph.relationships) {
    if (relationship.kind === 'TRUSTS') continue;
    const status = termStatus(relationship, day);
    if (status === 'ended') ended += 1;
    else if (status === 'not-started') notStarted += 1;
  }
  return { ended, notStarted };
}
