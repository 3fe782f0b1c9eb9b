import type { StatusView } from '../../core/database/describeDatabaseStatus';

export function StatusBar({ view }: { view: StatusView }) {
  return (
    <footer className="status-bar" data-testid="status-bar" data-tone={view.tone}>
      <span className={`status-dot status-dot--${view.tone}`} aria-hidden="true" />
      {/* Only the text is live: the dot repeats it in colour for sighted users. */}
      <p className="status-bar__text" role="status">
        {view.text}
        {view.advice && <span className="status-bar__advice"> {view.advice}</span>}
      </p>
    </footer>
  );
}
