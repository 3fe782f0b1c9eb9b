// The care log in the side panel (issue 12): log a touchpoint — a meeting, a call, feedback, a
// survey, an escalation, an agreement signed — with a note and the staff member who owns the
// relationship; the entries below, newest first, found by any word.
import './history.css';
import { useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { TOUCHPOINT_KINDS, TOUCHPOINT_LABELS } from '../../../../shared/domain';
import type { NetworkGraph, TouchpointKind } from '../../../../shared/domain';
import { sayDay, todayDay } from '../../../../shared/timeline';
import { careLogRows, searchCareLog } from '../../core/history/careLogView';
import type { CareLogScope } from '../../core/history/careLogView';
import type { NetworkHistory } from '../../hooks/useNetworkHistory';
import { Field } from '../forms/Field';
import { FormEnd } from './historyFormParts';

type Props = { scope: CareLogScope; graph: NetworkGraph; history: NetworkHistory };

// A long log shows its latest entries first; the rest on request.
const SHOWN = 20;

export function CareLogSection({ scope, graph, history }: Props) {
  const [query, setQuery] = useState('');
  const [adding, setAdding] = useState(false);
  const [more, setMore] = useState(false);
  const rows = useMemo(() => careLogRows(history.careLog, scope, graph), [history.careLog, scope, graph]);
  const found = useMemo(() => searchCareLog(rows, query), [rows, query]);
  const shown = more ? found : found.slice(0, SHOWN);

  return (
    <section className="inspector__subsection history-section" aria-labelledby="care-log-title" data-testid="care-log">
      <div className="inspector__subheader">
        <h3 id="care-log-title">Care log</h3>
        {scope.kind !== 'network' && !adding && (
          <button type="button" className="button button--small" data-testid="care-log-add" onClick={() => setAdding(true)}>
            Log a touchpoint
          </button>
        )}
      </div>
      {history.loadError && <p className="field__error" role="alert">{history.loadError}</p>}
      {adding && scope.kind !== 'network' && <TouchpointForm subject={scope} history={history} onDone={() => setAdding(false)} />}
      {rows.length > 0 && (
        <input type="search" className="history-search" placeholder="Search the care log" aria-label="Search the care log" value={query} onChange={(event) => setQuery(event.target.value)} data-testid="care-log-search" />
      )}
      {rows.length === 0 ? (
        <p className="history-muted">No touchpoints logged yet{scope.kind === 'network' ? ' in this network' : ''}.</p>
      ) : found.length === 0 ? (
        <p className="history-muted">No touchpoint matches “{query}”.</p>
      ) : (
        <ol className="history-list" data-testid="care-log-entries">
          {shown.map(({ entry, about, kindLabel }) => (
            <li key={entry.id} className={`history-item history-item--${entry.kind}`} data-testid="care-log-entry">
              <div className="history-item__head">
                <strong>{sayDay(entry.on)}</strong>
                <span>{kindLabel}</span>
                {entry.owner && <span className="history-muted">· {entry.owner}</span>}
                {(scope.kind === 'network' || entry.subject.kind !== scope.kind) && <span className="history-muted">· {about}</span>}
                <button type="button" className="link-button history-item__delete" aria-label={`Delete the ${kindLabel.toLowerCase()} of ${sayDay(entry.on)}`} onClick={() => void history.deleteEntry(entry)}>
                  delete
                </button>
              </div>
              {entry.note && <p className="history-item__note">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {!more && found.length > SHOWN && (
        <button type="button" className="button button--small" onClick={() => setMore(true)}>
          Show all {found.length}
        </button>
      )}
    </section>
  );
}

function TouchpointForm({ subject, history, onDone }: { subject: Exclude<CareLogScope, { kind: 'network' }>; history: NetworkHistory; onDone: () => void }) {
  const [on, setOn] = useState(todayDay());
  const [kind, setKind] = useState<TouchpointKind>('meeting');
  const [note, setNote] = useState('');
  const [owner, setOwner] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const problem = await history.addEntry(subject, { on, kind, note, owner });
    setSaving(false);
    if (problem) setError(problem.message);
    else onDone();
  };

  return (
    <form className="history-form" onSubmit={(event) => void save(event)} data-testid="touchpoint-form">
      <div className="field-row">
        <Field label="Date">{(aria) => <input {...aria} type="date" required value={on} onChange={(e) => setOn(e.target.value)} data-testid="touchpoint-date" />}</Field>
        <Field label="Touchpoint">
          {(aria) => (
            <select {...aria} value={kind} onChange={(e) => setKind(e.target.value as TouchpointKind)} data-testid="touchpoint-kind">
              {TOUCHPOINT_KINDS.map((value) => (
                <option key={value} value={value}>
                  {TOUCHPOINT_LABELS[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label="Note">{(aria) => <textarea {...aria} rows={2} value={note} onChange={(e) => setNote(e.target.value)} data-testid="touchpoint-note" />}</Field>
      <Field label="Owner (staff member)">{(aria) => <input {...aria} type="text" value={owner} onChange={(e) => setOwner(e.target.value)} placeholder="who owns this relationship" data-testid="touchpoint-owner" />}</Field>
      <FormEnd error={error} submit={saving ? 'Saving…' : 'Log it'} disabled={saving} testId="touchpoint-save" onCancel={onDone} />
    </form>
  );
}
