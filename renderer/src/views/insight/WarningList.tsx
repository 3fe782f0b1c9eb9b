// The warnings a leader can act on, kind by kind, then the ones dismissed with their notes (each
// can be brought back). A long kind shows its first few until asked for all.
import { useState } from 'react';
import { WARNING_KINDS } from '../../../../shared/domain';
import type { WarningDismissal, WarningKind } from '../../../../shared/domain';
import { WARNING_RULES } from '../../../../shared/insight';
import type { NetworkWarning } from '../../../../shared/insight';
import { WarningItem } from './WarningItem';

const FIRST_SHOWN = 8;

type Props = {
  active: readonly NetworkWarning[];
  dismissals: readonly WarningDismissal[];
  openKind: WarningKind | null;
  onShow: (warning: NetworkWarning) => void;
  onDismiss: (warning: NetworkWarning, note: string) => Promise<string | null>;
  onRestore: (key: string) => Promise<string | null>;
};

export function WarningList({ active, dismissals, openKind, onShow, onDismiss, onRestore }: Props) {
  const [expanded, setExpanded] = useState<ReadonlySet<WarningKind>>(new Set());
  const [restoreError, setRestoreError] = useState<string | null>(null);
  return (
    <section className="insight-warnings" aria-labelledby="insight-warnings-title" data-testid="insight-warnings">
      <h3 id="insight-warnings-title">Warnings ({active.length})</h3>
      {active.length === 0 && <p className="sim-muted">Nothing to warn about at these thresholds.</p>}
      {WARNING_KINDS.map((kind) => {
        const ofKind = active.filter((warning) => warning.kind === kind);
        if (ofKind.length === 0) return null;
        const all = expanded.has(kind) || ofKind.length <= FIRST_SHOWN;
        return (
          <details key={kind} className="insight-warnings__kind" open={openKind === kind || undefined} data-testid={`warnings-${kind}`}>
            <summary>
              {WARNING_RULES[kind].label} <span className="insight-count">{ofKind.length}</span>
            </summary>
            <p className="sim-muted">{WARNING_RULES[kind].explains}</p>
            <ul>
              {(all ? ofKind : ofKind.slice(0, FIRST_SHOWN)).map((warning) => (
                <WarningItem key={warning.key} warning={warning} onShow={onShow} onDismiss={onDismiss} />
              ))}
            </ul>
            {!all && (
              <button type="button" className="link-button" onClick={() => setExpanded((set) => new Set(set).add(kind))}>
                Show all {ofKind.length}
              </button>
            )}
          </details>
        );
      })}
      {dismissals.length > 0 && (
        <details className="insight-warnings__kind" data-testid="warnings-dismissed">
          <summary>
            Dismissed <span className="insight-count">{dismissals.length}</span>
          </summary>
          <ul>
            {dismissals.map((dismissal) => (
              <li key={dismissal.key} className="insight-warning insight-warning--dismissed" data-testid="dismissed-warning" data-warning-key={dismissal.key}>
                <p>{dismissal.message}</p>
                <p className="sim-muted">
                  Dismissed {dismissal.dismissedAt.slice(0, 10)}
                  {dismissal.note ? `: “${dismissal.note}”` : ' without a note'}
                </p>
                <button type="button" className="link-button" onClick={async () => setRestoreError(await onRestore(dismissal.key))} data-testid="warning-restore">
                  Bring back
                </button>
              </li>
            ))}
          </ul>
          {restoreError && <p className="sim-error" role="alert">{restoreError}</p>}
        </details>
      )}
    </section>
  );
}
