import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_KINDS } from '../../shared/domain';
import { buildLegend } from '../../renderer/src/core/graph/buildLegend';
import { buildStylesheet } from '../../renderer/src/core/graph/buildStylesheet';
import { TRUST_BANDS } from '../../renderer/src/core/graph/theme';

function styleOf(selector: string): Record<string, unknown> {
  return (buildStylesheet().find((block) => block.selector === selector)?.style ?? {}) as Record<string, unknown>;
}

describe('buildLegend', () => {
  const legend = buildLegend();

  it.each(legend.parties)('shows the $side side exactly as the stylesheet draws it', (item) => {
    const style = styleOf(`node[side = "${item.side}"]`);
    expect(item).toMatchObject({ shape: style.shape, fill: style['background-color'], border: style['border-color'] });
  });

  it('has an entry for every relationship kind', () => {
    expect(legend.edges.map((item) => item.kind).sort()).toEqual([...RELATIONSHIP_KINDS].sort());
  });

  it.each([
    ['RELIES_ON', 'solid'],
    ['RESOURCE_FLOW', 'dashed'],
  ] as const)('shows %s in the colour and line style the stylesheet uses', (kind, lineStyle) => {
    const item = legend.edges.find((candidate) => candidate.kind === kind);
    const style = styleOf(`edge[kind = "${kind}"]`);
    expect(item?.color).toBe(style['line-color']);
    expect(style['line-style']).toBe(lineStyle);
    expect(item?.dashed).toBe(lineStyle === 'dashed');
  });

  it('shows reliance from thin to thick, as criticality widens the line', () => {
    const widths = legend.edges.find((item) => item.kind === 'RELIES_ON')?.widths ?? [];
    expect(widths).toHaveLength(2);
    expect(widths[0]).toBeLessThan(widths[1] ?? 0);
  });

  it('lists the trust colours from low to high, matching the stylesheet', () => {
    expect(legend.trustSteps.map((step) => step.band)).toEqual([...TRUST_BANDS]);
    for (const step of legend.trustSteps) {
      expect(step.color).toBe(styleOf(`edge[kind = "TRUSTS"][trustBand = ${step.band}]`)['line-color']);
    }
  });
});

describe('legend under the WebGL renderer', () => {
  it('matches the fallback styles: solid flows, triangle trust arrows', () => {
    const legend = buildLegend(undefined, { webgl: true });
    const sheet = buildStylesheet(undefined, { webgl: true, labels: 'full' });
    const style = (selector: string) => (sheet.find((block) => block.selector === selector)?.style ?? {}) as Record<string, unknown>;
    const flow = legend.edges.find((item) => item.kind === 'RESOURCE_FLOW');
    expect(flow?.dashed).toBe(false);
    expect(style('edge[kind = "RESOURCE_FLOW"]')['line-style']).toBe('solid');
    expect(legend.edges.find((item) => item.kind === 'TRUSTS')?.arrow).toBe(style('edge[kind = "TRUSTS"]')['target-arrow-shape']);
  });

  it('lists one icon row per party type on the map, own types under the tag icon', () => {
    const legend = buildLegend(undefined, undefined, [
      { side: 'internal', type: 'payer' },
      { side: 'internal', type: 'faith community' },
      { side: 'external', type: 'patient' },
      { side: 'internal', type: 'payer' },
    ]);
    expect(legend.types.map((item) => [item.icon, item.types])).toEqual([
      ['custom', ['faith community']],
      ['patient', ['patient']],
      ['payer', ['payer']],
    ]);
  });
});
