// Presentations as pure logic (issue 15): slides checked as the API checks them (a title too long,
// a view or scenario the network lacks, said per slide), the keys that play them, the withdrawal's
// wave revealed hop by hop from the simulation's own hops (the pharmacy greys first, then the
// departments that need it, then those who need them), and the one line a scenario slide adds.
import { describe, expect, it } from 'vitest';
import { compileNetwork, simulateWithdrawal } from '../../shared/analysis';
import { networkDocumentSchema, slideReferenceProblems } from '../../shared/domain';
import type { Slide } from '../../shared/domain';
import { answers, playAction, stepTo } from '../../renderer/src/core/presentations/playing';
import { hasProblems, slideProblems } from '../../renderer/src/core/presentations/slideProblems';
import { lastHop, missingFor, moveSlide, newSlide, withdrawalNote } from '../../renderer/src/core/presentations/slides';
import { mapDecorations } from '../../renderer/src/core/simulation/mapDecorations';
import { toSimulationView } from '../../renderer/src/core/simulation/simulationView';
import { toImpactNetwork } from '../../renderer/src/core/simulation/toImpactNetwork';
import { HOSPITAL } from '../e2e/hospitalNetwork';
import { documentToGraph } from '../formats/fixtures';

const SLIDES: Slide[] = [
  { kind: 'text', id: 's1', title: 'Our care network', text: '' },
  { kind: 'view', id: 's2', title: 'Who relies on whom', text: '', viewId: 'v1' },
  { kind: 'scenario', id: 's3', title: 'If the pharmacy closes', text: '', scenarioId: 'sc1', viewId: null },
];

describe('slides checked before they are saved', () => {
  it('names the slide whose title is too long or whose view or scenario is gone, and passes good slides', () => {
    expect(hasProblems(slideProblems(SLIDES, new Set(['v1']), new Set(['sc1'])))).toBe(false);
    const long = slideProblems([SLIDES[0]!, { ...SLIDES[1]!, title: 'x'.repeat(201) }], new Set(['v1']), new Set());
    expect(long.bySlide.get(1)).toEqual(['A slide title can be at most 200 characters.']);
    expect(long.bySlide.has(0)).toBe(false);
    const gone = slideProblems(SLIDES, new Set(), new Set());
    expect(gone.bySlide.get(1)).toEqual([expect.stringMatching(/^This slide shows a saved view that is not in this network \(id v1\)/)]);
    expect(gone.bySlide.get(2)).toEqual([expect.stringMatching(/^This slide plays a saved scenario that is not in this network/)]);
    expect(slideProblems([SLIDES[0]!, SLIDES[0]!], new Set(), new Set()).general).toEqual(['Two slides have the same id; every slide needs its own.']);
  });

  it('says which slide points nowhere, by number and title, as the API and the import do', () => {
    expect(slideReferenceProblems(SLIDES, new Set(['v1']), new Set(), 'the file or the network')).toEqual([
      'Slide 3 (“If the pharmacy closes”) plays a saved scenario that is not in the file or the network (id sc1): choose another scenario for it.',
    ]);
  });

  it('makes a text slide when there is no view or scenario to show, and moves slides within the list', () => {
    expect(newSlide('view', 'n', [], [])).toEqual({ kind: 'text', id: 'n', title: '', text: '' });
    expect(moveSlide(SLIDES, 0, 1).map((slide) => slide.id)).toEqual(['s2', 's1', 's3']);
    expect(moveSlide(SLIDES, 2, 1).map((slide) => slide.id)).toEqual(['s1', 's2', 's3']);
  });
});

describe('playing', () => {
  it('steps with the arrow keys within the presentation and leaves with Escape', () => {
    expect(['ArrowRight', 'ArrowLeft', 'Escape', 'Home', 'End', 'x'].map(playAction)).toEqual(['next', 'previous', 'leave', 'first', 'last', null]);
    expect(stepTo(0, 3, 'next')).toBe(1);
    expect(stepTo(2, 3, 'next')).toBe(2);
    expect(stepTo(0, 3, 'previous')).toBe(0);
    expect(stepTo(1, 3, 'last')).toBe(2);
    expect(stepTo(1, 3, 'leave')).toBeNull();
  });
});

describe('a withdrawal revealed hop by hop', () => {
  const graph = documentToGraph(networkDocumentSchema.parse(HOSPITAL));
  const nameOf = (id: string) => graph.parties.find((party) => party.id === id)?.name ?? id;
  const view = toSimulationView(simulateWithdrawal(compileNetwork(toImpactNetwork(graph)), ['pharmacy']), nameOf);
  const hit = (reveal: number | null) =>
    [...mapDecorations(graph, view, null, null, reveal).nodes].filter(([, node]) => node.classes.includes('sim-hit')).map(([id]) => id).sort();
  const withdrawn = (reveal: number | null) =>
    [...mapDecorations(graph, view, null, null, reveal).nodes].filter(([, node]) => node.classes.includes('sim-withdrawn')).map(([id]) => id);

  it('greys the withdrawn party first, then colours each hop of the cascade as the simulation found it', () => {
    expect(withdrawn(0)).toEqual(['pharmacy']);
    expect(hit(0)).toEqual([]);
    expect(hit(1)).toEqual(['ed', 'nursing']);
    expect(hit(2)).toEqual(['clients', 'ed', 'families', 'nursing']);
    expect(lastHop(view.hopsById)).toBe(2);
    // The last hop, and no reveal at all, show exactly what the simulation shows.
    expect(mapDecorations(graph, view, null, null, 2)).toEqual(mapDecorations(graph, view, null, null, null));
    // Before the wave's own answer comes, none of the previous simulation shows.
    expect(withdrawn(-1)).toEqual([]);
    expect(hit(-1)).toEqual([]);
    expect(mapDecorations(graph, view, null, null, -1)).toEqual(mapDecorations(graph, null, null, null));
  });

  it('waits for the answer to the withdrawal asked, and tells it in one line', () => {
    expect(answers({ status: 'ready', question: { withdrawn: ['pharmacy'], endedRelationships: [], endsBefore: null, thresholds: view.thresholds }, view }, ['pharmacy'])).toBe(true);
    expect(answers({ status: 'running', question: { withdrawn: ['pharmacy'], endedRelationships: [], endsBefore: null, thresholds: view.thresholds }, view }, ['pharmacy'])).toBe(false);
    expect(answers({ status: 'ready', question: { withdrawn: ['transit'], endedRelationships: [], endsBefore: null, thresholds: view.thresholds }, view }, ['pharmacy'])).toBe(false);
    expect(withdrawalNote(view)).toBe(`If Pharmacy withdraws: ${view.summary.disrupted} parties disrupted, ${view.summary.affected - view.summary.disrupted} more affected.`);
  });
});

describe('a slide whose view or scenario was deleted since', () => {
  it('says so while it plays, naming what to do', () => {
    expect(missingFor(SLIDES[1]!, [{ id: 'v1' }], [])).toBeNull();
    expect(missingFor(SLIDES[1]!, [], [])).toMatch(/saved view of this slide has been deleted: edit the presentation/);
    expect(missingFor(SLIDES[2]!, [], [])).toMatch(/saved scenario of this slide has been deleted/);
    expect(missingFor(SLIDES[0]!, [], [])).toBeNull();
  });
});
