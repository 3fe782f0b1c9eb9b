// Colour and contrast over the theme (WCAG 2.1 AA, issue 17): the app's text colours on its
// backgrounds (4.5:1), form-control borders and focus (3:1), the map's trust levels 2–4 and the
// borders that outline every party and impact colour against the white map (3:1), and names
// that stay readable on faded parties.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, over } from '../../renderer/src/core/color/contrast';
import { GRAPH_THEME } from '../../renderer/src/core/graph/theme';
import { impactColour, WITHDRAWN_BORDER } from '../../renderer/src/core/simulation/impactScale';

// The custom properties of the app's base stylesheet, as the page has them.
const css = readFileSync(join(process.cwd(), 'renderer', 'src', 'styles', 'base.css'), 'utf8');
const root = Object.fromEntries([...css.matchAll(/--([a-z-]+):\s*(#[0-9a-fA-F]{6})/g)].map((match) => [match[1]!, match[2]!]));
const WHITE = '#FFFFFF';

describe('the app’s colours', () => {
  it.each([
    ['text', 'surface'],
    ['text', 'bg'],
    ['text-muted', 'surface'],
    ['text-muted', 'bg'],
    ['text-muted', 'surface-sunken'],
    ['accent', 'surface'],
    ['danger', 'danger-soft'],
    ['danger', 'surface'],
  ])('%s on %s is text-readable (4.5:1)', (ink, paper) => {
    expect(contrastRatio(root[ink]!, root[paper]!)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([['border-strong', 'surface'], ['border-strong', 'bg'], ['focus', 'surface'], ['focus', 'bg']])('%s on %s is visible (3:1)', (line, paper) => {
    expect(contrastRatio(root[line]!, root[paper]!)).toBeGreaterThanOrEqual(3);
  });

  it('white text on the primary button reads (4.5:1)', () => {
    expect(contrastRatio(WHITE, root.accent!)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('the map’s colours on the white map', () => {
  it.each([2, 3, 4] as const)('trust level %i is a visible line (3:1)', (level) => {
    expect(contrastRatio(GRAPH_THEME.trust.colors[level], WHITE)).toBeGreaterThanOrEqual(3);
  });

  it('tells trust levels apart by more than colour: width grows with the level, low levels are dotted', () => {
    const widths = [1, 2, 3, 4, 5].map((level) => GRAPH_THEME.trust.widths[level as 1 | 2 | 3 | 4 | 5]);
    expect([...widths].sort((a, b) => a - b)).toEqual(widths);
    expect(new Set(widths).size).toBe(5);
    expect(GRAPH_THEME.trust.dottedUpTo).toBe(2);
  });

  it('keeps trust’s middle level apart from the reliance grey', () => {
    expect(GRAPH_THEME.trust.colors[3]).not.toBe(GRAPH_THEME.reliance.color);
    expect(contrastRatio(GRAPH_THEME.trust.colors[3], GRAPH_THEME.reliance.color)).toBeGreaterThanOrEqual(1.5);
  });

  it('outlines every party, and so the lightest impact colour, with a border that shows (3:1)', () => {
    expect(contrastRatio(impactColour(0.05), WHITE)).toBeLessThan(3);
    for (const side of ['internal', 'external'] as const) expect(contrastRatio(GRAPH_THEME.sides[side].border, WHITE)).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(WITHDRAWN_BORDER, WHITE)).toBeGreaterThanOrEqual(3);
  });

  it('writes names in readable ink, faded parties included (4.5:1)', () => {
    expect(contrastRatio(GRAPH_THEME.text, GRAPH_THEME.labelBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(over(GRAPH_THEME.text, 0.8, WHITE), WHITE)).toBeGreaterThanOrEqual(4.5);
  });

  it('rings the party the keyboard is on in a visible colour (3:1)', () => {
    expect(contrastRatio(GRAPH_THEME.keyFocus, WHITE)).toBeGreaterThanOrEqual(3);
  });
});
