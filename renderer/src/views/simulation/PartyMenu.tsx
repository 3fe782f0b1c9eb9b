// The map's context menu on a party (right-click): simulate its withdrawal alone, with the rest
// of the selection, or added to the simulation already on screen; for an organisation, which
// withdraws with everyone inside it, also fold or unfold it on the map.
import { useEffect, useRef } from 'react';
import { departmentCount } from '../../core/organisations/membershipWords';
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
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('mousedown', away);
    window.addEventListener('keydown', escape);
    return () => {
      window.removeEventListener('mousedown', away);
      window.removeEventListener('keydown', escape);
    };
  }, [onClose]);

  const withSelection = selected.includes(menu.partyId) && selected.length > 1;
  const canAdd = asking && !withdrawn.includes(menu.partyId);
  return (
    <div ref={ref} className="party-menu" role="menu" aria-label={`Actions for ${name}`} style={{ left: menu.x, top: menu.y }} data-testid="party-menu">
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
