import { useId } from 'react';
import { PARTY_SIDES } from '../../../../shared/domain';
import type { PartySide } from '../../../../shared/domain';
import { PARTY_SIDE_EXAMPLES, PARTY_SIDE_LABELS } from '../../core/parties/partyLabels';

export function SideField({ value, onChange }: { value: PartySide; onChange: (side: PartySide) => void }) {
  const name = useId();
  return (
    <fieldset className="field field--choices">
      <legend>Side</legend>
      {PARTY_SIDES.map((side) => (
        <label key={side} className="choice">
          <input type="radio" name={name} value={side} checked={value === side} onChange={() => onChange(side)} />
          <span>
            {PARTY_SIDE_LABELS[side]} <span className="field__hint">({PARTY_SIDE_EXAMPLES[side]})</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
