import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiError } from '../../../../shared/api';
import type { Network } from '../../../../shared/domain';
import { NAME_MAX_LENGTH } from '../../../../shared/domain';
import { splitIssuesByField } from '../../core/errors/fieldIssues';
import type { FieldErrors } from '../../core/errors/fieldIssues';
import { toApiError } from '../../core/errors/toApiError';
import { useNetworkActions } from '../../hooks/useNetworkActions';

const FIELDS = ['name', 'description'] as const;
type Field = (typeof FIELDS)[number];

type NewNetworkFormProps = {
  // Bumped when the person asks for the form again while it is open: focus the name field.
  focusRequest: number;
  onCreated: (network: Network) => void;
  onCancel: () => void;
  onError: (error: ApiError) => void;
};

export function NewNetworkForm({ focusRequest, onCreated, onCancel, onError }: NewNetworkFormProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [pending, setPending] = useState(false);
  const actions = useNetworkActions();
  const nameRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    nameRef.current?.focus();
  }, [focusRequest]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    try {
      const network = await actions.create({ name, description });
      onCreated(network);
    } catch (caught) {
      // What was typed stays in the fields, so the person only fixes what is wrong.
      const error = toApiError(caught);
      const { fieldErrors, otherIssues } = splitIssuesByField(error.issues, FIELDS);
      setErrors(fieldErrors);
      if (fieldErrors.name) nameRef.current?.focus();
      else if (fieldErrors.description) descriptionRef.current?.focus();
      // Validation problems that all sit next to their fields need no banner as well.
      const shownByFields =
        error.code === 'invalid_request' && otherIssues.length === 0 && Object.keys(fieldErrors).length > 0;
      if (!shownByFields) onError(error);
    } finally {
      setPending(false);
    }
  };

  const describedBy = (field: Field) => (errors[field] ? `${id}-${field}-error` : undefined);

  return (
    <form
      className="new-network-form"
      data-testid="new-network-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 className="new-network-form__title">New network</h2>

      <div className="field">
        <label htmlFor={`${id}-name`}>
          Name <span className="field__hint">(required)</span>
        </label>
        <input
          id={`${id}-name`}
          ref={nameRef}
          data-testid="new-network-name"
          type="text"
          autoComplete="off"
          maxLength={NAME_MAX_LENGTH}
          value={name}
          aria-required="true"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
          placeholder="e.g. Geriatric psychiatry partners"
          onChange={(event) => {
            setName(event.target.value);
            setErrors((current) => ({ ...current, name: undefined }));
          }}
        />
        {errors.name && (
          <p id={`${id}-name-error`} className="field__error">
            {errors.name}
          </p>
        )}
      </div>

      <div className="field">
        <label htmlFor={`${id}-description`}>
          Description <span className="field__hint">(optional)</span>
        </label>
        <textarea
          id={`${id}-description`}
          ref={descriptionRef}
          data-testid="new-network-description"
          rows={3}
          value={description}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy('description')}
          placeholder="What this map is for"
          onChange={(event) => {
            setDescription(event.target.value);
            setErrors((current) => ({ ...current, description: undefined }));
          }}
        />
        {errors.description && (
          <p id={`${id}-description-error`} className="field__error">
            {errors.description}
          </p>
        )}
      </div>

      <div className="new-network-form__actions">
        <button type="submit" className="button button--primary" data-testid="new-network-submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create network'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
