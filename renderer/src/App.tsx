// The first screen: network list and new-network form on the left, the open network drawn in
// the middle, database status at the bottom, and one banner for anything that went wrong.
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../shared/api';
import { api } from './api/client';
import type { Network } from '../../shared/domain';
import { describeDatabaseStatus } from './core/database/describeDatabaseStatus';
import { toApiError } from './core/errors/toApiError';
import { isFirstStart } from './core/networks/networkList';
import { isNameTaken } from './core/networks/uniqueName';
import { withOpenCounts } from './core/networks/openCounts';
import { useDatabaseStatus } from './hooks/useDatabaseStatus';
import { useNetworkActions } from './hooks/useNetworkActions';
import { useNetworkList } from './hooks/useNetworkList';
import { useOpenNetwork } from './hooks/useOpenNetwork';
import { useRememberedFlag } from './hooks/useRememberedFlag';
import { NetworkView } from './views/networks/NetworkView';
import { ChooseNetworkHint } from './views/networks/ChooseNetworkHint';
import { NetworkSidebar } from './views/networks/NetworkSidebar';
import { SampleCopyDialog } from './views/networks/SampleCopyDialog';
import { WelcomePanel } from './views/networks/WelcomePanel';
import { AppHeader } from './views/shell/AppHeader';
import { ErrorBanner } from './views/shell/ErrorBanner';
import { PanelHandle } from './views/shell/PanelHandle';
import { Spinner } from './views/shell/Spinner';
import { StatusBar } from './views/shell/StatusBar';
import { DatabaseSettingsDialog } from './views/database/DatabaseSettingsDialog';
import { ImportDialog } from './views/exchange/ImportDialog';

