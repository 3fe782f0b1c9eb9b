// Where a person chooses the app's own local database or an existing Neo4j server. The new
// connection is checked before anything switches; a failure is explained next to the form
// and everything typed stays in place.
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { DatabaseStatus } from '../../../../shared/api';
import { draftFromStatus, draftToConfig } from '../../core/database/databaseSettingsDraft';
import type { DatabaseSettingsDraft } from '../../core/database/databaseSettingsDraft';
import { splitIssuesByField } from '../../core/errors/fieldIssues';
import { toApiError } from '../../core/errors/toApiError';
import { useDatabaseSettings } from '../../hooks/useDatabaseSettings';
import { Field } from '../forms/Field';
import '../../styles/database.css';

const FIELDS = ['url', 'user', 'password', 'database'] as const;
type FieldName = (typeof FIELDS)[number];

export function DatabaseSettingsDialog({
  status,
  onClose,
  onChanged,
}: {
  status: DatabaseStatus | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState<DatabaseSettingsDraft>(() => draftFromStatus(status));
  const [busy, setBusy] = useState(false);
  const { configure } = useDatabaseSettings();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const change = (patch: Partial<DatabaseSettingsDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    setFieldErrors({});
    try {
      await configure(draftToConfig(draft));
      onChanged();
      onClose();
    } catch (caught) {
      const error = toApiError(caught);
      const { fieldErrors: byField, otherIssues } = splitIssuesByField(error.issues, FIELDS);
      setFieldErrors(byField);
      setProblem(Object.keys(byField).length > 0 && otherIssues.length === 0 ? null : error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="database-dialog" aria-labelledby="database-dialog-title" onClose={onClose} data-testid="database-settings">
      <form onSubmit={(event) => void submit(event)}>
        <h2 id="database-dialog-title">Where Careweave keeps your networks</h2>
        <fieldset className="database-dialog__modes">
          <legend className="visually-hidden">Database</legend>
          <label className="database-dialog__mode">
            <input type="radio" name="mode" checked={draft.mode === 'local'} onChange={() => change({ mode: 'local' })} />
            <span>
              <strong>On this computer</strong> (recommended to start) — Careweave runs its own database; nothing to set up.
            </span>
          </label>
          <label className="database-dialog__mode">
            <input type="radio" name="mode" checked={draft.mode === 'server'} onChange={() => change({ mode: 'server' })} />
            <span>
              <strong>On a Neo4j server</strong> — your organisation's server, cluster or Neo4j Aura, shared with your team.
            </span>
          </label>
        </fieldset>

        {draft.mode === 'server' && (
          <div className="database-dialog__server">
            <Field label="Server address" required error={fieldErrors.url} hint="For example neo4j+s://abcd1234.databases.neo4j.io or bolt://server:7687">
              {(props) => <input {...props} value={draft.url} onChange={(event) => change({ url: event.target.value })} autoFocus />}
            </Field>
            <Field label="User name" required error={fieldErrors.user}>
              {(props) => <input {...props} value={draft.user} onChange={(event) => change({ user: event.target.value })} autoComplete="username" />}
            </Field>
            <Field label="Password" required error={fieldErrors.password}>
              {(props) => (
                <input {...props} type="password" value={draft.password} onChange={(event) => change({ password: event.target.value })} autoComplete="current-password" />
              )}
            </Field>
            <Field label="Database name" error={fieldErrors.database} hint="Leave empty to use the server's default database.">
              {(props) => <input {...props} value={draft.database} onChange={(event) => change({ database: event.target.value })} />}
            </Field>
          </div>
        )}

        {problem && (
          <p className="database-dialog__problem" role="alert" data-testid="database-settings-problem">
            {problem}
          </p>
        )}

        <div className="database-dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="database-settings-connect">
            {busy ? 'Connecting…' : draft.mode === 'local' ? 'Use this computer' : 'Check and connect'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
