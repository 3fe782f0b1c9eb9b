// Says what Careweave found when it read data that another program wrote into the database:
// elements it gave an id and version, and stored values it could not understand (shown as
// defaults until someone edits them). Stays until dismissed, and comes back on the next open
// for what is still there.
import { useState } from 'react';

export function StoredDataNotice({ notes }: { notes: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (notes.length === 0 || dismissed) return null;
  return (
    <div className="stored-data-notice" role="status" data-testid="stored-data-notice">
      <div className="stored-data-notice__text">
        <p className="stored-data-notice__title">Some of this network was written into the database by another program.</p>
        <ul>
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="button button--small button--quiet" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </div>
  );
}
