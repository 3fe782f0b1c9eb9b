// The side panel for one relationship: who to whom (each clickable), its kind's fields, saved on
// leaving a field or picking a choice, and delete.
import { useEffect, useRef, useState } from 'react';
import type { NetworkGraph, Relationship } from '../../../../shared/domain';
import { RELATIONSHIP_KIND_LABELS } from '../../../../shared/domain';
import { describeRelationship } from '../../core/editor/describeRelationships';
import type { FieldErrors } from '../../core/errors/fieldIssues';
import { checkRelationshipDraft, relationshipDraftFrom } from '../../core/forms/relationshipDraft';
import type { RelationshipDraft, RelationshipDraftField } from '../../core/forms/relationshipDraft';
import { mergeDrafts } from '../../core/forms/mergeDrafts';
import type { Editor } from '../../hooks/useEditor';
import { NotesField, RelationshipFieldsForm } from '../forms/RelationshipFieldsForm';
import { ConflictChoice } from './ConflictChoice';
import { isConflict, SaveFeedback } from './SaveFeedback';
import { CareLogSection } from '../history/CareLogSection';
import { TrustHistorySection } from '../history/TrustHistorySection';
import type { NetworkHistory } from '../../hooks/useNetworkHistory';
import type { SaveState } from './SaveFeedback';

type RelationshipEditorProps = {
  relationship: Relationship;
  graph: NetworkGraph;
  editor: Editor;
  onSelectParty: (partyId: string) => void;
  onDelete: () => void;
  onReload: () => void;
  history: NetworkHistory;
};

const same = (a: RelationshipDraft, b: RelationshipDraft) => JSON.stringify(a) === JSON.stringify(b);

export function RelationshipEditor({ relationship, graph, editor, history, onSelectParty, onDelete, onReload }: RelationshipEditorProps) {
  const [draft, setDraft] = useState(() => relationshipDraftFrom(relationship));
  const [errors, setErrors] = useState<FieldErrors<RelationshipDraftField>>({});
  const [save, setSave] = useState<SaveState>({ phase: 'idle' });
  const [reloaded, setReloaded] = useState<{ base: RelationshipDraft; theirs: RelationshipDraft } | null>(null);
  const shown = useRef(relationship);
  const saved = relationshipDraftFrom(relationship);

  useEffect(() => {
    if (shown.current === relationship) return;
    const before = relationshipDraftFrom(shown.current);
    shown.current = relationship;
    // After a refused save and a reload: their version beside the typing (ConflictChoice).
    if (isConflict(save)) {
      setReloaded({ base: before, theirs: relationshipDraftFrom(relationship) });
      setSave({ phase: 'idle' });
    } else setDraft((current) => (same(current, before) ? relationshipDraftFrom(relationship) : current));
  }, [relationship, save]);

  const commit = async (next: RelationshipDraft = draft) => {
    if (same(next, saved)) return;
    const checked = checkRelationshipDraft(next);
    if (!checked.ok) {
      setErrors(checked.errors);
      setSave({ phase: 'idle' });
      return;
    }
    setErrors({});
    setSave({ phase: 'saving' });
    const result = await editor.perform(`Edit ${RELATIONSHIP_KIND_LABELS[relationship.kind].toLowerCase()}`, {
      kind: 'update-relationships',
      relationships: [{ id: relationship.id, fields: checked.value }],
    });
    setSave(result.ok ? { phase: 'saved' } : { phase: 'failed', error: result.error });
  };

  // After a conflict, leaving a field must not try the refused save again (it would race the reload).
  const blur = () => {
    if (!isConflict(save)) void commit();
  };

  const name = (id: string) => graph.parties.find((party) => party.id === id)?.name ?? 'a party';
  const { text } = describeRelationship(relationship, true, name(relationship.target));

  return (
    <section className="inspector__section" aria-labelledby="relationship-editor-title" data-testid="relationship-editor">
      <p className="inspector__kind">{RELATIONSHIP_KIND_LABELS[relationship.kind]}</p>
      <h2 id="relationship-editor-title" className="inspector__title" tabIndex={-1}>
        {name(relationship.source)} → {name(relationship.target)}
      </h2>
      <SaveFeedback state={save} onReload={onReload} />
      {reloaded && (
        <ConflictChoice base={reloaded.base} mine={draft} theirs={reloaded.theirs}
          onSave={(keepMine) => { const next = mergeDrafts(reloaded.base, draft, reloaded.theirs, keepMine); setReloaded(null); setDraft(next); void commit(next); }}
          onUseTheirs={() => { setReloaded(null); setDraft(reloaded.theirs); }} />
      )}
      <p className="inspector__sentence">
        <button type="button" className="link-button" onClick={() => onSelectParty(relationship.source)}>
          {name(relationship.source)}
        </button>{' '}
        {text.charAt(0).toLowerCase()}
        {text.slice(1).replace(name(relationship.target), '')}
        <button type="button" className="link-button" onClick={() => onSelectParty(relationship.target)}>
          {name(relationship.target)}
        </button>
      </p>
      <form
        className="inspector__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void commit();
        }}
      >
        <RelationshipFieldsForm
          draft={draft}
          errors={errors}
          onChange={(change, now) => {
            const next = { ...draft, ...change };
            setDraft(next);
            if (save.phase === 'saved') setSave({ phase: 'idle' });
            if (now) void commit(next);
          }}
          onBlur={blur}
        />
        <NotesField value={draft.notes} error={errors.notes} onChange={(notes) => setDraft({ ...draft, notes })} onBlur={blur} testId="rel-notes" />
        <div className="inspector__actions">
          <button type="submit" className="button button--primary button--small" disabled={same(draft, saved)}>
            Save
          </button>
          <button type="button" className="button button--small" disabled={same(draft, saved)} onClick={() => { setDraft(saved); setErrors({}); setSave({ phase: 'idle' }); }}>
            Discard changes
          </button>
        </div>
      </form>
      {relationship.kind === 'TRUSTS' && <TrustHistorySection relationship={relationship} history={history} />}
      <CareLogSection scope={{ kind: 'relationship', id: relationship.id }} graph={graph} history={history} />
      <div className="inspector__danger">
        <button type="button" className="button button--danger button--small" data-testid="delete-relationship" onClick={onDelete}>
          Delete relationship…
        </button>
      </div>
    </section>
  );
}
