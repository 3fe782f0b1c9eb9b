// What network insight adds to the map (badges on single points of failure, parties sized by
// betweenness or harm) and the thresholds the warnings fire at, saved with the network.
import { useEffect, useState } from 'react';
import { warningThresholdsSchema } from '../../../../shared/domain';
import type { WarningThresholds } from '../../../../shared/domain';
import type { SizeBy } from '../../core/insight/insightState';

type Props = {
  badges: boolean;
  sizeBy: SizeBy;
  harmReady: boolean;
  thresholds: WarningThresholds;
  onBadges: (on: boolean) => void;
  onSizeBy: (sizeBy: SizeBy) => void;
  onThresholds: (thresholds: WarningThresholds) => Promise<string | null>;
};

const FIELDS: { key: keyof WarningThresholds; label: string; step: number; min: number; max: number }[] = [
  { key: 'heavyCriticality', label: 'Heavy reliance: criticality at least', step: 1, min: 1, max: 5 },
  { key: 'lowTrust', label: 'Low trust: at most', step: 0.5, min: 1, max: 5 },
  { key: 'highTrust', label: 'High trust: at least', step: 0.5, min: 1, max: 5 },
  { key: 'staleAfterDays', label: 'Reassess trust after (days)', step: 1, min: 1, max: 3650 },
];

export function InsightOptions({ badges, sizeBy, harmReady, thresholds, onBadges, onSizeBy, onThresholds }: Props) {
  const [draft, setDraft] = useState<Record<keyof WarningThresholds, string>>(() => toDraft(thresholds));
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => setDraft(toDraft(thresholds)), [thresholds]);

  const save = async () => {
    const parsed = warningThresholdsSchema.safeParse(Object.fromEntries(Object.entries(draft).map(([key, value]) => [key, Number(value)])));
    if (!parsed.success) return setMessage(parsed.error.issues.map((issue) => issue.message).join(' '));
    const failed = await onThresholds(parsed.data);
    setMessage(failed ?? 'Saved with the network.');
  };

  return (
    <section className="insight-options" aria-label="Map and warning settings">
      <h3>On the map</h3>
      <label className="choice">
        <input type="checkbox" checked={badges} onChange={(event) => onBadges(event.target.checked)} data-testid="insight-badges" />
        Badge single points of failure
      </label>
      <label className="insight-options__row">
        Size parties by{' '}
        <select value={sizeBy} onChange={(event) => onSizeBy(event.target.value as SizeBy)} data-testid="insight-size-by">
          <option value="usual">nothing (usual size)</option>
          <option value="betweenness">betweenness</option>
          <option value="harm" disabled={!harmReady}>
            harm if they left
          </option>
        </select>
      </label>
      <h3>Warning thresholds</h3>
      <form
        className="insight-options__thresholds"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        {FIELDS.map((field) => (
          <label key={field.key} className="insight-options__row">
            {field.label}
            <input
              type="number"
              step={field.step}
              min={field.min}
              max={field.max}
              value={draft[field.key]}
              onChange={(event) => setDraft((current) => ({ ...current, [field.key]: event.target.value }))}
              data-testid={`threshold-${field.key}`}
            />
          </label>
        ))}
        <button type="submit" className="button button--small" data-testid="save-thresholds">
          Apply thresholds
        </button>
        {message && <p className="sim-muted" role="status">{message}</p>}
      </form>
    </section>
  );
}

function toDraft(thresholds: WarningThresholds): Record<keyof WarningThresholds, string> {
  return { heavyCriticality: String(thresholds.heavyCriticality), lowTrust: String(thresholds.lowTrust), highTrust: String(thresholds.highTrust), staleAfterDays: String(thresholds.staleAfterDays) };
}
