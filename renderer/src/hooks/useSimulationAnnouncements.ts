// A simulation's outcome said out loud (WCAG 4.1.3): when it arrives — with the keyboard moved to
// the analysis panel's heading — when thresholds change its counts, and when it is cleared.
import { useEffect, useRef } from 'react';
import type { SimulationView } from '../core/simulation/simulationView';
import { simulationSummary } from '../core/simulation/simulationSummary';

export const ANALYSIS_HEADING_ID = 'sim-panel-title';

export function useSimulationAnnouncements(view: SimulationView | null, announce: (text: string) => void): void {
  const said = useRef<string | null>(null);
  const question = useRef<string | null>(null);
  useEffect(() => {
    const summary = simulationSummary(view);
    if (summary === said.current) return;
    const asked = view ? view.withdrawn.map((party) => party.id).join('|') : null;
    if (summary === null) announce('Simulation cleared.');
    else announce(view && !view.estimate.complete ? `${summary} Refining…` : summary);
    // A new question moves the keyboard to its answer; a threshold change leaves it where it is.
    if (asked !== null && asked !== question.current) document.getElementById(ANALYSIS_HEADING_ID)?.focus();
    said.current = summary;
    question.current = asked;
  }, [view, announce]);
}
