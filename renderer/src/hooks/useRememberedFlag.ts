// Choices the person makes once and expects back next time (a folded legend, a hidden panel, the
// name a board report is prepared by), kept in the renderer's local storage under a key of its own.
import { useCallback, useState } from 'react';

function readText(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function read(key: string, fallback: boolean): boolean {
  const stored = readText(key);
  return stored === null ? fallback : stored === 'true';
}

function remember(key: string, value: boolean | string): void {
  try {
    window.localStorage.setItem(key, String(value));
  } catch {
    // Storage may be unavailable (private windows); the choice then lasts for this session.
  }
}

// A value read once from storage and a setter that also remembers the new one.
function useRemembered<T extends boolean | string>(key: string, initial: () => T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(initial);
  const set = useCallback(
    (next: T) => {
      setValue(next);
      remember(key, next);
    },
    [key],
  );
  return [value, set];
}

/** The remembered flag and a setter that also remembers; `fallback` until the person chooses. */
export function useRememberedFlag(key: string, fallback = false): [boolean, (value: boolean) => void] {
  return useRemembered(key, () => read(key, fallback));
}

/** A remembered piece of text, read once; `remember` stores the one given. */
export function readRememberedText(key: string): string {
  return readText(key) ?? '';
}

export function rememberText(key: string, value: string): void {
  remember(key, value);
}

/** One of a few named choices, remembered; `fallback` until the person chooses or when storage holds another. */
export function useRememberedChoice<T extends string>(key: string, choices: readonly T[], fallback: T): [T, (value: T) => void] {
  return useRemembered<T>(key, () => choices.find((choice) => choice === readText(key)) ?? fallback);
}
