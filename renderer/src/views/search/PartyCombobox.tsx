// Type a few letters of a party's name, move through the matches with the arrow keys and press
// Enter: the ARIA combobox pattern, used by the map search and the relationship form.
import { useId, useState } from 'react';
import type { Ref } from 'react';
import type { Party } from '../../../../shared/domain';
import { normalise, searchParties } from '../../core/search/searchParties';

type Props = {
  label: string;
  parties: readonly Party[];
  onChoose: (party: Party) => void;
  value?: Party | null;
  placeholder?: string;
  testId: string;
  hideLabel?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onEscape?: () => void;
  error?: string | undefined;
  // A picker shows the chosen name afterwards; the map search clears itself for the next search.
  keepChoice?: boolean;
  /** A picker's text no longer names its pick (the person typed over it): the pick is void. */
  onClear?: (text: string) => void;
  /** Takes the keyboard when it appears (the first empty end of a new relationship). */
  autoFocus?: boolean;
};

export function PartyCombobox({ label, parties, onChoose, value = null, placeholder, testId, hideLabel, inputRef, onEscape, error, keepChoice, onClear, autoFocus }: Props) {
  const id = useId();
  const [query, setQuery] = useState(value?.name ?? '');
  // A pick changed from outside (swapping From and To) shows its name; the box keeps its focus.
  const [shownId, setShownId] = useState(value?.id ?? null);
  if ((value?.id ?? null) !== shownId) {
    setShownId(value?.id ?? null);
    if (value) setQuery(value.name);
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const hits = open ? searchParties(parties, query, 10) : [];
  const choose = (party: Party) => {
    onChoose(party);
    setQuery(keepChoice ? party.name : '');
    if (keepChoice) setShownId(party.id);
    setOpen(false);
  };
  return (
    <div className="combobox">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        ref={inputRef}
        // A picker is a text box: in a search box Escape would wipe the chosen name.
        type={keepChoice ? 'text' : 'search'}
        role="combobox"
        autoFocus={autoFocus}
        data-autofocus={autoFocus ? '' : undefined}
        autoComplete="off"
        aria-expanded={hits.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? `${id}-option-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        value={query}
        placeholder={placeholder}
        data-testid={testId}
        onChange={(event) => {
          const text = event.target.value;
          setQuery(text);
          setOpen(true);
          setActive(0);
          if (keepChoice && (!value || text !== value.name)) {
            setShownId(null);
            onClear?.(text);
          }
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          // A picker whose text is exactly one party's name has picked it, typed or not.
          if (!keepChoice || value) return;
          const exact = parties.filter((party) => normalise(party.name) === normalise(query));
          if (exact.length === 1 && normalise(query) !== '') choose(exact[0]!);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setOpen(true);
            const step = event.key === 'ArrowDown' ? 1 : -1;
            setActive((current) => (hits.length === 0 ? 0 : (current + step + hits.length) % hits.length));
          } else if (event.key === 'Enter') {
            const hit = hits[active];
            if (hit) {
              event.preventDefault();
              choose(hit.party);
            }
          } else if (event.key === 'Escape') {
            if (open && hits.length > 0) {
              event.preventDefault();
              event.stopPropagation();
              setOpen(false);
            } else onEscape?.();
          }
        }}
      />
      {open && query.trim() !== '' && (
        <ul id={`${id}-list`} role="listbox" className="combobox__list" aria-label={`${label}: matches`}>
          {hits.length === 0 && <li className="combobox__none">No party matches “{query.trim()}”.</li>}
          {hits.map((hit, index) => (
            <li
              key={hit.party.id}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className="combobox__option"
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(hit.party);
              }}
            >
              <span>{hit.party.name}</span>
              <span className="combobox__type">{hit.party.type}</span>
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field__error" role="alert">{error}</p>}
    </div>
  );
}
