// Adding a party: a short form (name, side, type) with sensible defaults; the rest is edited in
// the side panel afterwards. The party appears where the person asked (or mid-view).
import { useState } from 'react';
import type { NetworkGraph } from '../../../../shared/domain';
import { NAME_MAX_LENGTH } from '../../../../shared/domain';
import type { FieldErrors } from '../../core/errors/fieldIssues';
import { checkPartyDraft, newPartyDraft, withSide } from '../../core/forms/partyDraft';
import type { PartyDraftField } from '../../core/forms/partyDraft';
import { freeSpotNear } from '../../core/editor/placement';
import type { Editor } from '../../hooks/useEditor';
import { Field } from '../forms/Field';
import { PartyTypeField } from '../forms/PartyTypeField';
import { SideField } from '../forms/SideField';
import { Dialog, FormActions, FormError } from './Dialog';

type Props = {
  graph: NetworkGraph;
  editor: Editor;
  at: { x: number; y: number };
  /** The part of the view nothing floats over, where the party should land when there is room. */
  within: { x1: number; y1: number; x2: number; y2: number } | null;
  typesInNetwork: readonly string[];
  onAdded: (partyId: string, at: { x: number; y: number }) => void;
  onClose: () => void;
};

export function AddPartyDialog({ graph, editor, at, within, typesInNetwork, onAdded, onClose }: Props) {
  const [draft, setDraft] = useState(() => newPartyDraft('internal'));
  const [errors, setErrors] = useState<FieldErrors<PartyDraftField>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    const spot = freeSpotNear(graph, at, within);
    const checked = checkPartyDraft(draft, spot);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setPending(true);
    setFailure(null);
    const result = await editor.perform(`Add “${checked.value.name}”`, { kind: 'create-party', fields: checked.value });
    setPending(false);
    if (!result.ok) {
      setFailure(result.error.message);
      return;
    }
    const added = result.patch.upsertParties?.[0];
    if (added) onAdded(added.id, spot);
  };

  return (
    <Dialog title="Add a party" onClose={onClose} testId="add-party-dialog">
      <form className="dialog__form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <Field label="Name" error={errors.name} required>
          {(aria) => (
            <input {...aria} type="text" autoFocus value={draft.name} maxLength={NAME_MAX_LENGTH} data-testid="new-party-name" placeholder="e.g. County Transit"
              onChange={(e) => { setDraft({ ...draft, name: e.target.value }); setErrors({ ...errors, name: undefined }); }} />
          )}
        </Field>
        <SideField value={draft.side} onChange={(side) => setDraft(withSide(draft, side))} />
        <PartyTypeField key={draft.side} side={draft.side} value={draft.type} typesInNetwork={typesInNetwork} error={errors.type} onChange={(type) => setDraft({ ...draft, type })} />
        <FormError message={failure} />
        <FormActions label="Add party" pendingLabel="Adding…" pending={pending} testId="new-party-submit" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
