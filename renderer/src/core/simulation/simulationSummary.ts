// A simulation in one sentence for people who cannot see the map's colours: announced when it
// arrives and part of the map's accessible name while it is shown.
import type { SimulationView } from './simulationView';

export function simulationSummary(view: SimulationView | null): string | null {
  if (!view) return null;
  const names = view.withdrawn.map((party) => party.name).join(', ');
  const { affected, disrupted, externalAffected } = view.summary;
  return `Simulation of ${names} withdrawing: ${affected} affected, ${disrupted} disrupted, ${externalAffected} of them patients, clients or families.`;
}
