// Saved views (issue 15) as pure data: what the map shows now, captured as a view's state, and
// what showing a view changes — the filters, the focus, the parties that move, the collapsed
// organisations, the decoration and the camera. Parties deleted since a view was saved are
// skipped; parties added since keep their own place.
import type { PartyPosition } from '../../../../shared/api';
import type { NetworkGraph, ViewState } from '../../../../shared/domain';
import type { FilterState } from '../filters/filterState';

export type Camera = { zoom: number; pan: { x: number; y: number } };
export type ViewDecoration = ViewState['decoration'];

/** What the open map is showing, as MapWorkspace holds it. */
export type MapShowing = {
  filters: FilterState;
  focus: { on: boolean; hops: number; partyIds: readonly string[] };
  collapsed: ReadonlySet<string>;
  decoration: ViewDecoration;
  camera: Camera | null;
};

export function captureView(graph: Pick<NetworkGraph, 'parties'>, showing: MapShowing): ViewState {
  const { filters, focus } = showing;
  return {
    filters: {
      hiddenKinds: [...filters.hiddenKinds],
      trustRange: [filters.trustRange[0], filters.trustRange[1]],
      hiddenSides: [...filters.hiddenSides],
      hiddenTypes: [...filters.hiddenTypes],
      tags: [...filters.tags],
    },
    focus: focus.on && focus.partyIds.length > 0 ? { partyIds: [...focus.partyIds], hops: focus.hops } : null,
    positions: graph.parties.flatMap((party) => (party.x !== null && party.y !== null ? [{ id: party.id, x: party.x, y: party.y }] : [])),
    collapsed: [...showing.collapsed],
    decoration: { ...showing.decoration },
    camera: showing.camera ? { zoom: showing.camera.zoom, pan: { ...showing.camera.pan } } : null,
  };
}

export type ShownView = MapShowing & {
  /** Parties whose place differs from the view's; the others are not touched. */
  moves: PartyPosition[];
};

export function showView(graph: Pick<NetworkGraph, 'parties'>, state: ViewState): ShownView {
  const byId = new Map(graph.parties.map((party) => [party.id, party]));
  const moves = state.positions.filter((position) => {
    const party = byId.get(position.id);
    return party !== undefined && (party.x !== position.x || party.y !== position.y);
  });
  const focused = (state.focus?.partyIds ?? []).filter((id) => byId.has(id));
  return {
    filters: state.filters,
    focus: { on: focused.length > 0, hops: state.focus?.hops ?? 1, partyIds: focused },
    collapsed: new Set(state.collapsed.filter((id) => byId.has(id))),
    decoration: state.decoration,
    camera: state.camera,
    moves,
  };
}

/** "2 filters · focus on 1 party · 3 organisations collapsed · scenario shown", for the list. */
export function describeView(state: ViewState, scenarioName: (id: string) => string | null): string {
  const { filters } = state;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const active =
    filters.hiddenKinds.length + filters.hiddenSides.length + filters.hiddenTypes.length + (filters.tags.length > 0 ? 1 : 0) + (filters.trustRange[0] > 1 || filters.trustRange[1] < 5 ? 1 : 0);
  const parts = [
    active > 0 ? count(active, 'filter', 'filters') : null,
    state.focus ? `focus on ${count(state.focus.partyIds.length, 'party', 'parties')}` : null,
    state.collapsed.length > 0 ? `${count(state.collapsed.length, 'organisation', 'organisations')} collapsed` : null,
    state.decoration.scenarioId ? `scenario “${scenarioName(state.decoration.scenarioId) ?? 'deleted'}”` : null,
    state.decoration.harm ? 'sized by harm' : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' · ') : 'the whole map';
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The saved scenario the map is showing, if any: the one it was opened from, or one that asks the
 * same question (a simulation saved as a scenario just now). An unsaved simulation is none.
 */
export function shownScenario<S extends { id: string; name: string; withdrawn: readonly string[] }>(
  scenarios: readonly S[] | null,
  shown: { scenarioName: string | null; asked: readonly string[] | null; withdrawn: readonly string[] },
): S | null {
  if (!scenarios || !shown.asked) return null;
  if (shown.scenarioName !== null) return scenarios.find((scenario) => scenario.name === shown.scenarioName) ?? null;
  const asked = shown.asked;
  return scenarios.find((scenario) => sameSet(scenario.withdrawn, asked) || sameSet(scenario.withdrawn, shown.withdrawn)) ?? null;
}
