// Pieces both history forms use (issue 12): a 1–5 score choice with its empty option, and the
// form's error, submit and Cancel.
import type { ReactNode } from 'react';

export function ScoreChoice({ value, empty, onChange, testId, ...aria }: { value: string; empty: string; onChange: (value: string) => void; testId: string; id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined }) {
  return (
    <select {...aria} value={value} onChange={(event) => onChange(event.target.value)} data-testid={testId}>
      <option value="">{empty}</option>
      {[1, 2, 3, 4, 5].map((score) => (
        <option key={score} value={String(score)}>
          {score}
        </option>
      ))}
    </select>
  );
}

export function FormEnd({ error, submit, disabled = false, testId, onCancel }: { error: string | null; submit: ReactNode; disabled?: boolean; testId: string; onCancel: () => void }) {
  return (
    <>
      {error && <p className="field__error" role="alert">{error}</p>}
      <div className="inspector__actions">
        <button type="submit" className="button button--small button--primary" disabled={disabled} data-testid={testId}>
          {submit}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
