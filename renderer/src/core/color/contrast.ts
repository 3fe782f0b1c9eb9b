// Contrast between two colours as WCAG 2.1 defines it (relative luminance, 1.4.3 and 1.4.11):
// 4.5:1 for text, 3:1 for the lines, borders and shapes a person must see.
function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of "#RRGGBB". */
export function relativeLuminance(colour: string): number {
  const hex = colour.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** A colour drawn at this opacity over a background, as the eye sees it. */
export function over(colour: string, opacity: number, background: string): string {
  const mix = (start: number) => {
    const value = parseInt(colour.slice(start, start + 2), 16) * opacity + parseInt(background.slice(start, start + 2), 16) * (1 - opacity);
    return Math.round(value).toString(16).padStart(2, '0');
  };
  return `#${mix(1)}${mix(3)}${mix(5)}`.toUpperCase();
}
