// A one-line text box with a length limit that says so when a paste was cut to fit: the
// browser's maxLength drops the rest silently, and a person pasting a long name would not know.
import { useId, useRef, useState } from 'react';
import type { InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'maxLength'> & {
  value: string;
  max: number;
  /** What the text is, for the note: "a name". */
  what: string;
  onValue: (value: string) => void;
};

export function LimitedInput({ value, max, what, onValue, onPaste, ...input }: Props) {
  const noteId = useId();
  const [cut, setCut] = useState(false);
  // The paste event comes before the change it causes; that change must not clear the note.
  const pasting = useRef(false);
  const describedBy = [input['aria-describedby'], cut ? noteId : null].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        {...input}
        type="text"
        value={value}
        maxLength={max}
        aria-describedby={describedBy}
        onPaste={(event) => {
          const field = event.currentTarget;
          const replaced = (field.selectionEnd ?? field.value.length) - (field.selectionStart ?? field.value.length);
          const room = max - (field.value.length - replaced);
          pasting.current = true;
          setCut(event.clipboardData.getData('text').length > room);
          onPaste?.(event);
        }}
        onChange={(event) => {
          if (!pasting.current) setCut(false);
          pasting.current = false;
          onValue(event.target.value);
        }}
      />
      {cut && (
        <p id={noteId} className="field__note field__note--warning" role="status" data-testid="paste-cut">
          Only the first {max} characters fit: {what} can be at most {max} characters long, so the rest of what you pasted was left out.
        </p>
      )}
    </>
  );
}
