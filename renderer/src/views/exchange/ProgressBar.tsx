// A labelled progress bar with Cancel, for the long steps of an import or export.
type ProgressBarProps = {
  label: string;
  /** 0–1, or null while the share is not known yet. */
  share: number | null;
  onCancel?: () => void;
  cancelling?: boolean;
};

export function ProgressBar({ label, share, onCancel, cancelling }: ProgressBarProps) {
  const percent = share === null ? null : Math.round(share * 100);
  return (
    <div className="exchange-progress" data-testid="exchange-progress">
      <div className="exchange-progress__row">
        <span className="exchange-progress__label" aria-live="polite">
          {cancelling ? 'Cancelling… nothing will be changed.' : label}
        </span>
        {percent !== null && <span className="exchange-progress__percent">{percent}%</span>}
      </div>
      <progress className="exchange-progress__bar" max={100} value={percent ?? undefined} aria-label={label} />
      {onCancel && (
        <div className="dialog__actions">
          <button type="button" className="button button--small" data-testid="exchange-cancel" disabled={cancelling} onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </div>
  );
}
