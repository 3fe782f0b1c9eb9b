// The results of a withdrawal simulation: what was asked, a summary, the thresholds, then the
// affected patients, clients and families, then everyone else affected, ranked.
import { describeLostResource, describeWithdrawal } from '../../core/simulation/describeResults';
import { sectionRows } from '../../core/simulation/simulationState';
import type { RowSection } from '../../core/simulation/simulationView';
import { HowItIsWorkedOut } from './HowItIsWorkedOut';
import { ImpactRowItem } from './ImpactRowItem';
import { OrganisationHarmList } from './OrganisationHarmList';
import { OutcomeSummary } from './OutcomeSummary';
import { WithdrawnAgreements } from './WithdrawnAgreements';
import { questionHeadline } from '../../core/simulation/describeQuestion';
import { SaveScenarioForm } from './SaveScenarioForm';
import { ThresholdSliders } from './ThresholdSliders';
import type { WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';

const SECTIONS: { section: RowSection; title: string; empty: string }[] = [
  { section: 'external', title: 'Patients, clients and families affected', empty: 'No patients, clients or families are affected.' },
  { section: 'others', title: 'Everyone else affected', empty: 'No other party is affected.' },
];

export function SimulationResults({ analysis }: { analysis: WithdrawalAnalysis }) {
  const { simulation, graph } = analysis;
  const { state, thresholds } = simulation;
  const view = state.view;
  const nameOf = (id: string) => graph.parties.find((party) => party.id === id)?.name ?? id;

  if (!view) {
    return (
      <div className="sim-empty" data-testid="simulation-empty">
        {state.status === 'running' && <p>Simulating…</p>}
        {state.status === 'failed' && <p className="sim-error" role="alert">{state.error}</p>}
        {state.status !== 'running' && (
          <p>
            Select one or more parties on the map, then choose <strong>Simulate withdrawal</strong> (or press W, or right-click a party) to see who
            would be affected if they stepped away — patients, clients and families first.
          </p>
        )}
      </div>
    );
  }

  const { summary } = view;
  return (
    <div className="sim-results" data-testid="simulation-results" aria-busy={state.status === 'running'}>
      <header className="sim-results__header">
        {state.scenarioName && <p className="sim-muted">Scenario “{state.scenarioName}”</p>}
        <h3 data-testid="simulation-withdrawn">
          {state.question && (state.question.endedRelationships.length > 0 || state.question.endsBefore !== null)
            ? questionHeadline({ partyNames: view.withdrawn.map((party) => party.name), ended: state.question.endedRelationships.length, endsBefore: state.question.endsBefore })
            : describeWithdrawal(view.withdrawn, state.question?.withdrawn ?? [])}
        </h3>
        <WithdrawnAgreements agreements={view.agreements} />
        {state.missing.length > 0 && (
          <p className="sim-warning" role="alert" data-testid="simulation-missing">
            {state.missing.length === 1 ? 'One withdrawn party no longer exists' : `${state.missing.length} withdrawn parties no longer exist`} in this
            network ({state.missing.map(nameOf).join(', ')}); the simulation ran without {state.missing.length === 1 ? 'it' : 'them'}.
          </p>
        )}
        {state.status === 'failed' && <p className="sim-error" role="alert">{state.error}</p>}
      </header>

      <OutcomeSummary outcomes={view.outcomes} estimate={view.estimate} />
      <dl className="sim-summary" data-testid="simulation-summary">
        <div>
          <dt title={`${Math.round(view.thresholds.affectedThreshold * 100)}% chance or more of losing what they need`}>Affected</dt>
          <dd data-testid="summary-affected">{summary.affected}</dd>
        </div>
        <div>
          <dt title={`${Math.round(view.thresholds.disruptedThreshold * 100)}% chance or more`}>Disrupted</dt>
          <dd data-testid="summary-disrupted">{summary.disrupted}</dd>
        </div>
        <div>
          <dt>Patients, clients, families affected</dt>
          <dd data-testid="summary-external">{summary.externalAffected}</dd>
        </div>
        <div>
          <dt>May also step away</dt>
          <dd>{summary.mayStepAway}</dd>
        </div>
      </dl>
      <OrganisationHarmList organisations={view.organisations} />
      {view.resourcesLost.length > 0 && (
        <div className="sim-resources">
          <h4>Resources lost</h4>
          <ul data-testid="resources-lost">
            {view.resourcesLost.map((total) => (
              <li key={`${total.resource}|${total.unit}|${total.period}`}>{describeLostResource(total)}</li>
            ))}
          </ul>
        </div>
      )}

      <ThresholdSliders thresholds={thresholds} onChange={simulation.setThresholds} />
      <HowItIsWorkedOut />
      <SaveScenarioForm analysis={analysis} />

      {SECTIONS.map(({ section, title, empty }) => {
        const rows = sectionRows(state, section);
        const total = view[section].total;
        return (
          <section key={section} className="sim-section" data-testid={`section-${section}`} aria-label={title}>
            <h4>
              {title} <span className="sim-muted">({total})</span>
            </h4>
            {total === 0 ? (
              <p className="sim-muted">{empty}</p>
            ) : (
              <ol className="sim-rows">
                {rows.map((row) => (
                  <ImpactRowItem key={row.id} row={row} highlighted={state.highlightId === row.id} onHighlight={simulation.highlight} />
                ))}
              </ol>
            )}
            {rows.length < total && (
              <button type="button" className="button button--small" onClick={() => simulation.loadMore(section)}>
                Show more ({total - rows.length} not shown)
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
