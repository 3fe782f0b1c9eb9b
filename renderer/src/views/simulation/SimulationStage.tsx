// What the withdrawal analysis adds on top of the map: its key, the "Simulate withdrawal" actions
// for the selection, the party context menu, and a "working…" notice with Cancel when a
// computation takes noticeably long. Its colouring of the map is the map's own
// (SimulationLayerController), from the same analysis.
import './simulation.css';
import type { ReactNode } from 'react';
import { withMembers } from '../../../../shared/domain';
import { withShortcut } from '../../core/shortcuts/shortcuts';
import { useDelayedFlag } from '../../hooks/useDelayedFlag';
import { PartyMenu } from './PartyMenu';
import { SimulationLegend } from './SimulationLegend';
import type { WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';
import type { Organisations } from '../../hooks/useOrganisations';

// Below this a computation feels instant; above it the person is told and may cancel.
const BUSY_NOTICE_MS = 300;

// `children` stack under the actions and key (the timeline, issue 12), so nothing overlaps them.
type Props = { analysis: WithdrawalAnalysis; selectedPartyIds: readonly string[]; organisations: Organisations; children?: ReactNode };

export function SimulationStage({ analysis, selectedPartyIds, organisations, children }: Props) {
  const { simulation, criticality, graph, menu } = analysis;
  const { view, status, highlightId } = simulation.state;
  const busy = useDelayedFlag(status === 'running', BUSY_NOTICE_MS);
  const count = selectedPartyIds.length;
  const menuParty = menu ? graph.parties.find((party) => party.id === menu.partyId) : undefined;
  const sized = criticality.state.sized && criticality.state.ranking !== null;

  return (
    <>
      <div className="sim-stage">
        <div className="sim-actions" role="group" aria-label="Withdrawal simulation">
          <button
            type="button"
            className="button button--small button--primary"
            data-testid="simulate-withdrawal"
            disabled={count === 0}
            title={withShortcut(count === 0 ? 'Select one or more parties first' : 'Simulate the withdrawal of the selected parties', 'simulate')}
            onClick={() => analysis.simulate(selectedPartyIds)}
          >
            {count > 1 ? `Simulate withdrawal of ${count} parties` : 'Simulate withdrawal'}
          </button>
          {view && (
            <button type="button" className="button button--small" data-testid="clear-simulation" title="Clear the simulation from the map" onClick={analysis.clear}>
              Clear simulation
            </button>
          )}
          <button
            type="button"
            className="button button--small"
            aria-pressed={analysis.panelOpen}
            title="Show or hide the withdrawal analysis: results, saved scenarios and who matters most"
            data-testid="open-analysis"
            onClick={() => (analysis.panelOpen ? analysis.closePanel() : analysis.openPanel())}
          >
            Withdrawal analysis
          </button>
        </div>
        {busy && (
          <div className="sim-busy" role="status" data-testid="simulation-busy">
            <span className="spinner" aria-hidden="true" /> {view && !view.estimate.complete ? 'Refining the estimate…' : 'Simulating…'}
            <button type="button" className="button button--small" onClick={simulation.cancel}>
              Cancel
            </button>
          </div>
        )}
        {(view || sized) && <SimulationLegend thresholds={view?.thresholds ?? null} chainShown={highlightId !== null} sized={sized} />}
        {children}
      </div>
      {menu && menuParty && (
        <PartyMenu
          menu={menu}
          name={menuParty.name}
          selected={selectedPartyIds}
          withdrawn={simulation.state.question?.withdrawn ?? []}
          asking={simulation.state.question !== null}
          organisation={organisations.members.has(menuParty.id) ? { members: withMembers(graph.parties, [menuParty.id]).length - 1, collapsed: organisations.collapsed.has(menuParty.id), toggle: () => organisations.toggle(menuParty.id) } : null}
          onSimulate={analysis.simulate}
          onAdd={analysis.addToWithdrawal}
          onClose={() => analysis.setMenu(null)}
        />
      )}
    </>
  );
}
