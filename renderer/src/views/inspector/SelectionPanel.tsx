// Several elements selected: how many, and what can be done to all of them at once (tag the
// parties, delete everything selected).
import { useState } from 'react';
import type { NetworkGraph } from '../../../../shared/domain';
import { tagParties } from '../../core/editor/tagParties';
import type { Selection } from '../../core/selection/selection';
import type { Editor } from '../../hooks/useEditor';
import { SaveFeedback } from './SaveFeedback';
import type { SaveState } from './SaveFeedback';

type Props = { selection: Selection; graph: NetworkGraph; editor: Editor; onDelete: () => void; onReload: () => void };

export function SelectionPanel({ selection, graph, editor, onDelete, onReload }: Props) {
  const [tag, setTag] = useState('');
  const [save, setSave] = useState<SaveState>({ phase: 'idle' });
  const parties = graph.parties.filter((party) => selection.partyIds.includes(party.id));

  const applyTag = async (mode: 'add' | 'remove') => {
    if (tag.trim() === '' || parties.length === 0) return;
    const change = tagParties(parties, tag, mode);
    if (!change) {
      setSave({ phase: 'saved' });
      return;
    }
    setSave({ phase: 'saving' });
    const result = await editor.perform(change.label, change.operation);
    setSave(result.ok ? { phase: 'saved' } : { phase: 'failed', error: result.error });
    if (result.ok) setTag('');
  };

  return (
    <section className="inspector__section" aria-labelledby="selection-title" data-testid="selection-panel">
      <h2 id="selection-title" className="inspector__title">
        {selection.partyIds.length} {selection.partyIds.length === 1 ? 'party' : 'parties'}, {selection.relationshipIds.length}{' '}
        {selection.relationshipIds.length === 1 ? 'relationship' : 'relationships'} selected
      </h2>
      {parties.length > 0 && (
        <form className="inspector__form" noValidate onSubmit={(event) => { event.preventDefault(); void applyTag('add'); }}>
          <div className="field">
            <label htmlFor="bulk-tag">Tag for the selected parties</label>
            <input id="bulk-tag" type="text" value={tag} data-testid="bulk-tag" placeholder="e.g. board report" onChange={(e) => setTag(e.target.value)} />
          </div>
          <div className="inspector__actions">
            <button type="submit" className="button button--small button--primary" data-testid="bulk-tag-add" disabled={tag.trim() === ''}>
              Add tag
            </button>
            <button type="button" className="button button--small" disabled={tag.trim() === ''} onClick={() => void applyTag('remove')}>
              Remove tag
            </button>
          </div>
          <SaveFeedback state={save} onReload={onReload} />
        </form>
      )}
      <p className="inspector__empty">Shift-click adds to the selection; Shift-drag selects a box.</p>
      <div className="inspector__danger">
        <button type="button" className="button button--danger button--small" data-testid="delete-selection" onClick={onDelete}>
          Delete selected…
        </button>
      </div>
    </section>
  );
}
