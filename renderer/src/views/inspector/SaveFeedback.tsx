// What happened to the last save, next to the form: saving, saved, or why it failed and what to
// do. A conflict offers to reload the map while keeping what was typed.
import type { ApiError } from '../../../../shared/api';

export type SaveState = { phase: 'idle' } | { phase: 'saving' } | { phase: 'saved' } | { phase: 'failed'; error: ApiError };

/** Someone else saved first: a reload brings their version to set beside the typing. */
export function isConflict(state: SaveState): boolean {
  return state.phase === 'failed' && state.error.code === 'conflict';
}

export function SaveFeedback({ state, onReload }: { state: SaveState; onReload: () => void }) {
  if (state.phase === 'idle') return <p className="save-feedback" aria-live="polite" />;
  if (state.phase === 'saving') return <p className="save-feedback" aria-live="polite">Saving…</p>;
  if (state.phase === 'saved') return <p className="save-feedback save-feedback--ok" aria-live="polite">Saved</p>;
  const conflict = isConflict(state) || state.error.code === 'not_found';
  return (
    <div className="save-feedback save-feedback--failed" role="alert" data-testid="save-error">
      <p>
        Not saved: {state.error.message}
        {isConflict(state) ? ' What you typed is kept here; after the reload you see their saved values next to yours and choose.' : conflict && ' What you typed is kept here.'}
      </p>
      {conflict && (
        <button type="button" className="button button--small" data-testid="reload-after-conflict" onClick={onReload}>
          {isConflict(state) ? 'Reload the map and compare' : 'Reload the map (keeps your typing)'}
        </button>
      )}
    </div>
  );
}
