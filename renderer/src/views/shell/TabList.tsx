// Tabs as the ARIA tab pattern asks: one tab in the Tab order (the chosen one), arrow keys,
// Home and End move between tabs and choose, and each tab controls a panel that exists
// (`${idPrefix}-panel-${id}`; the caller renders every panel, hiding all but the chosen one).
import { useRef } from 'react';
import type { KeyboardEvent } from 'react';

export type TabItem<T extends string> = { id: T; label: string; testId?: string };

type Props<T extends string> = {
  label: string;
  idPrefix: string;
  tabs: readonly TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  className?: string;
  tabClassName?: string;
};

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const tabPanelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

export function TabList<T extends string>({ label, idPrefix, tabs, selected, onSelect, className, tabClassName }: Props<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const wrapped = (next + tabs.length) % tabs.length;
    onSelect(tabs[wrapped]!.id);
    refs.current[wrapped]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={className}>
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          ref={(element) => {
            refs.current[index] = element;
          }}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={tabPanelId(idPrefix, tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          className={tabClassName}
          data-testid={tab.testId}
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => move(event, index)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
