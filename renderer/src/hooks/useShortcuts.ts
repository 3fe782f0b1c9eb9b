// Routes key presses to the map's actions through the one shortcut list, ignoring them while a
// dialog is open (the dialog owns the keyboard) and letting text fields keep their own keys.
import { useEffect, useRef } from 'react';
import { shortcutFor } from '../core/shortcuts/shortcuts';
import type { ShortcutAction } from '../core/shortcuts/shortcuts';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type);
}

export function useShortcuts(handler: (action: ShortcutAction) => void, enabled: boolean): void {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  }, [handler]);

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const action = shortcutFor(event, isTextField(event.target));
      if (!action) return;
      event.preventDefault();
      handlerRef.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
