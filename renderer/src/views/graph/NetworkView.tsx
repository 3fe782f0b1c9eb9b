import { useRef } from 'react';
import { formatNetworkCounts } from '../../core/networks/networkList';
import { selectedParty } from '../../core/networks/openNetwork';
import type { OpenNetworkState } from '../../core/networks/openNetwork';
import { Spinner } from '../shell/Spinner';
import { GraphCanvas } from './GraphCanvas';
import type { GraphCanvasHandle } from './GraphCanvas';
import { GraphLegend } from './GraphLegend';
import { PartyDetails } from './PartyDetails';

type NetworkViewProps = {
  state: OpenNetworkState;
  // The name from the list, shown while the network itself is still on its way.
  requestedName: string;
  onSelectParty: (partyId: string | null) => void;
  onRetry: () => void;
};

export function NetworkView({ state, requestedName, onSelectParty, onRetry }: NetworkViewProps) {
  const canvasRef = useRef<GraphCanvasHandle>(null);
  const legendRef = useRef<HTMLElement>(null);
  const { graph, phase } = state;

  if (!graph) {
    return phase === 'failed' ? (
      <section className="placeholder-panel">
        <h1>“{requestedName}” could not be opened</h1>
        <p>The message at the top of the window says why.</p>
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      </section>
    ) : (
      <section className="placeholder-panel" aria-busy="true">
        <p>
          <Spinner label="Opening" /> Opening “{requestedName}”…
        </p>
      </section>
    );
  }

  const party = selectedParty(state);
  const counts = formatNetworkCounts({
    partyCount: graph.parties.length,
    relationshipCount: graph.relationships.length,
  });

  return (
    <section className="network-view" aria-labelledby="network-title">
      <div className="network-view__bar">
        <div className="network-view__heading">
          <h1 id="network-title" className="network-view__title">
            {graph.network.name}
          </h1>
          {graph.network.description && (
            <p className="network-view__description" title={graph.network.description}>
              {graph.network.description}
            </p>
          )}
        </div>
        <span className="network-view__counts">{counts}</span>
        <button type="button" className="button button--small" onClick={() => canvasRef.current?.fit()}>
          Fit to window
        </button>
      </div>
      <div className="network-view__stage">
        <GraphCanvas
          ref={canvasRef}
          graph={graph}
          selectedPartyId={state.selectedPartyId}
          onSelectParty={onSelectParty}
          keepClearOf={legendRef}
        />
        {graph.parties.length === 0 && <p className="stage-note">This network has no parties yet.</p>}
        {graph.parties.length > 0 && !party && (
          <p className="stage-hint">Click a party to see its details.</p>
        )}
        <GraphLegend ref={legendRef} />
        {party && <PartyDetails party={party} onClose={() => onSelectParty(null)} />}
        {phase === 'loading' && (
          <div className="stage-overlay" aria-busy="true">
            <p>
              <Spinner label="Opening" /> Opening “{requestedName}”…
            </p>
          </div>
        )}
      </div>
    </section>
  );
}
