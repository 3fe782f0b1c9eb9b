import { useState } from 'react';
import type { StatusView } from '../../core/database/describeDatabaseStatus';

type StatusBarProps = {
  view: StatusView;
  onOpenSettings?: () => void;
  /** Asks main to connect again now; resolves when it has answered. */
  onRetry?: () => Promise<void>;
};

export function StatusBar({ view, onOpenSettings, onRetry }: StatusBarProps) {
  const [retrying, setRetrying] = useState(false);
  return (
    <footer className="status-bar" data-testid="status-bar" data-tone={view.tone}>
      <span className={`status-dot status-dot--${view.tone}`} aria-hidden="true" />
      {/* Only the text is live: the dot repeats it in colour for sighted users. */}
      <p className="status-bar__text" role="status">
        {view.text}
        {view.advice && <span className="status-bar__advice"> {view.advice}</span>}
      </p>
      {onRetry && view.canRetry && (
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={retrying}
          data-testid="retry-database"
          onClick={() => {
            setRetrying(true);
            void onRetry().finally(() => setRetrying(false));
          }}
        >
          {retrying ? 'Trying…' : 'Try again'}
        </button>
      )}
      {onOpenSettings && (
        <button type="button" className="button button--quiet button--small status-bar__settings" onClick={onOpenSettings} data-testid="open-database-settings">
          Database settings…
        </button>
      )}
    </footer>
  );
}
