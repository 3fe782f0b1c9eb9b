// A presentation's slides as pure data (issue 15): a new slide of each kind, moving and removing
// slides, what each slide shows in words, what it needs that no longer exists, and how many hops
// a scenario slide's withdrawal takes to spread.
import type { SavedView, Scenario, Slide, SlideKind } from '../../../../shared/domain';
import type { SimulationView } from '../simulation/simulationView';

export function newSlide(kind: SlideKind, id: string, views: readonly SavedView[], scenarios: readonly Scenario[]): Slide {
  const view = views[0];
  const scenario = scenarios[0];
  if (kind === 'view' && view) return { kind, id, title: view.name, text: '', viewId: view.id };
  if (kind === 'scenario' && scenario) return { kind, id, title: scenario.name, text: '', scenarioId: scenario.id, viewId: view?.id ?? null };
  return { kind: 'text', id, title: '', text: '' };
}

/** The slides with one moved `by` places (−1 earlier, +1 later), staying within the list. */
export function moveSlide(slides: readonly Slide[], index: number, by: number): Slide[] {
  const to = Math.max(0, Math.min(slides.length - 1, index + by));
  const next = [...slides];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(to, 0, moved);
  return next;
}

export const SLIDE_KIND_LABELS: Record<SlideKind, string> = { view: 'A view of the map', text: 'Text only', scenario: 'A withdrawal, hop by hop' };

/** What a slide needs that is gone (a deleted view or scenario), in words; null when nothing is. */
export function missingFor(slide: Slide, views: readonly Pick<SavedView, 'id'>[], scenarios: readonly Pick<Scenario, 'id'>[]): string | null {
  const view = 'viewId' in slide && slide.viewId !== null && !views.some((candidate) => candidate.id === slide.viewId);
  const scenario = slide.kind === 'scenario' && !scenarios.some((candidate) => candidate.id === slide.scenarioId);
  if (scenario) return 'The saved scenario of this slide has been deleted: edit the presentation to choose another.';
  if (view) return 'The saved view of this slide has been deleted: edit the presentation to choose another.';
  return null;
}

/** The furthest hop a withdrawal reaches: how many steps a scenario slide plays. */
export function lastHop(hopsById: Readonly<Record<string, number>>): number {
  let last = 0;
  for (const hops of Object.values(hopsById)) last = Math.max(last, hops);
  return last;
}

/** "Slide 2 of 5". */
export function slideNumber(index: number, count: number): string {
  return `Slide ${index + 1} of ${count}`;
}

/** What a scenario slide's withdrawal did, in one line: "If County Transit withdraws: 2 parties disrupted, 3 more affected." */
export function withdrawalNote(view: Pick<SimulationView, 'withdrawn' | 'summary'>): string {
  const names = view.withdrawn.map((party) => party.name);
  const who = names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} and ${names.length - 2} others`;
  const { disrupted, affected } = view.summary;
  const count = (n: number, what: string) => `${n} ${n === 1 ? 'party' : 'parties'} ${what}`;
  const harm = affected === 0 ? 'no one else loses enough to be affected' : `${count(disrupted, 'disrupted')}, ${affected - disrupted} more affected`;
  return `If ${who} ${names.length === 1 ? 'withdraws' : 'withdraw'}: ${harm}.`;
}
