// The two class thresholds (DESIGN.md §4.3) as sliders; the result follows as they move.
import type { Thresholds } from '../../core/simulation/simulationView';

type Props = { thresholds: Thresholds; onChange: (changed: Partial<Thresholds>) => void };

type SliderSpec = { key: keyof Thresholds; label: string; min: number; max: number; step: number; testId: string };

const SLIDERS: readonly SliderSpec[] = [
  { key: 'affectedThreshold', label: 'Affected from', min: 0.01, max: 0.5, step: 0.01, testId: 'affected-threshold' },
  { key: 'disruptedThreshold', label: 'Disrupted from', min: 0.05, max: 1, step: 0.05, testId: 'disrupted-threshold' },
];

const percent = (value: number) => `${Math.round(value * 100)}%`;

export function ThresholdSliders({ thresholds, onChange }: Props) {
  return (
    <fieldset className="sim-thresholds">
      <legend>Thresholds</legend>
      {SLIDERS.map(({ key, label, min, max, step, testId }) => (
        <label key={key} className="sim-thresholds__row">
          <span>
            {label} <strong data-testid={`${testId}-value`}>{percent(thresholds[key])}</strong>
          </span>
          <input
            type="range"
            min={min}
            max={max}
            step={step}
            value={thresholds[key]}
            data-testid={testId}
            aria-valuetext={percent(thresholds[key])}
            onChange={(event) => onChange({ [key]: Number(event.target.value) })}
          />
        </label>
      ))}
    </fieldset>
  );
}
