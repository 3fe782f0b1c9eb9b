// Saved scenarios of this network: open (re-run on the network as it is now), rename, delete,
// and pick two to compare side by side.
import { useState } from 'react';
import type { Scenario } from '../../../../shared/domain';
import { NAME_MAX_LENGTH } from '../../../../shared/domain';
import { ScenarioComparisonView } from './ScenarioComparisonView';
import { describeGone, scenarioParties } from '../../core/simulation/scenarioParties';
import type { WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';
import { describeScenarioQuestion, scenarioQuestion } from '../../core/simulation/describeQuestion';

const percent = (value: number) => `${Math.round(value * 100)}%`;
const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });

function ScenarioItem({ scenario, analysis, chosen, onChoose, onProblem }: {
  scenario: Scenario;
  analysis: WithdrawalAnalysis;
  chosen: boolean;
  onChoose: (chosen: boolean) => void;
  onProblem: (message: string | null) => void;
}) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const parties = scenarioParties(scenario, analysis.graph.parties);
  const gone = describeGone(parties);

  const open = () => {
    analysis.simulation.simulate(scenarioQuestion(scenario), { name: scenario.name, thresholds: scenario.params });
    analysis.openPanel('results');
  };
  const rename = async () => {
    if (renaming === null) return;
    const error = await analysis.scenarios.rename(scenario, renaming);
    onProblem(error?.message ?? null);
    if (!error) setRenaming(null);
  };
  const remove = async () => {
    const error = await analysis.scenarios.remove(scenario);
    onProblem(error?.message ?? null);
  };

  return (
    <li className="scenario" data-testid="scenario-item" data-scenario-name={scenario.name}>
      <div className="scenario__head">
        <input type="checkbox" checked={chosen} onChange={(event) => onChoose(event.target.checked)} aria-label={`Choose “${scenario.name}” to compare`} data-testid="scenario-compare-choice" />
        {renaming === null ? (
          <strong className="scenario__name">{scenario.name}</strong>
        ) : (
          <form className="scenario__rename" onSubmit={(event) => { event.preventDefault(); void rename(); }}>
            <input value={renaming} maxLength={NAME_MAX_LENGTH} onChange={(event) => setRenaming(event.target.value)} aria-label="New name" autoFocus />
            <button type="submit" className="button button--small">Rename</button>
            <button type="button" className="button button--small button--quiet" onClick={() => setRenaming(null)}>Cancel</button>
          </form>
        )}
      </div>
      <p className="sim-muted">
        {describeScenarioQuestion(scenario, (id) => parties.names[scenario.withdrawn.indexOf(id)] ?? id)} · affected from {percent(scenario.params.affectedThreshold)}, disrupted from{' '}
        {percent(scenario.params.disruptedThreshold)} · saved {date.format(new Date(scenario.createdAt))}
      </p>
      {gone && <p className="sim-warning" data-testid="scenario-missing">{gone}</p>}
      <div className="scenario__actions">
        <button type="button" className="button button--small button--primary" onClick={open} disabled={parties.allGone && scenario.withdrawnRelationships.length === 0 && scenario.endsBefore === null} data-testid="open-scenario">
          Open
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => setRenaming(scenario.name)}>Rename</button>
        {confirmDelete ? (
          <>
            <button type="button" className="button button--small button--danger" onClick={() => void remove()}>Delete “{scenario.name}”</button>
            <button type="button" className="button button--small button--quiet" onClick={() => setConfirmDelete(false)}>Keep</button>
          </>
        ) : (
          <button type="button" className="button button--small button--quiet" onClick={() => setConfirmDelete(true)}>Delete…</button>
        )}
      </div>
    </li>
  );
}

export function ScenarioList({ analysis }: { analysis: WithdrawalAnalysis }) {
  const { scenarios } = analysis;
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const list = scenarios.list ?? [];
  const picked = chosen.map((id) => list.find((scenario) => scenario.id === id)).filter((scenario): scenario is Scenario => scenario !== undefined);

  return (
    <div className="scenarios" data-testid="scenario-list">
      {scenarios.listError && <p className="sim-error" role="alert">{scenarios.listError}</p>}
      {problem && <p className="sim-error" role="alert">{problem}</p>}
      {scenarios.list === null && !scenarios.listError && <p className="sim-muted">Loading saved scenarios…</p>}
      {scenarios.list !== null && list.length === 0 && (
        <p className="sim-muted">No saved scenarios yet. Run a simulation, then use “Save as a scenario” under its summary.</p>
      )}
      {list.length > 0 && (
        <>
          <p className="sim-muted">Tick two scenarios to compare who each one affects.</p>
          <ul className="scenario-items">
            {list.map((scenario) => (
              <ScenarioItem
                key={scenario.id}
                scenario={scenario}
                analysis={analysis}
                chosen={chosen.includes(scenario.id)}
                onChoose={(on) => setChosen((current) => (on ? [...current.filter((id) => id !== scenario.id), scenario.id].slice(-2) : current.filter((id) => id !== scenario.id)))}
                onProblem={setProblem}
              />
            ))}
          </ul>
          <button
            type="button"
            className="button button--small button--primary"
            disabled={picked.length !== 2}
            onClick={() => picked.length === 2 && scenarios.compare(picked[0]!, picked[1]!)}
            data-testid="compare-scenarios"
          >
            Compare the two ticked scenarios
          </button>
        </>
      )}
      {scenarios.comparison && <ScenarioComparisonView comparison={scenarios.comparison} analysis={analysis} onClose={scenarios.closeComparison} />}
    </div>
  );
}
