// One warning: what it says, a button that shows its parties and relationships on the map, and
// dismissing it with a note (kept in the database, so it stays dismissed).
import { useState } from 'react';
import type { NetworkWarning } from '../../../../shared/insight';
import { DISMISSAL_NOTE_MAX_LENGTH } from '../../../../shared/domain';

type Props = {
  warning: NetworkWarning;
  onShow: (warning: NetworkWarning) => void;
  onDismiss: (warning: NetworkWarning, note: string) => Promise<string | null>;
};

export function WarningItem({ warning, onShow, onDismiss }: Props) {
  const [dismissing, setDismissing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const failed = await onDismiss(warning, note);
    setBusy(false);
    if (failed) setError(failed);
  };
  return (
    <li className="insight-warning" data-testid="insight-warning" data-warning-key={warning.key} data-kind={warning.kind}>
      <p>{warning.message}</p>
      <div className="insight-warning__actions">
        <button type="button" className="link-button" onClick={() => onShow(warning)} data-testid="warning-show">
          Show on map
        </button>
        {!dismissing && (
          <button type="button" className="link-button" onClick={() => setDismissing(true)} data-testid="warning-dismiss">
            Dismiss…
          </button>
        )}
      </div>
      {dismissing && (
        <form
          className="insight-warning__dismiss"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label>
            Why is this all right? (kept with the dismissal)
            <textarea value={note} maxLength={DISMISSAL_NOTE_MAX_LENGTH} rows={2} onChange={(event) => setNote(event.target.value)} data-testid="dismiss-note" />
          </label>
          <div className="insight-warning__actions">
            <button type="submit" className="button button--small button--primary" disabled={busy} data-testid="dismiss-confirm">
              Dismiss warning
            </button>
            <button type="button" className="button button--small" onClick={() => setDismissing(false)}>
              Cancel
            </button>
          </div>
          {error && <p className="sim-error" role="alert">{error}</p>}
        </form>
      )}
    </li>
  );
}
