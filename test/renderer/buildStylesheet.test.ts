import cytoscape from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';
// The map draws with mapStylesheet: the editor's rules (graph/buildStylesheet.ts) and the
// simulation's layer after them, so the whole of it is what these checks read.
import { mapStylesheet } from '../../renderer/src/core/stylesheet/mapStylesheet';
import { GRAPH_THEME, OKABE_ITO, TRUST_BANDS } from '../../renderer/src/core/graph/theme';
import { toCytoscapeElements } from '../../renderer/src/core/graph/toCytoscapeElements';
import { makeGraph } from './fixtures';

function blockFor(selector: string) {
  const block = mapStylesheet().find((candidate) => candidate.selector === selector);
  if (!block) throw new Error(`No style block for ${selector}`);
  return block.style as Record<string, unknown>;
}

// Cytoscape computes styles without a DOM in headless mode, so the stylesheet is checked the
// way Cytoscape itself reads it.
function drawHeadless() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toCytoscapeElements(makeGraph()),
    style: mapStylesheet(),
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('buildStylesheet', () => {
  it('is accepted by Cytoscape without a single warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    drawHeadless().destroy();
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('draws internal and external customers in different shapes and colours', () => {
    const internal = blockFor('node[side = "internal"]');
    const external = blockFor('node[side = "external"]');
    expect(internal.shape).not.toBe(external.shape);
    expect(internal['background-color']).not.toBe(external['background-color']);
    expect(internal['border-color']).not.toBe(external['border-color']);
  });

  it('gives each party node the look of its side', () => {
    const cy = drawHeadless();
    expect(cy.$id('party:unit').style('shape')).toBe(GRAPH_THEME.sides.internal.shape);
    expect(cy.$id('party:patients').style('shape')).toBe(GRAPH_THEME.sides.external.shape);
    cy.destroy();
  });

  it('draws reliance solid, with width growing with criticality', () => {
    const reliance = blockFor('edge[kind = "RELIES_ON"]');
    expect(reliance['line-style']).toBe('solid');
    expect(reliance.width).toBe(
      `mapData(criticality, 1, 5, ${GRAPH_THEME.reliance.minWidth}, ${GRAPH_THEME.reliance.maxWidth})`,
    );
    const cy = drawHeadless();
    // r1 has criticality 5, the top of the scale.
    expect(parseFloat(cy.$id('relationship:r1').style('width'))).toBeCloseTo(GRAPH_THEME.reliance.maxWidth);
    cy.destroy();
  });

  it('draws resource flows dashed and labelled with the resource', () => {
    const flow = blockFor('edge[kind = "RESOURCE_FLOW"]');
    expect(flow['line-style']).toBe('dashed');
    expect(flow.label).toBe('data(label)');
    const cy = drawHeadless();
    expect(cy.$id('relationship:r2').style('label')).toBe('beds');
    cy.destroy();
  });

  it('colours trust by band, with a distinct colour for each of the five bands', () => {
    const colours = TRUST_BANDS.map((band) => blockFor(`edge[kind = "TRUSTS"][trustBand = ${band}]`)['line-color']);
    expect(new Set(colours).size).toBe(5);
    const cy = drawHeadless();
    // r3 has level 2.4, so band 2.
    expect(cy.$id('relationship:r3').style('line-color')).toBe(hexToRgb(GRAPH_THEME.trust.colors[2]));
    cy.destroy();
  });

  it('uses only the Okabe–Ito colours for the trust scale ends and the resource flows', () => {
    const palette = Object.values(OKABE_ITO);
    expect(palette).toContain(GRAPH_THEME.trust.colors[1]);
    expect(palette).toContain(GRAPH_THEME.trust.colors[5]);
    expect(palette).toContain(GRAPH_THEME.resourceFlow.color);
  });

  it('hides labels when zoomed far out', () => {
    expect(blockFor('node')['min-zoomed-font-size']).toBeGreaterThan(0);
    expect(blockFor('edge')['min-zoomed-font-size']).toBeGreaterThan(0);
  });

  it('builds the same stylesheet every time', () => {
    expect(mapStylesheet()).toEqual(mapStylesheet());
  });
});

function hexToRgb(hex: string): string {
  const value = parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255})`;
}

describe('buildStylesheet for large maps and interaction states', () => {
  it('is accepted by Cytoscape in every label mode and under WebGL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const labels of ['full', 'short', 'none'] as const) {
      for (const webgl of [false, true]) {
        for (const large of [false, true]) {
          cytoscape({ headless: true, styleEnabled: true, elements: toCytoscapeElements(makeGraph()), style: mapStylesheet(GRAPH_THEME, { webgl, labels, large }) }).destroy();
        }
      }
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('widens resource flows with the amount and hides or fades by class', () => {
    const cy = drawHeadless();
    expect(parseFloat(cy.$id('relationship:r2').style('width'))).toBeCloseTo(GRAPH_THEME.resourceFlow.maxWidth);
    cy.$id('party:unit').addClass('cw-hidden');
    expect(cy.$id('party:unit').style('display')).toBe('none');
    cy.$id('party:transit').addClass('cw-faded');
    // The shape fades; the name stays readable.
    expect(Number(cy.$id('party:transit').style('background-opacity'))).toBeCloseTo(GRAPH_THEME.fadedOpacity);
    expect(Number(cy.$id('party:transit').style('text-opacity'))).toBeGreaterThanOrEqual(0.8);
    expect(Number(cy.$id('party:transit').style('opacity'))).toBe(1);
    cy.destroy();
  });

  it('draws shortened labels when zoomed out and none far out', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toCytoscapeElements(makeGraph()), style: mapStylesheet(GRAPH_THEME, { webgl: false, labels: 'short' }) });
    expect(cy.$id('party:unit').style('label')).toBe('Geri-psych unit');
    cy.style(mapStylesheet(GRAPH_THEME, { webgl: false, labels: 'none' }));
    expect(cy.$id('party:unit').style('label')).toBe('');
    cy.destroy();
  });
});

describe('large maps', () => {
  it('draw hairline edges and drop icons and arrowheads when zoomed far out, straight edges closer', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toCytoscapeElements(makeGraph()), style: mapStylesheet(GRAPH_THEME, { webgl: false, labels: 'none', large: true }) });
    expect(cy.$id('relationship:r1').style('curve-style')).toBe('haystack');
    expect(cy.$id('party:unit').style('background-image')).toBe('none');
    expect(cy.$id('relationship:r3').style('target-arrow-shape')).toBe('none');
    cy.style(mapStylesheet(GRAPH_THEME, { webgl: false, labels: 'short', large: true }));
    expect(cy.$id('party:unit').style('background-image')).toMatch(/^data:image/);
    expect(cy.$id('relationship:r3').style('target-arrow-shape')).toBe('vee');
    expect(cy.$id('relationship:r1').style('curve-style')).toBe('straight');
    // WebGL draws straight edges at every distance.
    cy.style(mapStylesheet(GRAPH_THEME, { webgl: true, labels: 'none', large: true }));
    expect(cy.$id('relationship:r1').style('curve-style')).toBe('straight');
    cy.destroy();
  });
});
