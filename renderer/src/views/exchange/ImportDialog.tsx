// Import from a file: choose it, see every problem or a preview of what changes, then import,
// with progress and Cancel throughout. Nothing is saved until the person chooses Import.
import { useEffect, useState } from 'react';
import type { NetworkSummary } from '../../../../shared/domain';
import { isBusy, plural, progressLabel } from '../../core/exchange/importProgress';
import { Dialog } from '../dialogs/Dialog';
import { ImportChooser } from './ImportChooser';
import { ImportPreview } from './ImportPreview';
import { ProblemList } from './ProblemList';
import { ProgressBar } from './ProgressBar';
import { useImportJob } from '../../hooks/useImportJob';
import './exchange.css';

type ImportDialogProps = {
  /** The network to import into; null creates a new network. */
  into: Pick<NetworkSummary, 'id' | 'name'> | null;
  onClose: () => void;
  onImported: (networkId: string) => void;
};

export function ImportDialog({ into, onClose, onImported }: ImportDialogProps) {
  const { state, sendFiles, chooseInMain, commit, cancel, restart, saveTemplate, choosesInMain } = useImportJob(into?.id ?? null);
  const [networkName, setNetworkName] = useState('');
  const job = state.step === 'job' ? state.job : null;
  const preview = job?.preview ?? null;

  useEffect(() => {
    if (preview?.newNetwork) setNetworkName(preview.networkName);
  }, [preview]);

  const busy = state.step === 'sending' || isBusy(job);
  const close = () => {
    // Closing mid-way cancels, so nothing is left running or half done.
    if (busy || job?.phase === 'ready') void cancel();
    onClose();
  };

  let body;
  if (state.step === 'choose') {
    body = (
      <ImportChooser
        intoName={into?.name ?? null}
        error={state.error}
        choosesInMain={choosesInMain}
        onFiles={(files, choices) => void sendFiles(files, choices)}
        onChooseInMain={(kind) => void chooseInMain(kind)}
        saveTemplate={saveTemplate}
      />
    );
  } else if (state.step === 'sending') {
    body = <ProgressBar label="Reading and sending the file…" share={state.share} onCancel={() => void cancel()} cancelling={state.cancelling} />;
  } else if (job && busy) {
    body = <ProgressBar label={progressLabel(job)} share={job.progress?.share ?? null} onCancel={() => void cancel()} cancelling={state.step === 'job' && state.cancelling} />;
  } else if (job?.phase === 'invalid') {
    body = (
      <>
        <ProblemList job={job} />
        <div className="dialog__actions">
          <button type="button" className="button button--primary" data-testid="import-again" onClick={restart}>
            Choose another file
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </>
    );
  } else if (job?.phase === 'ready' && preview) {
    const nameMissing = preview.newNetwork && networkName.trim() === '';
    body = (
      <>
        <ImportPreview job={job} preview={preview} networkName={networkName} onNetworkName={setNetworkName} />
        <div className="dialog__actions">
          <button type="button" className="button button--primary" data-testid="import-commit" disabled={nameMissing} onClick={() => void commit(preview.newNetwork ? networkName.trim() : undefined)}>
            Import
          </button>
          <button type="button" className="button" data-testid="import-cancel" onClick={() => void cancel().then(onClose)}>
            Cancel
          </button>
        </div>
      </>
    );
  } else if (job?.phase === 'done' && job.result) {
    const result = job.result;
    const counts = job.preview;
    body = (
      <div className="dialog__form" data-testid="import-done" role="status">
        <p>
          <strong>Imported.</strong>{' '}
          {counts
            ? `${plural(counts.parties.added, 'party', 'parties')} and ${plural(counts.relationships.added, 'relationship')} added, ${plural(counts.parties.changed + counts.relationships.changed, 'item')} changed in “${result.networkName}”.`
            : `“${result.networkName}” is ready.`}
        </p>
        <div className="dialog__actions">
          <button type="button" className="button button--primary" data-testid="import-open" onClick={() => onImported(result.networkId)}>
            {into ? 'Show the map' : 'Open the network'}
          </button>
        </div>
      </div>
    );
  } else {
    body = (
      <div className="dialog__form" data-testid="import-ended">
        <p role="alert">{job?.message ?? 'The import stopped. Nothing was changed.'}</p>
        <div className="dialog__actions">
          <button type="button" className="button button--primary" onClick={restart}>
            Start again
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    );
  }

  return (
    <Dialog title={into ? `Import into “${into.name}”` : 'Import a network'} onClose={close} testId="import-dialog" wide>
      {body}
    </Dialog>
  );
}
