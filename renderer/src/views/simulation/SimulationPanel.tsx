// The withdrawal analysis panel beside the map: the current simulation, saved scenarios and the
// criticality ranking, one tab each.
import './simulation.css';
import type { ReactNode } from 'react';
import { CriticalityTable } from './CriticalityTable';
import { ScenarioList } from './ScenarioList';
import { SimulationResults } from './SimulationResults';
import type { AnalysisTab, WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';

const TABS: { id: AnalysisTab; label: string }[] = [
  { id: 'results', label: 'Simulation' },
  { id: 'scenarios', label: 'Scenarios' },
  { id: 'criticality', label: 'Who matters most' },
  { id: 'insight', label: 'Network insight' },
];

// The network insight dashboard (views/insight) comes in as `insight`, drawn in its own tab.
export function SimulationPanel({ analysis, insight }: { analysis: WithdrawalAnalysis; insight?: ReactNode }) {
  return (
    <aside className="sim-panel" aria-labelledby="sim-panel-title" data-testid="simulation-panel">
      <header className="sim-panel__header">
        <h2 id="sim-panel-title">Withdrawal analysis</h2>
        <button type="button" className="button button--quiet button--icon" aria-label="Close the analysis panel" onClick={analysis.closePanel}>
          ×
        </button>
      </header>
      <div className="sim-tabs" role="tablist" aria-label="Analysis">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`sim-tab-${tab.id}`}
            aria-selected={analysis.tab === tab.id}
            aria-controls={`sim-tabpanel-${tab.id}`}
            className="sim-tabs__tab"
            data-testid={`analysis-tab-${tab.id}`}
            onClick={() => {
              analysis.openPanel(tab.id);
              if (tab.id === 'scenarios') analysis.scenarios.refresh();
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {analysis.loadError && <p className="sim-error" role="alert">{analysis.loadError}</p>}
      <div className="sim-panel__body" role="tabpanel" id={`sim-tabpanel-${analysis.tab}`} aria-labelledby={`sim-tab-${analysis.tab}`}>
        {analysis.tab === 'results' && <SimulationResults analysis={analysis} />}
        {analysis.tab === 'scenarios' && <ScenarioList analysis={analysis} />}
        {analysis.tab === 'criticality' && <CriticalityTable analysis={analysis} />}
        {analysis.tab === 'insight' && insight}
      </div>
    </aside>
  );
}
