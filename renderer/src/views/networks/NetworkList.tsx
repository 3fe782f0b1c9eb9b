import type { DatabaseStatus } from '../../../../shared/api';
import type { NetworkSummary } from '../../../../shared/domain';
import { formatNetworkCounts } from '../../core/networks/networkList';
import type { NetworkListState } from '../../core/networks/networkList';
import { Spinner } from '../shell/Spinner';

type NetworkListProps = {
  list: NetworkListState;
  databaseState: DatabaseStatus['state'] | null;
  openNetworkId: string | null;
  onOpen: (networkId: string) => void;
  onRetry: () => void;
};

function ListSkeleton({ message }: { message: string }) {
  return (
    <div className="network-list__waiting">
      <p className="network-list__note">
        <Spinner label="Loading" /> {message}
      </p>
      <ul className="network-list__skeleton" aria-hidden="true">
        <li />
        <li />
        <li />
      </ul>
    </div>
  );
}

function waitingMessage(databaseState: DatabaseStatus['state'] | null): string {
  if (databaseState === 'unavailable' || databaseState === 'error') {
    return 'Your networks will appear here once the database is available (see the bottom of the window).';
  }
  return 'Waiting for the database to start. Your networks will appear here in a moment.';
}

function NetworkItem({ network, isOpen, onOpen }: { network: NetworkSummary; isOpen: boolean; onOpen: () => void }) {
  return (
    <li>
      <button
        type="button"
        className="network-item"
        data-testid="network-item"
        data-network-id={network.id}
        aria-current={isOpen ? 'true' : undefined}
        onClick={onOpen}
      >
        <span className="network-item__name">{network.name}</span>
        {network.description && <span className="network-item__description">{network.description}</span>}
        <span className="network-item__counts">{formatNetworkCounts(network)}</span>
      </button>
    </li>
  );
}

export function NetworkList({ list, databaseState, openNetworkId, onOpen, onRetry }: NetworkListProps) {
  const { networks } = list;
  let body;
  if (networks === null && list.phase === 'failed') {
    body = (
      <div className="network-list__note">
        <p>Your networks could not be loaded.</p>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  } else if (networks === null) {
    body = (
      <ListSkeleton
        message={list.phase === 'waiting-for-database' ? waitingMessage(databaseState) : 'Loading your networks…'}
      />
    );
  } else if (networks.length === 0) {
    body = <p className="network-list__note">No networks yet.</p>;
  } else {
    body = (
      <ul className="network-list__items">
        {networks.map((network) => (
          <NetworkItem
            key={network.id}
            network={network}
            isOpen={network.id === openNetworkId}
            onOpen={() => onOpen(network.id)}
          />
        ))}
      </ul>
    );
  }

  return (
    <nav
      className="network-list"
      aria-label="Networks"
      aria-busy={list.phase === 'loading' || list.phase === 'waiting-for-database'}
      data-testid="network-list"
      data-state={list.phase}
    >
      {body}
    </nav>
  );
}
