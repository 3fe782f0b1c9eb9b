// Adding a relationship: from and to (prefilled when drawn by dragging or started from a
// party), the kind, and that kind's fields with defaults. A failed save keeps everything typed.
import { useState } from 'react';
import type { NetworkGraph, Party, RelationshipKind } from '../../../../shared/domain';
import { RELATIONSHIP_KINDS, RELATIONSHIP_KIND_LABELS, SELF_LOOP_MESSAGE } from '../../../../shared/domain';
import type { FieldErrors } from '../../core/errors/fieldIssues';
import { checkRelationshipDraft, newRelationshipDraft } from '../../core/forms/relationshipDraft';
import type { RelationshipDraftField } from '../../core/forms/relationshipDraft';
import type { Editor } from '../../hooks/useEditor';
import { NotesField, RelationshipFieldsForm } from '../forms/RelationshipFieldsForm';
import { PartyCombobox } from '../search/PartyCombobox';
import { Dialog, FormActions, FormError } from './Dialog';

type Props = {
  graph: NetworkGraph;
  editor: Editor;
  sourceId: string | null;
  targetId: string | null;
  onAdded: (relationshipId: string) => void;
  onClose: () => void;
};

const KIND_HELP: Record<RelationshipKind, string> = {
  RELIES_ON: 'From relies on To for a service',
  RESOURCE_FLOW: 'From provides a resource to To',
  TRUSTS: 'From trusts To (trust is one-way)',
};

export function AddRelationshipDialog({ graph, editor, sourceId, targetId, onAdded, onClose }: Props) {
  const find = (id: string | null) => graph.parties.find((party) => party.id === id) ?? null;
  const [source, setSource] = useState<Party | null>(find(sourceId));
  const [target, setTarget] = useState<Party | null>(find(targetId));
  // What is typed in a box whose pick was typed over: a name that is not (yet) a party.
  const [typed, setTyped] = useState<{ source: string; target: string }>({ source: '', target: '' });
  const [draft, setDraft] = useState(() => newRelationshipDraft());
  const [errors, setErrors] = useState<FieldErrors<RelationshipDraftField>>({});
  const [endError, setEndError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    if (!source || !target) {
      const unknown = !source && typed.source.trim() ? typed.source : !target && typed.target.trim() ? typed.target : null;
      setEndError(
        unknown
          ? `No party here is called “${unknown.trim()}”. Pick ${!source && typed.source.trim() ? 'From' : 'To'} from the list that opens as you type.`
          : 'Choose both parties: who it is from and who it is to.',
      );
      return;
    }
    if (source.id === target.id) {
      setEndError(SELF_LOOP_MESSAGE);
      return;
    }
    const checked = checkRelationshipDraft(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setPending(true);
    setFailure(null);
    const result = await editor.perform(`Add ${RELATIONSHIP_KIND_LABELS[draft.kind].toLowerCase()}`, {
      kind: 'create-relationship',
      source: source.id,
      target: target.id,
      fields: checked.value,
    });
    setPending(false);
    if (!result.ok) {
      setFailure(result.error.message);
      return;
    }
    const added = result.patch.upsertRelationships?.[0];
    if (added) onAdded(added.id);
  };

  return (
    <Dialog title="Add a relationship" onClose={onClose} testId="add-relationship-dialog" wide>
      <form className="dialog__form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <div className="field-row field-row--ends">
          <PartyCombobox label="From" parties={graph.parties} value={source} keepChoice testId="rel-source" placeholder="Type a name" autoFocus={!source || Boolean(target)}
            onChoose={(party) => { setSource(party); setEndError(null); }} onClear={(text) => { setSource(null); setTyped({ ...typed, source: text }); }} />
          <button type="button" className="button button--small swap-button" aria-label="Swap from and to" title="Swap from and to"
            onClick={() => { setSource(target); setTarget(source); setTyped({ source: typed.target, target: typed.source }); }}>
            ⇄
          </button>
          <PartyCombobox label="To" parties={graph.parties} value={target} keepChoice testId="rel-target" placeholder="Type a name" autoFocus={Boolean(source) && !target}
            onChoose={(party) => { setTarget(party); setEndError(null); }} onClear={(text) => { setTarget(null); setTyped({ ...typed, target: text }); }} />
        </div>
        {source && target && <p className="dialog__summary" data-testid="rel-summary">{source.name} → {target.name}</p>}
        <FormError message={endError} />
        <fieldset className="field field--choices kind-choices">
          <legend>Kind</legend>
          {RELATIONSHIP_KINDS.map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" name="relationship-kind" value={kind} checked={draft.kind === kind} data-testid={`rel-kind-${kind}`}
                onChange={() => { setDraft({ ...draft, kind }); setErrors({}); }} />
              <span>
                <strong>{RELATIONSHIP_KIND_LABELS[kind]}</strong> <span className="field__hint">— {KIND_HELP[kind]}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <RelationshipFieldsForm draft={draft} errors={errors} onChange={(change) => setDraft({ ...draft, ...change })} onBlur={() => undefined} />
        <NotesField value={draft.notes} error={errors.notes} onChange={(notes) => setDraft({ ...draft, notes })} onBlur={() => undefined} testId="new-rel-notes" />
        <FormError message={failure} />
        <FormActions label="Add relationship" pendingLabel="Adding…" pending={pending} testId="new-relationship-submit" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
