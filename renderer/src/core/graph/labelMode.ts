// How much of each label the map shows at a zoom level: names in full when close, shortened in
// the middle distance, none when far out, where they would only overprint each other.
export type LabelMode = 'full' | 'short' | 'none';

// Thresholds in Cytoscape zoom (1 = 100 %). Large maps start hiding earlier: thousands of
// labels are both unreadable and the main cost of a frame.
export function labelModeForZoom(zoom: number, partyCount: number): LabelMode {
  const crowded = partyCount > 2_000;
  if (zoom >= (crowded ? 1.2 : 0.75)) return 'full';
  if (zoom >= (crowded ? 0.6 : 0.3)) return 'short';
  return 'none';
}

// Shortened labels are drawn larger, so they stay readable at the distance they are used from
// (18 px at zoom 0.4 renders at about 7 px, the smallest size drawn).
export const SHORT_LABEL_FONT_SIZE = 18;
