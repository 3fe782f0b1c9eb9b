// The two class thresholds (DESIGN.md §4.3) as sliders; the result follows as they move.
import type { Thresholds } from '../../core/simulation/simulationView';

type Props = { thresholds: Thresholds; onChange: (changed: Partial<Thresholds>) => void };

const percent = (value: number) => `${Math.round(value * 100)}%`;

export function ThresholdSliders({ thresholds, onChange }: Props) {
  return (
    <fieldset className="sim-thresholds">
      <legend>Thresholds</legend>
      <label className="sim-thresholds__row">
        <span>
          Affected from <strong data-testid="affected-threshold-value">{percent(thresholds.affectedThreshold)}</strong>
        </span>
        <input
          type="range"
          min={0.01}
          max={0.5}
          step={0.01}
          value={thresholds.affectedThreshold}
          data-testid="affected-threshold"
          aria-valuetext={percent(thresholds.affectedThreshold)}
          onChange={(event) => onChange({ affectedThreshold: Number(event.target.value) })}
        />
      </label>
      <label className="sim-thresholds__row">
        <span>
          Disrupted from <strong data-testid="disrupted-threshold-value">{percent(thresholds.disruptedThreshold)}</strong>
        </span>
        <input
          type="range"
          min={0.05}
          max={1}
          step={0.05}
          value={thresholds.disruptedThreshold}
          data-testid="disrupted-threshold"
          aria-valuetext={percent(thresholds.disruptedThreshold)}
          onChange={(event) => onChange({ disruptedThreshold: Number(event.target.value) })}
        />
      </label>
    </fieldset>
  );
}
