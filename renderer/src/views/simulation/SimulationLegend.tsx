// The simulation's key, shown on the map while its colours are: the chance scale from pale to
// dark, what grey struck-through and faded parties mean, and the chain highlight. Kept to two
// short lines: it floats over the map and must hide as little of it as possible.
import { legendGradient, WITHDRAWN_BORDER, WITHDRAWN_FILL } from '../../core/simulation/impactScale';
import { CHAIN_COLOUR } from '../../core/simulation/simulationStyles';
import type { Thresholds } from '../../core/simulation/simulationView';

type Props = { thresholds: Thresholds | null; chainShown: boolean; sized: boolean };

export function SimulationLegend({ thresholds, chainShown, sized }: Props) {
  return (
    <section className="sim-legend" aria-label="Simulation key" data-testid="simulation-legend">
      {thresholds && (
        <>
          <div className="sim-legend__row">
            <span className="sim-legend__title">Chance of losing what they need:</span>
          </div>
          <div className="sim-legend__row">
            <span className="sim-legend__end">{Math.round(thresholds.affectedThreshold * 100)}%</span>
            <span className="sim-legend__gradient" style={{ backgroundImage: legendGradient() }} aria-hidden="true" />
            <span className="sim-legend__end">certain</span>
          </div>
          <div className="sim-legend__row">
            <span className="sim-legend__item">
              <span className="sim-legend__swatch" style={{ background: WITHDRAWN_FILL, borderColor: WITHDRAWN_BORDER }} aria-hidden="true" />
              <s>Withdrawn</s>
            </span>
            <span className="sim-legend__item">
              <span className="sim-legend__swatch sim-legend__swatch--faded" aria-hidden="true" />
              Faded: less than a {Math.round(thresholds.affectedThreshold * 100)}% chance
            </span>
            {chainShown && (
              <span className="sim-legend__item">
                <span className="sim-legend__line" style={{ background: CHAIN_COLOUR }} aria-hidden="true" />
                Chain of the chosen row
              </span>
            )}
          </div>
        </>
      )}
      {sized && <p className="sim-legend__note">Larger parties: more harm if they withdrew.</p>}
    </section>
  );
}
