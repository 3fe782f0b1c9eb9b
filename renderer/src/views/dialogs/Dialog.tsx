// A modal dialog on the native <dialog> element: the browser traps focus, Escape cancels, and
// the page behind is inert, so keyboard and screen-reader users get a real modal for free.
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

type DialogProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
};

export function Dialog({ title, onClose, children, testId, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement && !dialog?.contains(document.activeElement) ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    // showModal gives the focus to the first focusable element, the header's close button; the
    // dialog opens on the field its content asks for (data-autofocus; React's autoFocus cannot
    // reach into a dialog that is not open yet), or else on its first field.
    const field = ':is(input, select, textarea, button, [tabindex="0"]):not(:disabled):not([type="hidden"])';
    const start = dialog?.querySelector<HTMLElement>(`[data-autofocus]${field}`) ?? dialog?.querySelector<HTMLElement>(`:scope > :not(.dialog__header) ${field}`);
    start?.focus();
    return () => {
      dialog?.close();
      // Give the keyboard back to where the person was.
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`dialog${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog__header">
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <button type="button" className="button button--quiet button--icon" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p className="dialog__error" role="alert" data-testid="dialog-error">
      {message}
    </p>
  );
}

type FormActionsProps = {
  label: string;
  /** Shown on the button while the change is being saved. */
  pendingLabel?: string;
  pending: boolean;
  disabled?: boolean;
  danger?: boolean;
  testId: string;
  onCancel: () => void;
};

/** A form dialog's buttons: submit (disabled while saving) and Cancel. */
export function FormActions({ label, pendingLabel, pending, disabled = false, danger = false, testId, onCancel }: FormActionsProps) {
  return (
    <div className="dialog__actions">
      <button type="submit" className={`button ${danger ? 'button--danger' : 'button--primary'}`} data-testid={testId} disabled={disabled || pending}>
        {pending && pendingLabel ? pendingLabel : label}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
