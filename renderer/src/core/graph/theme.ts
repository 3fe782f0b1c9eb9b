// The look of the drawn network, in one place so the stylesheet and the legend cannot drift
// apart. Colours come from Okabe & Ito's palette ("Color Universal Design", 2008), which stays
// distinguishable under the common colour-vision deficiencies; tints and darker shades of it
// are used where a colour must read on white.
import type { PartySide } from '../../../../shared/domain';

export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export type PartyNodeShape = 'round-rectangle' | 'ellipse';

export type PartySideStyle = {
  shape: PartyNodeShape;
  fill: string;
  border: string;
  // The party-type icon inside the node is drawn in this colour, at iconSize pixels.
  icon: string;
  width: number;
  height: number;
};

export type TrustBand = 1 | 2 | 3 | 4 | 5;
export const TRUST_BANDS: readonly TrustBand[] = [1, 2, 3, 4, 5];

export type GraphTheme = {
  fontFamily: string;
  text: string;
  labelBackground: string;
  selection: string;
  nodeFontSize: number;
  edgeFontSize: number;
  // Below this rendered size, labels are not drawn: far out they are unreadable clutter.
  minZoomedFontSize: number;
  sides: Record<PartySide, PartySideStyle>;
  reliance: { color: string; minWidth: number; maxWidth: number };
  // Width grows with the amount, compared among flows of the same resource and unit; flows
  // with no amount recorded are drawn at `width`.
  resourceFlow: { color: string; labelColor: string; width: number; minWidth: number; maxWidth: number; dashPattern: [number, number] };
  // Colour is not the only cue (WCAG 1.4.1): the line grows with the level, and low trust
  // (1–2) is dotted. `width` is the middle level's, for the legend.
  trust: { colors: Record<TrustBand, string>; widths: Record<TrustBand, number>; dottedUpTo: TrustBand; width: number };
  iconSize: number;
  // Focus mode and search fade what is not in focus to this opacity.
  fadedOpacity: number;
  // The line drawn while dragging a new relationship from one party to another.
  draft: string;
  // The ring around the party the keyboard is on: the app's focus colour.
  keyFocus: string;
};

export const GRAPH_THEME: GraphTheme = {
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  text: '#1C2530',
  labelBackground: '#FFFFFF',
  selection: '#1C2530',
  nodeFontSize: 12,
  edgeFontSize: 10,
  minZoomedFontSize: 7,
  sides: {
    internal: {
      shape: 'round-rectangle',
      fill: '#BFDDF3',
      border: OKABE_ITO.blue,
      icon: '#00466E',
      width: 50,
      height: 34,
    },
    external: {
      shape: 'ellipse',
      fill: '#F7D79A',
      border: '#A86A00',
      icon: '#6B4400',
      width: 40,
      height: 40,
    },
  },
  reliance: { color: '#37444F', minWidth: 1.5, maxWidth: 6 },
  resourceFlow: { color: OKABE_ITO.bluishGreen, labelColor: '#00573F', width: 2, minWidth: 1.5, maxWidth: 6, dashPattern: [7, 4] },
  // Diverging orange (low) to blue (high) with a violet middle: readable with red-green colour
  // blindness, warm-means-weak matches how people read the map, and the middle is no grey that
  // could pass for a reliance line. The middle steps are darkened from Okabe–Ito's hues to at
  // least 3:1 against the white map.
  trust: {
    colors: {
      1: OKABE_ITO.vermillion,
      2: '#B36B00',
      3: '#9A62A8',
      4: '#4A97CB',
      5: OKABE_ITO.blue,
    },
    widths: { 1: 1.5, 2: 2, 3: 2.5, 4: 3.5, 5: 4.5 },
    dottedUpTo: 2,
    width: 2.5,
  },
  iconSize: 22,
  fadedOpacity: 0.12,
  draft: '#5A6B7B',
  keyFocus: '#0B5FAE',
};
