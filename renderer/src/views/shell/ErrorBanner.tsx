import type { ApiError } from '../../../../shared/api';

export function ErrorBanner({ error, onDismiss }: { error: ApiError; onDismiss: () => void }) {
  return (
    <div className="error-banner" role="alert" data-testid="error-banner" data-code={error.code}>
      <p className="error-banner__message">{error.message}</p>
      <button type="button" className="button button--quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
