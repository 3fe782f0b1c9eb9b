// Saves the simulation on screen as a named scenario (the question, not the answer: reopening
// re-runs it on the network as it is then).
import { useState } from 'react';
import type { FormEvent } from 'react';
import { NAME_MAX_LENGTH } from '../../../../shared/domain';
import { suggestedScenarioName } from '../../core/simulation/describeQuestion';
import type { WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';

export function SaveScenarioForm({ analysis }: { analysis: WithdrawalAnalysis }) {
  const { simulation, scenarios } = analysis;
  const view = simulation.state.view;
  const question = simulation.state.question;
  const suggested = suggestedScenarioName({ partyNames: view?.withdrawn.map((party) => party.name) ?? [], ended: question?.endedRelationships.length ?? 0, endsBefore: question?.endsBefore ?? null }).slice(0, NAME_MAX_LENGTH);
  const [name, setName] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!question) return;
    const chosen = (name ?? suggested).trim();
    setSaving(true);
    const error = await scenarios.save(chosen, { ...question, withdrawn: view?.withdrawn.map((party) => party.id) ?? question.withdrawn, thresholds: simulation.thresholds });
    setSaving(false);
    setMessage(error ? { ok: false, text: error.message } : { ok: true, text: `Saved as “${chosen}”. Find it under Scenarios.` });
    if (!error) setName(null);
  };

  return (
    <form className="sim-save" onSubmit={(event) => void save(event)} data-testid="save-scenario-form">
      <label htmlFor="scenario-name">Save as a scenario</label>
      <div className="sim-save__row">
        <input
          id="scenario-name"
          value={name ?? suggested}
          maxLength={NAME_MAX_LENGTH}
          onChange={(event) => {
            setName(event.target.value);
            setMessage(null);
          }}
          data-testid="scenario-name"
        />
        <button type="submit" className="button button--small" disabled={saving || !question} data-testid="save-scenario">
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
      {message && (
        <p className={message.ok ? 'sim-ok' : 'sim-error'} role={message.ok ? 'status' : 'alert'} data-testid="save-scenario-message">
          {message.text}
        </p>
      )}
    </form>
  );
}
