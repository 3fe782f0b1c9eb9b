// The withdrawal analysis panel beside the map: the current simulation, saved scenarios and the
// criticality ranking, one tab each.
import './simulation.css';
import type { ReactNode } from 'react';
import { CriticalityTable } from './CriticalityTable';
import { ScenarioList } from './ScenarioList';
import { SimulationResults } from './SimulationResults';
import type { AnalysisTab, WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';
import { TabList, tabId, tabPanelId } from '../shell/TabList';

const TABS: { id: AnalysisTab; label: string; testId: string }[] = [
  { id: 'results', label: 'Simulation', testId: 'analysis-tab-results' },
  { id: 'scenarios', label: 'Scenarios', testId: 'analysis-tab-scenarios' },
  { id: 'criticality', label: 'Who matters most', testId: 'analysis-tab-criticality' },
  { id: 'insight', label: 'Network insight', testId: 'analysis-tab-insight' },
];

// The network insight dashboard (views/insight) comes in as `insight`, drawn in its own tab.
export function SimulationPanel({ analysis, insight }: { analysis: WithdrawalAnalysis; insight?: ReactNode }) {
  return (
    <aside className="sim-panel" aria-labelledby="sim-panel-title" data-testid="simulation-panel">
      <header className="sim-panel__header">
        <h2 id="sim-panel-title" tabIndex={-1}>Withdrawal analysis</h2>
        <button type="button" className="button button--quiet button--icon" aria-label="Close the analysis panel" onClick={analysis.closePanel}>
          ×
        </button>
      </header>
      <TabList label="Analysis" idPrefix="sim" tabs={TABS} selected={analysis.tab} className="sim-tabs" tabClassName="sim-tabs__tab"
        onSelect={(tab) => {
          analysis.openPanel(tab);
          if (tab === 'scenarios') analysis.scenarios.refresh();
        }} />
      {analysis.loadError && <p className="sim-error" role="alert">{analysis.loadError}</p>}
      {TABS.map((tab) => (
        <div key={tab.id} className="sim-panel__body" role="tabpanel" id={tabPanelId('sim', tab.id)} aria-labelledby={tabId('sim', tab.id)} hidden={analysis.tab !== tab.id}>
          {analysis.tab === tab.id && tab.id === 'results' && <SimulationResults analysis={analysis} />}
          {analysis.tab === tab.id && tab.id === 'scenarios' && <ScenarioList analysis={analysis} />}
          {analysis.tab === tab.id && tab.id === 'criticality' && <CriticalityTable analysis={analysis} />}
          {analysis.tab === tab.id && tab.id === 'insight' && insight}
        </div>
      ))}
    </aside>
  );
}
