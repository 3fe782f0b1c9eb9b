// A yes/no choice of layout the person makes once and expects back next time (a folded legend, a
// hidden panel), kept in the renderer's local storage under a key of its own.
import { useCallback, useState } from 'react';

function read(key: string, fallback: boolean): boolean {
  try {
    const stored = window.localStorage.getItem(key);
    return stored === null ? fallback : stored === 'true';
  } catch {
    return fallback;
  }
}

function remember(key: string, value: boolean): void {
  try {
    window.localStorage.setItem(key, String(value));
  } catch {
    // Storage may be unavailable (private windows); the choice then lasts for this session.
  }
}

/** The remembered flag and a setter that also remembers; `fallback` until the person chooses. */
export function useRememberedFlag(key: string, fallback = false): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => read(key, fallback));
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      remember(key, next);
    },
    [key],
  );
  return [value, set];
}
