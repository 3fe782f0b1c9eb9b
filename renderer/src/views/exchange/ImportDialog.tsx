// Import from a file: choose it, see every problem or a preview of what changes, then import,
// with progress and Cancel throughout. Nothing is saved until the person chooses Import.
import { useEffect, useState } from 'react';
import type { NetworkSummary } from '../../../../shared/domain';
import { isBusy, plural, progressLabel } from '../../core/exchange/importProgress';
import { nextFreeName } from '../../core/networks/uniqueName';
import { Dialog } from '../dialogs/Dialog';
import { ChooseFileButton } from './ChooseFileButton';
import { ImportChooser } from './ImportChooser';
import { ImportPreview } from './ImportPreview';
import { ProblemList } from './ProblemList';
import { ProgressBar } from './ProgressBar';
import { NameTakenNote } from '../networks/NameTakenNote';
import { useImportJob } from '../../hooks/useImportJob';
import type { ImportChoices } from '../../hooks/useImportJob';
import './exchange.css';

type ImportDialogProps = {
  /** The network to import into; null creates a new network. */
  into: Pick<NetworkSummary, 'id' | 'name'> | null;
  /** The names already in the list: a new network is offered a name of its own. */
  networkNames?: readonly string[];
  onClose: () => void;
  onImported: (networkId: string) => void;
};

export function ImportDialog({ into, networkNames = [], onClose, onImported }: ImportDialogProps) {
  const { state, sendFiles, chooseInMain, commit, cancel, restart, saveTemplate, choosesInMain } = useImportJob(into?.id ?? null);
  const [networkName, setNetworkName] = useState('');
  // The choices the last file was read with, for "Choose another file" to read the next one with.
  const [lastChoices, setLastChoices] = useState<ImportChoices>({ defaultKind: 'RELIES_ON', dateOrder: null });
  const choose = (files: File[], choices: ImportChoices) => {
    setLastChoices(choices);
    void sendFiles(files, choices);
  };
  const chooseWithMain = (choices: ImportChoices) => {
    setLastChoices(choices);
    void chooseInMain(choices);
  };
  const job = state.step === 'job' ? state.job : null;
  const preview = job?.preview ?? null;

  useEffect(() => {
    if (preview?.newNetwork) setNetworkName(nextFreeName(preview.networkName, networkNames));
    // The list's names when the preview arrives are what the suggestion avoids; later changes do not re-suggest.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
        onFiles={choose}
        onChooseInMain={chooseWithMain}
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
          <ChooseFileButton label="Choose another file…" testId="import-again" inputTestId="import-again-input" choosesInMain={choosesInMain}
            onFiles={(files) => choose(files, lastChoices)} onChooseInMain={() => chooseWithMain(lastChoices)} />
          <button type="button" className="button" onClick={restart}>
            Other import options
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
        {preview.newNetwork && <NameTakenNote name={networkName} taken={networkNames} onUse={setNetworkName} cameAs={preview.networkName} />}
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
