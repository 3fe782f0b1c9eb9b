// The network's scores in one table: the whole network, what the map's filters show (when any
// filter is on), and before and after a saved scenario's withdrawal (when one is chosen).
import type { Scenario } from '../../../../shared/domain';
import type { NetworkScores } from '../../../../shared/insight';
import { SCORE_ROWS } from '../../core/insight/scoreRows';
import type { ScenarioScores } from '../../core/insight/insightState';

type Props = {
  whole: NetworkScores;
  visible: NetworkScores | null;
  scenario: ScenarioScores | null;
  scenarios: readonly Scenario[] | null;
  chosenId: string | null;
  onChoose: (scenario: Scenario | null) => void;
};

export function NetworkScoresTable({ whole, visible, scenario, scenarios, chosenId, onChoose }: Props) {
  const columns: { heading: string; scores: NetworkScores; testId: string }[] = [{ heading: scenario ? 'Before (whole network)' : 'Whole network', scores: whole, testId: 'scores-whole' }];
  if (visible) columns.push({ heading: 'On show (filters)', scores: visible, testId: 'scores-visible' });
  if (scenario) columns.push({ heading: `After “${scenario.name}”`, scores: scenario.after, testId: 'scores-after' });
  return (
    <section className="insight-scores" aria-labelledby="insight-scores-title">
      <h3 id="insight-scores-title">Network scores</h3>
      <label className="insight-scores__scenario">
        Before and after a saved scenario{' '}
        <select value={chosenId ?? ''} onChange={(event) => onChoose(scenarios?.find((s) => s.id === event.target.value) ?? null)} data-testid="insight-scenario">
          <option value="">None</option>
          {(scenarios ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {scenario && scenario.missing.length > 0 && <p className="sim-warning">{scenario.missing.length} withdrawn {scenario.missing.length === 1 ? 'party is' : 'parties are'} no longer in the network.</p>}
      <table className="sim-table insight-scores__table" data-testid="insight-scores">
        <thead>
          <tr>
            <th scope="col">Score</th>
            {columns.map((column) => (
              <th key={column.testId} scope="col">
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {SCORE_ROWS.map((row) => (
            <tr key={row.key} title={row.explains}>
              <th scope="row">{row.label}</th>
              {columns.map((column) => (
                <td key={column.testId} data-testid={`${column.testId}-${row.key}`}>
                  {row.format(column.scores)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
