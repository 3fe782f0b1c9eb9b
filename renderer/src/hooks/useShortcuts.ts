// Routes key presses to the map's actions through the one shortcut list, ignoring them while a
// dialog is open (the dialog owns the keyboard), letting text fields keep their own keys, and
// letting single keys act only inside the map or the table, and only while switched on.
import { useEffect, useRef } from 'react';
import { shortcutFor } from '../core/shortcuts/shortcuts';
import type { ShortcutAction } from '../core/shortcuts/shortcuts';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type);
}

export type ShortcutScope = {
  /** The map and the table: where single-key shortcuts act. */
  areas: () => readonly (HTMLElement | null)[];
  singleKeys: boolean;
};

export function useShortcuts(handler: (action: ShortcutAction) => void, enabled: boolean, scope: ShortcutScope): void {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  }, [handler]);

  const scopeRef = useRef(scope);
  useEffect(() => {
    scopeRef.current = scope;
  }, [scope]);

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const target = event.target instanceof Node ? event.target : null;
      const inMapOrTable = target !== null && scopeRef.current.areas().some((area) => area?.contains(target) ?? false);
      const action = shortcutFor(event, { inTextField: isTextField(event.target), inMapOrTable, singleKeys: scopeRef.current.singleKeys });
      if (!action) return;
      event.preventDefault();
      handlerRef.current(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
