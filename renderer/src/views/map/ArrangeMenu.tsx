// "Arrange ▾": one button that lists the layouts and runs the one chosen — the menu-button
// pattern (arrow keys move, Enter or a click chooses, Escape closes and returns focus).
import { useEffect, useId, useRef, useState } from 'react';
import { LAYOUTS } from '../../core/layouts/layoutRegistry';
import type { LayoutId } from '../../core/layouts/layoutRegistry';

type Props = { disabled: boolean; onArrange: (layout: LayoutId) => void };

export function ArrangeMenu({ disabled, onArrange }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };
  const choose = (layout: LayoutId) => {
    close(true);
    onArrange(layout);
  };

  return (
    <div className="menu-button" onBlur={(event) => { if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false); }}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        data-testid="arrange"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        disabled={disabled}
        title="Arrange the map with a layout"
        onClick={() => { setActive(0); setOpen(!open); }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setActive(event.key === 'ArrowDown' ? 0 : LAYOUTS.length - 1);
            setOpen(true);
          }
        }}
      >
        Arrange <span aria-hidden="true">▾</span>
      </button>
      <div id={`${id}-menu`} role="menu" aria-label="Arrange the map" className="menu-button__menu" hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            close(true);
          } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((current) => (current + (event.key === 'ArrowDown' ? 1 : -1) + LAYOUTS.length) % LAYOUTS.length);
          } else if (event.key === 'Tab') close(false);
        }}>
        {LAYOUTS.map((layout, index) => (
          <button key={layout.id} ref={(element) => { itemRefs.current[index] = element; }} type="button" role="menuitem" tabIndex={index === active ? 0 : -1}
            className="menu-button__item" data-testid={`arrange-${layout.id}`} onClick={() => choose(layout.id)}>
            <strong>{layout.label}</strong>
            <span className="menu-button__note">{layout.description}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
