// Confirms a delete and says exactly what goes with it (a party's relationships), and that it
// can be undone.
import { useState } from 'react';
import { Dialog, FormError } from './Dialog';

type Props = { title: string; message: string; onConfirm: () => Promise<string | null>; onClose: () => void };

export function ConfirmDeleteDialog({ title, message, onConfirm, onClose }: Props) {
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Dialog title={title} onClose={onClose} testId="confirm-delete-dialog">
      <p className="dialog__message" data-testid="confirm-delete-message">{message}</p>
      <p className="field__note">You can undo this with Undo (Ctrl+Z).</p>
      <FormError message={failure} />
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--danger"
          data-testid="confirm-delete"
          autoFocus
          disabled={pending}
          onClick={async () => {
            setPending(true);
            const error = await onConfirm();
            setPending(false);
            if (error) setFailure(error);
          }}
        >
          {pending ? 'Deleting…' : 'Delete'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
