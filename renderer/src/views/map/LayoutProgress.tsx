import type { LayoutStatus } from '../../hooks/useLayoutRunner';

export function LayoutProgress({ status, onCancel }: { status: NonNullable<LayoutStatus>; onCancel: () => void }) {
  const percent = status.progress === null ? null : Math.round(status.progress * 100);
  return (
    <div className="layout-progress" role="status" data-testid="layout-progress">
      <span>
        Arranging ({status.label})…{percent !== null && ` ${percent}%`}
      </span>
      {percent !== null ? <progress max={100} value={percent} aria-label="Layout progress" /> : <progress aria-label="Layout progress" />}
      <button type="button" className="button button--small" data-testid="cancel-layout" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
