// A party's cell the keyboard can edit (issue 17), as the side panel edits it: Enter or F2 on
// the cell (or a double-click) turns it into a field; Enter or leaving the field saves, Escape
// puts the value back; the keyboard returns to the cell. A refused value stays, with the reason.
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Party } from '../../../../shared/domain';
import { cellText, editPartyCell } from '../../core/table/cellEdit';
import type { EditablePartyCell } from '../../core/table/cellEdit';
import type { Editor } from '../../hooks/useEditor';

type Props = { party: Party; cell: EditablePartyCell; label: string; shown: string; editor: Editor };

const SIDES = [
  { value: 'internal', label: 'Internal' },
  { value: 'external', label: 'External' },
] as const;

export function EditableCell({ party, cell, label, shown, editor }: Props) {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cellButton = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  const fieldId = `cell-${cell}-${party.id}`;

  const saving = useRef(false);

  // Back to the cell when the field closes with the keyboard in it, not when it was left by Tab.
  useEffect(() => {
    if (text !== null || !returning.current) return;
    returning.current = false;
    if (document.activeElement === null || document.activeElement === document.body) cellButton.current?.focus();
  }, [text]);

  const stop = () => {
    returning.current = true;
    setError(null);
    setText(null);
  };
  // Enter saves and then the field goes, which may blur it: one save at a time.
  const save = async (value: string | null = text) => {
    if (value === null || saving.current) return;
    const edit = editPartyCell(party, cell, value);
    if (edit.kind === 'unchanged') return stop();
    if (edit.kind === 'invalid') return setError(edit.message);
    saving.current = true;
    const result = await editor.perform(edit.label, edit.operation);
    saving.current = false;
    if (result.ok) stop();
    else setError(result.error.message);
  };
  // The field's keys stay in the field: Escape must not also clear the map's selection.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    if (event.key === 'Escape') stop();
    else if (event.key === 'Enter') void save();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  if (text === null) {
    return (
      <button type="button" ref={cellButton} className="data-table__cell-edit" aria-label={`${label} of ${party.name}: ${shown || 'none'}. Press Enter to edit.`}
        onKeyDown={(event) => { if (event.key === 'F2') { event.preventDefault(); setText(cellText(party, cell)); } }}
        onClick={() => setText(cellText(party, cell))}>
        {shown}
      </button>
    );
  }
  const common = { id: fieldId, 'aria-label': `${label} of ${party.name}`, 'aria-invalid': error !== null, 'aria-describedby': error ? `${fieldId}-error` : undefined, autoFocus: true, onKeyDown };
  return (
    <span className="data-table__cell-field">
      {cell === 'side' ? (
        <select {...common} className="select--small" value={text} onChange={(event) => { setText(event.target.value); void save(event.target.value); }} onBlur={stop}>
          {SIDES.map((side) => <option key={side.value} value={side.value}>{side.label}</option>)}
        </select>
      ) : (
        <input {...common} type="text" className="select--small" value={text} onChange={(event) => setText(event.target.value)} onBlur={() => void save()} />
      )}
      {error && <span id={`${fieldId}-error`} className="data-table__cell-error" role="alert">{error}</span>}
    </span>
  );
}
