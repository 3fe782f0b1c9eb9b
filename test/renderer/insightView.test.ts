// The renderer's pure network-insight modules: what is copied to the worker, the dashboard's
// charts (and which parties each bar stands for), a chart made ready to save and drawn by
// ECharts' own server-side SVG renderer, and the map layer (badges, sizes) in the real stylesheet.
import cytoscape from 'cytoscape';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, TitleComponent } from 'echarts/components';
import { init, use as registerChartParts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { networkDocumentSchema } from '../../shared/domain';
import { compileNetwork, criticalityRanking } from '../../shared/analysis';
import { insightReport } from '../../shared/insight';
import { partyNodeId, toCytoscapeElements } from '../../renderer/src/core/graph/toCytoscapeElements';
import { chartForExport } from '../../renderer/src/core/insight/chartForExport';
import { harmChart } from '../../renderer/src/core/insight/harmChart';
import { insightDecorations, sameDecorations } from '../../renderer/src/core/insight/insightDecorations';
import { BADGE_URI } from '../../renderer/src/core/insight/insightStyles';
import { spofChart } from '../../renderer/src/core/insight/spofChart';
import { sameInsightNetwork, toInsightNetwork } from '../../renderer/src/core/insight/toInsightNetwork';
import { trustChart } from '../../renderer/src/core/insight/trustChart';
import { warningsChart } from '../../renderer/src/core/insight/warningsChart';
import { mapStylesheet } from '../../renderer/src/core/stylesheet/mapStylesheet';
import { makeGraph } from './fixtures';

registerChartParts([BarChart, AriaComponent, GridComponent, TitleComponent, SVGRenderer]);

const sample = networkDocumentSchema.parse(JSON.parse(readFileSync('resources/sample/rural-behavioral-health.json', 'utf8')));
const report = insightReport(sample, { today: '2026-12-07', ranking: criticalityRanking(compileNetwork(sample)) });

describe('what goes to the insight worker', () => {
  it('keeps interests and trust dates, drops notes and positions, and ignores a move', () => {
    const graph = makeGraph();
    const network = toInsightNetwork(graph);
    expect(network.parties.find((party) => party.id === 'patients')).toEqual({ id: 'patients', name: 'Patients', side: 'external', type: 'patient', partOf: null, interests: [{ topic: 'discharge', stance: 'wants faster' }] });
    const moved = { ...graph, parties: graph.parties.map((party) => ({ ...party, x: (party.x ?? 0) + 50, notes: 'moved' })) };
    expect(sameInsightNetwork(network, toInsightNetwork(moved))).toBe(true);
    const restated = { ...graph, parties: graph.parties.map((party) => (party.id === 'patients' ? { ...party, interests: [{ topic: 'discharge', stance: 'wants slower' }] } : party)) };
    expect(sameInsightNetwork(network, toInsightNetwork(restated))).toBe(false);
  });
});

describe('the dashboard charts', () => {
  it('spread trust by level, each bar standing for its ratings and their parties', () => {
    const chart = trustChart(sample);
    expect(chart.bars.map((bar) => bar.value)).toEqual([1, 8, 11, 10, 2]);
    expect(chart.bars[1]!.partyIds).toHaveLength(10);
    expect(chart.bars[1]!.relationshipIds).toHaveLength(8);
    expect(trustChart({ parties: [], relationships: [] }).empty).toMatch(/No trust ratings yet/);
  });

  it('rank the top ten parties by harm, and warnings by kind, and single points of failure by what is at stake', () => {
    const harm = harmChart(report.parties);
    expect(harm.bars).toHaveLength(10);
    expect(harm.bars[0]).toMatchObject({ label: 'Medicare (fee-for-service)', partyIds: ['p-medicare'] });
    expect(harm.bars.map((bar) => bar.value)).toEqual([...harm.bars.map((bar) => bar.value)].sort((a, b) => b - a));
    const warnings = warningsChart(report.warnings);
    expect(warnings.bars.map((bar) => bar.value)).toEqual([0, 0, 17, 20, 0, 0]);
    const spof = spofChart(report.parties);
    expect(spof.total).toBe(24);
    expect(spof.bars[0]!.partyIds[0]).toBe('p-geri-psych-unit');
    expect(spof.bars[0]!.partyIds.length).toBe(spof.bars[0]!.value + 1);
  });

  it('stand on their own as SVG: title, network and date above, bars as drawn', () => {
    const chart = harmChart(report.parties);
    const ready = chartForExport(chart, chart.height, 'Harlan County · 2026-12-07');
    const instance = init(null, null, { renderer: 'svg', ssr: true, width: ready.width, height: ready.height });
    instance.setOption(ready.option);
    const svg = instance.renderToSVGString();
    instance.dispose();
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Top parties by harm if they left');
    expect(svg).toContain('Harlan County · 2026-12-07');
    expect(svg).toContain('Medicare (fee-for-service)');
  });
});

describe('the map layer', () => {
  it('badges single points of failure and sizes parties by betweenness or harm', () => {
    const plain = insightDecorations(report.parties, true, 'usual');
    expect([...plain.values()].filter((d) => d.classes.includes('insight-spof'))).toHaveLength(24);
    expect(insightDecorations(report.parties, false, 'usual').size).toBe(0);
    const byBetweenness = insightDecorations(report.parties, false, 'betweenness');
    expect(byBetweenness.get('p-geri-psych-unit')!.data).toEqual({ insightWidth: 120, insightHeight: 82 });
    expect(byBetweenness.get('p-dietary')!.data).toEqual({ insightWidth: 50, insightHeight: 34 });
    const byHarm = insightDecorations(report.parties, false, 'harm');
    expect(byHarm.get('p-medicare')!.data.insightWidth).toBe(120);
    expect(sameDecorations(plain, insightDecorations(report.parties, true, 'usual'))).toBe(true);
    expect(sameDecorations(plain, byHarm)).toBe(false);
  });

  it('draws the badge over the party’s own icon with the map’s stylesheet', () => {
    const graph = makeGraph();
    const cy = cytoscape({ headless: true, styleEnabled: true, elements: toCytoscapeElements(graph), style: mapStylesheet() });
    const node = cy.getElementById(partyNodeId('unit'));
    node.addClass('insight-spof insight-sized').data({ insightWidth: 99, insightHeight: 66 });
    const images = node.style('background-image') as unknown as string | string[];
    expect(String(images)).toContain(BADGE_URI.slice(0, 40));
    expect(String(images)).toContain(String(node.data('icon')).slice(0, 40));
    expect(node.width()).toBe(99);
    cy.destroy();
  });
});