export function App() {
  const [bannerError, setBannerError] = useState<ApiError | null>(null);
  const showError = useCallback((error: ApiError) => setBannerError(error), []);

  const database = useDatabaseStatus();
  const databaseState = database.status?.state ?? null;
  const { list, reload } = useNetworkList(databaseState, showError);
  const { openNetwork, open, patch, renamed, close } = useOpenNetwork(showError);
  const networkActions = useNetworkActions();
  // The map editor's network actions: a rename or a copy shows in the list at once; a deleted
  // network closes.
  const onNetworkRenamed = (network: Network) => {
    renamed(network);
    void reload();
  };
  const onNetworkDuplicated = (network: Network) => {
    void open(network.id);
    void reload();
  };
  const onNetworkDeleted = (networkId: string) => {
    close(networkId);
    void reload();
  };

  // The network list can fold away so the map has the window; the choice is remembered.
  const [sidebarHidden, setSidebarHidden] = useRememberedFlag('careweave.sidebar.hidden');
  const [formOpen, setFormOpen] = useState(false);
  const [formFocusRequest, setFormFocusRequest] = useState(0);
  const [loadingSample, setLoadingSample] = useState(false);
  const [databaseSettingsOpen, setDatabaseSettingsOpen] = useState(false);
  // Importing a file as a new network (issue 5); importing into the open network is in its header.
  const [importOpen, setImportOpen] = useState(false);
  // The open network's saved views live in the sidebar, drawn by the network's own workspace.
  const [sidebarSlot, setSidebarSlot] = useState<HTMLDivElement | null>(null);
  const onImported = (networkId: string) => {
    setImportOpen(false);
    void open(networkId);
    void reload();
  };

  const { refresh: refreshDatabaseStatus } = database;
  useEffect(() => {
    // The list answered, so the database is up: do not leave the status bar saying otherwise
    // until the next poll.
    if (list.phase === 'ready' && databaseState !== null && databaseState !== 'connected') refreshDatabaseStatus();
  }, [list.phase, databaseState, refreshDatabaseStatus]);

  const showForm = () => {
    setFormOpen(true);
    setFormFocusRequest((count) => count + 1);
  };

  const onCreated = (network: Network) => {
    setFormOpen(false);
    void open(network.id);
    void reload();
  };

  // Loading the sample when a network of its name exists asks for another name first.
  const [sampleCopy, setSampleCopy] = useState<{ name: string; failure: string | null } | null>(null);
  const networkNames = (list.networks ?? []).map((network) => network.name);
  const loadSample = async (name?: string) => {
    setLoadingSample(true);
    try {
      if (name === undefined) {
        const sampleName = await networkActions.sampleName();
        if (isNameTaken(sampleName, networkNames)) {
          setSampleCopy({ name: sampleName, failure: null });
          return;
        }
      }
      const network = await networkActions.loadSample(name);
      setSampleCopy(null);
      void open(network.id);
      void reload();
    } catch (error) {
      if (name === undefined) showError(toApiError(error));
      else setSampleCopy((current) => current && { ...current, failure: toApiError(error).message });
    } finally {
      setLoadingSample(false);
    }
  };

  const firstStart = isFirstStart(list);
  const requestedName =
    list.networks?.find((network) => network.id === openNetwork.requestedId)?.name ?? 'the network';

  let main;
  if (openNetwork.phase !== 'idle') {
    main = (
      <NetworkView
        state={openNetwork}
        requestedName={requestedName}
        onRetry={() => openNetwork.requestedId && void open(openNetwork.requestedId)}
        onPatch={patch}
        onError={showError}
        onRenamed={onNetworkRenamed}
        onDuplicated={onNetworkDuplicated}
        onDeleted={onNetworkDeleted}
        sidebarSlot={sidebarSlot}
      />
    );
  } else if (firstStart) {
    main = <WelcomePanel loadingSample={loadingSample} onLoadSample={() => void loadSample()} onCreate={showForm} onImport={() => setImportOpen(true)} />;
  } else if (list.networks && list.networks.length > 0) {
    main = <ChooseNetworkHint />;
  } else if (list.phase === 'failed') {
    main = (
      <section className="placeholder-panel">
        <p>Your networks could not be loaded. Use “Try again” on the left.</p>
      </section>
    );
  } else {
    main = (
      <section className="placeholder-panel" aria-busy="true">
        <p>
          <Spinner label="Loading" /> Getting your networks ready…
        </p>
      </section>
    );
  }

  return (
    <div className="app">
      <AppHeader />
      {bannerError && <ErrorBanner error={bannerError} onDismiss={() => setBannerError(null)} />}
      <div className="app__body">
        <NetworkSidebar
          hidden={sidebarHidden}
          list={withOpenCounts(list, openNetwork.graph)}
          databaseState={databaseState}
          openNetworkId={openNetwork.requestedId}
          formOpen={formOpen}
          formFocusRequest={formFocusRequest}
          showNewButton={list.networks !== null && !firstStart}
          loadingSample={loadingSample}
          onLoadSample={() => void loadSample()}
          onImport={() => setImportOpen(true)}
          onOpen={(networkId) => {
            void open(networkId);
            // The list's counts come from its last load; the network just left may have changed since.
            void reload();
          }}
          onRetry={() => void reload()}
          onShowForm={showForm}
          onHideForm={() => setFormOpen(false)}
          onCreated={onCreated}
          onError={showError}
          networkSlot={setSidebarSlot}
        />
        <PanelHandle side="start" hidden={sidebarHidden} what="the list of networks" controls="network-sidebar" testId="toggle-sidebar" onToggle={() => setSidebarHidden(!sidebarHidden)} />
        <main className="app__main">{main}</main>
      </div>
      <StatusBar
        view={describeDatabaseStatus(database.status, database.failure)}
        onOpenSettings={() => setDatabaseSettingsOpen(true)}
        onRetry={() => api.retryDatabase({}).then(database.refresh, database.refresh)}
      />
      {importOpen && <ImportDialog into={null} networkNames={networkNames} onClose={() => setImportOpen(false)} onImported={onImported} />}
      {sampleCopy && (
        <SampleCopyDialog sampleName={sampleCopy.name} taken={networkNames} pending={loadingSample} failure={sampleCopy.failure}
          onLoad={(name) => void loadSample(name)} onClose={() => setSampleCopy(null)} />
      )}
      {databaseSettingsOpen && (
        <DatabaseSettingsDialog
          status={database.status}
          onClose={() => setDatabaseSettingsOpen(false)}
          onChanged={() => {
            database.refresh();
            void reload();
          }}
        />
      )}
    </div>
  );
}
