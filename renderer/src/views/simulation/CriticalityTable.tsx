// "Who matters most": every party's withdrawal simulated alone — or every organisation's, with
// everyone inside it — ranked by the harm it would cause (patients, clients and families weighted
// three times), with the option to draw parties sized by that harm.
import { DEFAULT_EXTERNAL_WEIGHT } from '../../../../shared/analysis';
import { departmentCount } from '../../core/organisations/membershipWords';
import type { WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';

const harm = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export function CriticalityTable({ analysis }: { analysis: WithdrawalAnalysis }) {
  const { criticality, graph } = analysis;
  const { status, progress, ranking, stale, error, sized, scope } = criticality.state;
  const hasOrganisations = graph.parties.some((party) => party.partOf !== null);
  const organisations = scope === 'organisations';
  return (
    <div className="sim-criticality" data-testid="criticality">
      <p className="sim-muted">
        Simulates each party stepping away on its own and adds up everyone else’s chance of losing what they need. Patients, clients and families
        count {DEFAULT_EXTERNAL_WEIGHT} times, because they have the fewest alternatives. Each party’s numbers are those of simulating its
        withdrawal alone.
      </p>
      <div className="sim-criticality__actions">
        {hasOrganisations && (
          <div className="sim-scope" role="group" aria-label="What to rank">
            {(['parties', 'organisations'] as const).map((choice) => (
              <button key={choice} type="button" className="button button--small" aria-pressed={scope === choice} data-testid={`criticality-scope-${choice}`}
                disabled={status === 'running'} onClick={() => criticality.run(choice)}>
                {choice === 'parties' ? 'Parties' : 'Organisations'}
              </button>
            ))}
          </div>
        )}
        <button type="button" className="button button--small button--primary" onClick={() => criticality.run()} disabled={status === 'running'} data-testid="run-criticality">
          {ranking ? 'Recompute ranking' : organisations ? 'Rank organisations by harm' : 'Rank parties by harm'}
        </button>
        <label className="choice">
          <input type="checkbox" checked={sized} disabled={!ranking} onChange={(event) => criticality.setSized(event.target.checked)} data-testid="criticality-size" />
          Show as node size
        </label>
      </div>
      {status === 'running' && (
        <div className="sim-progress" role="status">
          <progress max={1} value={progress} aria-label="Ranking progress" /> {Math.round(progress * 100)}%
          <button type="button" className="button button--small" onClick={criticality.cancel}>
            Cancel
          </button>
        </div>
      )}
      {error && <p className="sim-error" role="alert">{error}</p>}
      {stale && <p className="sim-warning">The network has changed since this ranking was computed. Recompute it to include the changes.</p>}
      {ranking && (
        <table className="sim-table sim-table--ranking" data-testid="criticality-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{organisations ? 'If this organisation left, with everyone in it' : 'If this party left'}</th>
              <th scope="col" title="Sum of everyone else's chance of losing what they need, patients, clients and families ×3">Harm</th>
              <th scope="col">Affected</th>
              <th scope="col">Disrupted</th>
              <th scope="col" title="Patients, clients and families affected">Patients</th>
            </tr>
          </thead>
          <tbody>
            {ranking.map((entry, index) => (
              <tr key={entry.id} data-testid="criticality-row" data-party-id={entry.id}>
                <td>{index + 1}</td>
                <th scope="row">
                  {entry.name}
                  {entry.members !== undefined && <span className="sim-table__note">with {departmentCount(entry.members)}</span>}
                  <button type="button" className="link-button sim-table__action" onClick={() => analysis.simulate([entry.id])} title={`Simulate the withdrawal of ${entry.name}`}>
                    Simulate
                  </button>
                </th>
                <td title={entry.harmMargin > 0 ? `95% margin ±${harm.format(entry.harmMargin)}` : 'Exact'}>
                  {harm.format(entry.harm)}
                  {entry.harmMargin >= 0.05 && <span className="sim-table__note">±{harm.format(entry.harmMargin)}</span>}
                </td>
                <td>{entry.affected}</td>
                <td>{entry.disrupted}</td>
                <td>{entry.externalAffected}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
