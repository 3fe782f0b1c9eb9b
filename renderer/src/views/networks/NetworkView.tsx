// The main area for an open network: its title and network actions, then the map workspace.
import { useState } from 'react';
import type { ApiError } from '../../../../shared/api';
import type { Network } from '../../../../shared/domain';
import type { GraphPatch } from '../../core/editor/graphPatch';
import { formatNetworkCounts } from '../../core/networks/networkList';
import type { OpenNetworkState } from '../../core/networks/openNetwork';
import { ImportDialog } from '../exchange/ImportDialog';
import { SurveyDialog } from '../survey/SurveyDialog';
import { MapWorkspace } from '../map/MapWorkspace';
import { DeleteNetworkDialog, DuplicateNetworkDialog, RenameNetworkDialog } from './NetworkDialogs';
import { Spinner } from '../shell/Spinner';
import { StoredDataNotice } from './StoredDataNotice';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';

type NetworkViewProps = {
  state: OpenNetworkState;
  // The name from the list, shown while the network itself is still on its way.
  requestedName: string;
  onRetry: () => void;
  onPatch: (networkId: string, patch: GraphPatch) => void;
  onError: (error: ApiError) => void;
  onRenamed: (network: Network) => void;
  onDuplicated: (network: Network) => void;
  onDeleted: (networkId: string) => void;
  sidebarSlot: HTMLElement | null;
};

type NetworkDialog = 'rename' | 'duplicate' | 'delete' | 'export' | 'report' | 'import' | 'survey' | null;

export function NetworkView({ state, requestedName, onRetry, onPatch, onError, onRenamed, onDuplicated, onDeleted, sidebarSlot }: NetworkViewProps) {
  const [dialog, setDialog] = useState<NetworkDialog>(null);
  const { graph, phase } = state;
  useDocumentTitle(graph?.network.name ?? requestedName);

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

  const counts = formatNetworkCounts({ partyCount: graph.parties.length, relationshipCount: graph.relationships.length });
  const network = graph.network;

  return (
    <section className="network-view" aria-labelledby="network-title">
      <div className="network-view__bar">
        <div className="network-view__heading">
          <h1 id="network-title" className="network-view__title">
            {network.name}
          </h1>
          {network.description && (
            <p className="network-view__description" title={network.description}>
              {network.description}
            </p>
          )}
        </div>
        <span className="network-view__counts" data-testid="network-counts">{counts}</span>
        <div className="network-view__actions" role="group" aria-label="Network">
          <button type="button" className="button button--small button--quiet" data-testid="rename-network" onClick={() => setDialog('rename')}>Rename</button>
          <button type="button" className="button button--small button--quiet" data-testid="duplicate-network" onClick={() => setDialog('duplicate')}>Duplicate</button>
          <button type="button" className="button button--small button--quiet" data-testid="delete-network" onClick={() => setDialog('delete')}>Delete…</button>
          <button type="button" className="button button--small" data-testid="export-network" onClick={() => setDialog('export')}>Export…</button>
          <button type="button" className="button button--small" data-testid="board-report" title="A PDF for a board: cover, map, key numbers and, during a simulation, who is hurt and why" onClick={() => setDialog('report')}>Board report…</button>
          <button type="button" className="button button--small" data-testid="import-into-network" onClick={() => setDialog('import')}>Import…</button>
          <button type="button" className="button button--small" data-testid="trust-survey" onClick={() => setDialog('survey')}>Trust survey…</button>
        </div>
      </div>
      <StoredDataNotice key={`notice-${network.id}`} notes={state.storedDataNotes} />
      <MapWorkspace
        key={network.id}
        graph={graph}
        onPatch={onPatch}
        onReload={onRetry}
        onError={onError}
        exporting={dialog === 'export' || dialog === 'report' ? dialog : null}
        onExportClosed={() => setDialog(null)}
        sidebarSlot={sidebarSlot}
      />
      {phase === 'loading' && (
        <div className="stage-overlay" aria-busy="true">
          <p>
            <Spinner label="Opening" /> Opening “{requestedName}”…
          </p>
        </div>
      )}
      {dialog === 'rename' && <RenameNetworkDialog network={network} onClose={() => setDialog(null)} onRenamed={(n) => { setDialog(null); onRenamed(n); }} />}
      {dialog === 'duplicate' && <DuplicateNetworkDialog network={network} onClose={() => setDialog(null)} onDuplicated={(n) => { setDialog(null); onDuplicated(n); }} />}
      {dialog === 'delete' && <DeleteNetworkDialog network={network} onClose={() => setDialog(null)} onDeleted={() => { setDialog(null); onDeleted(network.id); }} />}
      {dialog === 'survey' && <SurveyDialog graph={graph} onClose={() => setDialog(null)} onRead={onRetry} />}
      {dialog === 'import' && <ImportDialog into={network} onClose={() => setDialog(null)} onImported={() => { setDialog(null); onRetry(); }} />}
    </section>
  );
}
