// Party type: the side's default types (and types already used on this map) in a list, plus
// "Another type…" for a type of the person's own.
import { useState } from 'react';
import type { PartySide } from '../../../../shared/domain';
import { typeChoices } from '../../core/forms/partyDraft';
import { Field } from './Field';

const OWN_TYPE = '__own__';

type PartyTypeFieldProps = {
  side: PartySide;
  value: string;
  typesInNetwork: readonly string[];
  error?: string | undefined;
  onChange: (type: string, commit: boolean) => void;
  onBlur?: () => void;
};

export function PartyTypeField({ side, value, typesInNetwork, error, onChange, onBlur }: PartyTypeFieldProps) {
  const choices = typeChoices(side, '', typesInNetwork);
  const [typingOwn, setTypingOwn] = useState(value !== '' && !choices.includes(value));
  return (
    <>
      <Field label="Type" error={typingOwn ? undefined : error}>
        {(aria) => (
          <select
            {...aria}
            value={typingOwn ? OWN_TYPE : value}
            data-testid="party-type"
            onChange={(event) => {
              if (event.target.value === OWN_TYPE) {
                setTypingOwn(true);
                onChange('', false);
              } else {
                setTypingOwn(false);
                onChange(event.target.value, true);
              }
            }}
          >
            {choices.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
            <option value={OWN_TYPE}>Another type…</option>
          </select>
        )}
      </Field>
      {typingOwn && (
        <Field label="Your own type" error={error} required>
          {(aria) => (
            <input
              {...aria}
              type="text"
              value={value}
              data-testid="party-own-type"
              placeholder="e.g. faith community"
              autoFocus
              onChange={(event) => onChange(event.target.value, false)}
              onBlur={onBlur}
            />
          )}
        </Field>
      )}
    </>
  );
}
