// Renaming, duplicating and deleting a network. Deleting asks for the network's name to be
// typed, because it cannot be undone.
import { useState } from 'react';
import type { Network } from '../../../../shared/domain';
import { NAME_MAX_LENGTH } from '../../../../shared/domain';
import { useNetworkActions } from '../../hooks/useNetworkActions';
import { useSubmit } from '../../hooks/useSubmit';
import { toApiError } from '../../core/errors/toApiError';
import { Dialog, FormActions, FormError } from '../dialogs/Dialog';
import { Field } from '../forms/Field';

type Common = { network: Network; onClose: () => void };

export function RenameNetworkDialog({ network, onClose, onRenamed }: Common & { onRenamed: (network: Network) => void }) {
  const [name, setName] = useState(network.name);
  const [description, setDescription] = useState(network.description);
  // What someone else saved meanwhile, once a save has been refused because of it: shown beside
  // what was typed, and saving again knowingly replaces it.
  const [saved, setSaved] = useState<Network | null>(null);
  const actions = useNetworkActions();
  const rename = async () => {
    try {
      return await actions.rename(network.id, { name, description }, (saved ?? network).version);
    } catch (error) {
      if (toApiError(error).code === 'conflict') setSaved(await actions.latest(network.id));
      throw error;
    }
  };
  const { pending, failure, submit } = useSubmit(rename, onRenamed);
  return (
    <Dialog title="Rename the network" onClose={onClose} testId="rename-network-dialog">
      <form className="dialog__form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <Field label="Name" required>
          {(aria) => <input {...aria} type="text" autoFocus value={name} maxLength={NAME_MAX_LENGTH} data-testid="rename-network-name" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="Description">
          {(aria) => <textarea {...aria} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </Field>
        <FormError message={failure} />
        {saved && (
          <p className="dialog__message" data-testid="rename-network-saved">
            Saved meanwhile: “{saved.name}”{saved.description ? ` — ${saved.description}` : ''}. Save again to replace it with yours, or Cancel to keep it.
          </p>
        )}
        <FormActions label="Save" pending={pending} testId="rename-network-submit" onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function DuplicateNetworkDialog({ network, onClose, onDuplicated }: Common & { onDuplicated: (network: Network) => void }) {
  const [name, setName] = useState(`Copy of ${network.name}`.slice(0, NAME_MAX_LENGTH));
  const actions = useNetworkActions();
  const { pending, failure, submit } = useSubmit(() => actions.duplicate(network.id, name), onDuplicated);
  return (
    <Dialog title="Duplicate the network" onClose={onClose} testId="duplicate-network-dialog">
      <form className="dialog__form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <p className="dialog__message">A full copy — every party, relationship and position — that you can change without touching the original.</p>
        <Field label="Name of the copy" required>
          {(aria) => <input {...aria} type="text" autoFocus value={name} maxLength={NAME_MAX_LENGTH} data-testid="duplicate-network-name" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <FormError message={failure} />
        <FormActions label="Duplicate" pendingLabel="Copying…" pending={pending} testId="duplicate-network-submit" onCancel={onClose} />
      </form>
    </Dialog>
  );
}

export function DeleteNetworkDialog({ network, onClose, onDeleted }: Common & { onDeleted: () => void }) {
  const [typed, setTyped] = useState('');
  const actions = useNetworkActions();
  const { pending, failure, submit } = useSubmit(() => actions.remove(network.id), onDeleted);
  const matches = typed.trim() === network.name.trim();
  return (
    <Dialog title="Delete the network" onClose={onClose} testId="delete-network-dialog">
      <form className="dialog__form" noValidate onSubmit={(event) => { event.preventDefault(); if (matches) void submit(); }}>
        <p className="dialog__message">
          This deletes “{network.name}” with all its parties and relationships. It cannot be undone. Consider exporting it or making a duplicate first.
        </p>
        <Field label={`Type the name “${network.name}” to confirm`}>
          {(aria) => <input {...aria} type="text" autoFocus value={typed} autoComplete="off" data-testid="delete-network-name" onChange={(e) => setTyped(e.target.value)} />}
        </Field>
        <FormError message={failure} />
        <FormActions label="Delete forever" pendingLabel="Deleting…" pending={pending} disabled={!matches} danger testId="delete-network-submit" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
