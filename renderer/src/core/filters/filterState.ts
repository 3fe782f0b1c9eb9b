// What the person has chosen to hide. The empty state hides nothing; each field only ever
// narrows what is shown, so the filters combine without surprises.
import type { PartySide, RelationshipKind } from '../../../../shared/domain';

export type TrustRange = readonly [number, number];

export type FilterState = {
  hiddenKinds: readonly RelationshipKind[];
  // Trust relationships outside this range are hidden (the scale is 1–5).
  trustRange: TrustRange;
  hiddenSides: readonly PartySide[];
  hiddenTypes: readonly string[];
  // When not empty, only parties carrying at least one of these tags are shown.
  tags: readonly string[];
};

export const FULL_TRUST_RANGE: TrustRange = [1, 5];

export function getEmptyFilterState(): FilterState {
  return { hiddenKinds: [], trustRange: FULL_TRUST_RANGE, hiddenSides: [], hiddenTypes: [], tags: [] };
}

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

export const filterActions = {
  toggleKind: (state: FilterState, kind: RelationshipKind): FilterState => ({ ...state, hiddenKinds: toggled(state.hiddenKinds, kind) }),
  toggleSide: (state: FilterState, side: PartySide): FilterState => ({ ...state, hiddenSides: toggled(state.hiddenSides, side) }),
  toggleType: (state: FilterState, type: string): FilterState => ({ ...state, hiddenTypes: toggled(state.hiddenTypes, type) }),
  toggleTag: (state: FilterState, tag: string): FilterState => ({ ...state, tags: toggled(state.tags, tag) }),
  setTrustRange: (state: FilterState, [low, high]: TrustRange): FilterState => ({
    ...state,
    trustRange: [Math.min(low, high), Math.max(low, high)],
  }),
  reset: (): FilterState => getEmptyFilterState(),
};
