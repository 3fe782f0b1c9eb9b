// What the table does to its checked rows: tag the parties, simulate their withdrawal, delete
// everything checked (with the usual confirmation and undo).
import { useState } from 'react';
import type { NetworkGraph } from '../../../../shared/domain';
import { tagParties } from '../../core/editor/tagParties';
import type { Selection } from '../../core/selection/selection';
import type { Editor } from '../../hooks/useEditor';

type Props = {
  graph: NetworkGraph;
  selection: Selection;
  editor: Editor;
  onDelete: () => void;
  onSimulate: (partyIds: readonly string[]) => void;
};

export function TableActions({ graph, selection, editor, onDelete, onSimulate }: Props) {
  const [tag, setTag] = useState('');
  const [status, setStatus] = useState('');
  const count = selection.partyIds.length + selection.relationshipIds.length;
  if (count === 0) return <p className="network-table__hint" role="status">Tick rows to act on several at once.</p>;
  const parties = graph.parties.filter((party) => selection.partyIds.includes(party.id));
  const addTag = async () => {
    const change = tagParties(parties, tag, 'add');
    if (!change) return;
    const result = await editor.perform(change.label, change.operation);
    setStatus(result.ok ? `${change.label}: done.` : result.error.message);
    if (result.ok) setTag('');
  };
  return (
    <div className="network-table__actions" role="group" aria-label={`${count} selected`} data-testid="table-actions">
      <span className="network-table__count">{count} selected</span>
      {parties.length > 0 && (
        <form className="network-table__tag" onSubmit={(event) => { event.preventDefault(); void addTag(); }}>
          <label className="visually-hidden" htmlFor="table-tag">Tag for the checked parties</label>
          <input id="table-tag" type="text" className="select--small" placeholder="Tag…" value={tag} data-testid="table-tag" onChange={(event) => setTag(event.target.value)} />
          <button type="submit" className="button button--small" disabled={tag.trim() === ''} data-testid="table-tag-add">Add tag</button>
        </form>
      )}
      {parties.length > 0 && (
        <button type="button" className="button button--small" data-testid="table-simulate" onClick={() => onSimulate(selection.partyIds)}>
          Simulate withdrawal
        </button>
      )}
      <button type="button" className="button button--small button--danger" data-testid="table-delete" onClick={onDelete}>
        Delete…
      </button>
      <span className="visually-hidden" role="status">{status}</span>
    </div>
  );
}
