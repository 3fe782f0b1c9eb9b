import type { StatusView } from '../../core/database/describeDatabaseStatus';

export function StatusBar({ view, onOpenSettings }: { view: StatusView; onOpenSettings?: () => void }) {
  return (
    <footer className="status-bar" data-testid="status-bar" data-tone={view.tone}>
      <span className={`status-dot status-dot--${view.tone}`} aria-hidden="true" />
      {/* Only the text is live: the dot repeats it in colour for sighted users. */}
      <p className="status-bar__text" role="status">
        {view.text}
        {view.advice && <span className="status-bar__advice"> {view.advice}</span>}
      </p>
      {onOpenSettings && (
        <button type="button" className="button button--quiet button--small status-bar__settings" onClick={onOpenSettings} data-testid="open-database-settings">
          Database settings…
        </button>
      )}
    </footer>
  );
}
