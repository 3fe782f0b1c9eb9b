// Tags as removable chips; type a tag and press Enter or a comma to add it.
import { useState } from 'react';
import { parseTags } from '../../core/forms/partyDraft';
import { Field } from './Field';

type TagsFieldProps = {
  tags: readonly string[];
  suggestions?: readonly string[];
  error?: string | undefined;
  onChange: (tags: string[]) => void;
  label?: string;
};

export function TagsField({ tags, suggestions = [], error, onChange, label = 'Tags' }: TagsFieldProps) {
  const [text, setText] = useState('');
  const add = () => {
    const added = parseTags(text);
    if (added.length === 0) return;
    onChange([...new Set([...tags, ...added])]);
    setText('');
  };
  return (
    <Field label={label} error={error} hint="Press Enter to add a tag.">
      {(aria) => (
        <div className="tags-field">
          {tags.length > 0 && (
            <ul className="tag-list" aria-label="Current tags">
              {tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                  <button type="button" className="tag__remove" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            {...aria}
            type="text"
            value={text}
            list={suggestions.length > 0 ? `${aria.id}-suggestions` : undefined}
            data-testid="tag-input"
            placeholder="Add a tag, e.g. county"
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ',') {
                event.preventDefault();
                add();
              }
            }}
            onBlur={add}
          />
          {suggestions.length > 0 && (
            <datalist id={`${aria.id}-suggestions`}>
              {suggestions.filter((tag) => !tags.includes(tag)).map((tag) => (
                <option key={tag} value={tag} />
              ))}
            </datalist>
          )}
        </div>
      )}
    </Field>
  );
}
