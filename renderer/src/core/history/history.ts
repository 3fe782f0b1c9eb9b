// The undo and redo stacks. Each entry holds the operation that reverses a change already saved;
// the stacks are plain data changed only by these pure functions.
import type { Operation } from './operations';

export type HistoryEntry = { label: string; operation: Operation };

export type HistoryState = { past: HistoryEntry[]; future: HistoryEntry[] };

// The issue asks for at least 50 steps; 200 costs little (entries are small except deletes).
export const HISTORY_LIMIT = 200;

export function getEmptyHistory(): HistoryState {
  return { past: [], future: [] };
}

// A new change starts a new branch: what could have been redone is gone, as in every editor.
export function recorded(state: HistoryState, entry: HistoryEntry, limit = HISTORY_LIMIT): HistoryState {
  const past = [...state.past, entry];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

export function nextUndo(state: HistoryState): HistoryEntry | null {
  return state.past[state.past.length - 1] ?? null;
}

export function nextRedo(state: HistoryState): HistoryEntry | null {
  return state.future[state.future.length - 1] ?? null;
}

// After the undo entry ran, `redo` is the entry that re-applies it.
export function undone(state: HistoryState, redo: HistoryEntry): HistoryState {
  return { past: state.past.slice(0, -1), future: [...state.future, redo] };
}

export function redone(state: HistoryState, undo: HistoryEntry, limit = HISTORY_LIMIT): HistoryState {
  const past = [...state.past, undo];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: state.future.slice(0, -1) };
}
