// The map's context menu on a party (right-click): simulate its withdrawal alone, with the rest
// of the selection, or added to the simulation already on screen; for an organisation, which
// withdraws with everyone inside it, also fold or unfold it on the map.
import { useEffect, useRef } from 'react';
import { departmentCount } from '../../core/organisations/membershipWords';
import type { KeyboardEvent } from 'react';
import type { PartyMenu as PartyMenuState } from '../../hooks/useWithdrawalAnalysis';

type Props = {
  menu: PartyMenuState;
  name: string;
  selected: readonly string[];
  withdrawn: readonly string[];
  /** Whether a simulation is on screen to add the party to (parties, ended agreements or a day). */
  asking: boolean;
  organisation: { members: number; collapsed: boolean; toggle: () => void } | null;
  onSimulate: (partyIds: string[]) => void;
  onAdd: (partyId: string) => void;
  onClose: () => void;
};

export function PartyMenu({ menu, name, selected, withdrawn, asking, organisation, onSimulate, onAdd, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    // Opened from the keyboard on the map, the keyboard goes back to the map when the menu
    // closes rather than dropping to the page.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = ref.current;
    element?.querySelector('button')?.focus();
    const away = (event: MouseEvent) => {
      if (!element?.contains(event.target as Node)) close.current();
    };
    window.addEventListener('mousedown', away);
    return () => {
      window.removeEventListener('mousedown', away);
      const now = document.activeElement;
      if (opener?.isConnected && (now === null || now === document.body || element?.contains(now))) opener.focus();
    };
  }, []);

  // The menu pattern: arrows, Home and End move between the items; Escape or Tab closes the menu
  // and nothing else (the map's Escape would also clear the selection).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="menuitem"]'));
    const at = items.findIndex((item) => item === document.activeElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (event.key === 'Escape' || event.key === 'Tab') close.current();
    else if (next !== undefined) items[(next + items.length) % items.length]?.focus();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const withSelection = selected.includes(menu.partyId) && selected.length > 1;
  const canAdd = asking && !withdrawn.includes(menu.partyId);
  return (
    <div ref={ref} className="party-menu" role="menu" aria-label={`Actions for ${name}`} style={{ left: menu.x, top: menu.y }} data-testid="party-menu" onKeyDown={onKeyDown}>
      <button type="button" role="menuitem" onClick={() => onSimulate([menu.partyId])}>
        Simulate withdrawal of {name}
        {organisation && ` and its ${departmentCount(organisation.members)}`}
      </button>
      {withSelection && (
        <button type="button" role="menuitem" onClick={() => onSimulate([...selected])}>
          Simulate withdrawal of the {selected.length} selected parties
        </button>
      )}
      {canAdd && (
        <button type="button" role="menuitem" onClick={() => onAdd(menu.partyId)}>
          Add {name} to the withdrawal
        </button>
      )}
      {organisation && (
        <button type="button" role="menuitem" data-testid="menu-toggle-organisation" onClick={() => { organisation.toggle(); onClose(); }}>
          {organisation.collapsed ? `Expand ${name}` : `Collapse ${name} into one box`}
        </button>
      )}
    </div>
  );
}
