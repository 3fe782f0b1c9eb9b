import type { ApiError, DatabaseStatus } from '../../../../shared/api';
import type { Network } from '../../../../shared/domain';
import type { NetworkListState } from '../../core/networks/networkList';
import { NetworkList } from './NetworkList';
import { NewNetworkForm } from './NewNetworkForm';

type NetworkSidebarProps = {
  /** Folded away by the person (kept mounted, so a half-typed new network survives). */
  hidden: boolean;
  list: NetworkListState;
  databaseState: DatabaseStatus['state'] | null;
  openNetworkId: string | null;
  formOpen: boolean;
  formFocusRequest: number;
  // On first start the welcome panel offers "Create a network", so the sidebar does not repeat it.
  showNewButton: boolean;
  loadingSample: boolean;
  onLoadSample: () => void;
  /** Opens the import dialog for a new network. */
  onImport?: () => void;
  onOpen: (networkId: string) => void;
  onRetry: () => void;
  onShowForm: () => void;
  onHideForm: () => void;
  onCreated: (network: Network) => void;
  onError: (error: ApiError) => void;
  /** Room below the list for what the open network adds (its saved views). */
  networkSlot?: (element: HTMLDivElement | null) => void;
};

export function NetworkSidebar(props: NetworkSidebarProps) {
  return (
    <aside id="network-sidebar" className="sidebar" aria-label="Networks" hidden={props.hidden}>
      <div className="sidebar__header">
        <h2 className="sidebar__title">Networks</h2>
        {props.showNewButton && !props.formOpen && (
          <button type="button" className="button button--small" data-testid="create-network" onClick={props.onShowForm}>
            New network
          </button>
        )}
      </div>
      {props.formOpen && (
        <NewNetworkForm
          focusRequest={props.formFocusRequest}
          onCreated={props.onCreated}
          onCancel={props.onHideForm}
          onError={props.onError}
        />
      )}
      <NetworkList
        list={props.list}
        databaseState={props.databaseState}
        openNetworkId={props.openNetworkId}
        onOpen={props.onOpen}
        onRetry={props.onRetry}
      />
      <div ref={props.networkSlot} className="sidebar__network" />
      {/* After the first start the welcome panel is gone; the sample stays one click away. */}
      {props.showNewButton && (
        <div className="sidebar__footer">
          <button type="button" className="button button--small button--quiet" data-testid="sidebar-load-sample" disabled={props.loadingSample} onClick={props.onLoadSample}>
            {props.loadingSample ? 'Loading the sample…' : 'Load the sample network'}
          </button>
          {props.onImport && (
            <button type="button" className="button button--small button--quiet" data-testid="sidebar-import" onClick={props.onImport}>
              Import a network…
            </button>
          )}
        </div>
      )}
    </aside>
  );
}
