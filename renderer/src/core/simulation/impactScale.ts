// The colour of an impact on the map and in the legend: a sequential scale from pale to dark,
// sampled from viridis (van der Walt & Smith, matplotlib 2015), which stays ordered and
// distinguishable under every common colour-vision deficiency and in greyscale print. It runs
// from yellow (barely affected) to dark violet (fully disrupted): darker means more harm.
// Withdrawn parties are grey and unaffected ones keep their usual look, faded, so neither can be
// mistaken for a point on the scale.

import { relativeLuminance } from '../color/contrast';

// Viridis at t = 1, 0.75, 0.5, 0.25, 0: impact 0 maps to the light end.
const STOPS: readonly (readonly [number, number, number])[] = [
  [0xfd, 0xe7, 0x25],
  [0x5e, 0xc9, 0x62],
  [0x21, 0x91, 0x8c],
  [0x3b, 0x52, 0x8b],
  [0x44, 0x01, 0x54],
];

export const WITHDRAWN_FILL = '#8C8C8C';
export const WITHDRAWN_BORDER = '#4D4D4D';

const hex = (value: number) => Math.round(value).toString(16).padStart(2, '0');

/** Fill colour for an impact in [0, 1] (values outside are clamped). */
export function impactColour(impact: number): string {
  const t = Math.min(1, Math.max(0, Number.isFinite(impact) ? impact : 0)) * (STOPS.length - 1);
  const low = Math.min(STOPS.length - 2, Math.floor(t));
  const f = t - low;
  const a = STOPS[low]!;
  const b = STOPS[low + 1]!;
  return `#${hex(a[0] + (b[0] - a[0]) * f)}${hex(a[1] + (b[1] - a[1]) * f)}${hex(a[2] + (b[2] - a[2]) * f)}`.toUpperCase();
}

/** True when dark text or icons would not read on this fill (WCAG relative luminance). */
export function isDarkFill(colour: string): boolean {
  // Contrast with white beats contrast with near-black below ≈ 0.18.
  return relativeLuminance(colour) < 0.18;
}

/** Colour stops for a CSS gradient in the legend, low impact first. */
export function legendGradient(steps = 10): string {
  const colours = Array.from({ length: steps + 1 }, (_, i) => impactColour(i / steps));
  return `linear-gradient(to right, ${colours.join(', ')})`;
}
