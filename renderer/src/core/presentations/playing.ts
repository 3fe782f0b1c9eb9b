// Playing a presentation, as pure steps (issue 15): which key does what, where a step leads, and
// whether the map shows the withdrawal a scenario slide asked for, so its wave can start.
import type { Slide } from '../../../../shared/domain';
import type { SimulationState } from '../simulation/simulationState';

export type PlayAction = 'next' | 'previous' | 'first' | 'last' | 'leave';

const KEYS: Record<string, PlayAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
};

/** What a key does while a presentation plays; null for keys it leaves alone. */
export function playAction(key: string): PlayAction | null {
  return KEYS[key] ?? null;
}

/** The slide a step leads to, staying within the presentation; null when the step leaves it. */
export function stepTo(index: number, count: number, action: PlayAction): number | null {
  if (action === 'leave') return null;
  const last = Math.max(0, count - 1);
  const to = { next: index + 1, previous: index - 1, first: 0, last }[action];
  return Math.max(0, Math.min(last, to));
}

/** True once the simulation on screen answers exactly this withdrawal, completely. */
export function answers(state: Pick<SimulationState, 'status' | 'question' | 'view'>, withdrawn: readonly string[]): boolean {
  const asked = state.question?.withdrawn ?? [];
  return state.status === 'ready' && state.view !== null && asked.length === withdrawn.length && withdrawn.every((id) => asked.includes(id));
}

/** The view a slide shows, if any. */
export function slideViewId(slide: Slide): string | null {
  return slide.kind === 'text' ? null : slide.viewId;
}
