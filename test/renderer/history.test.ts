import { describe, expect, it } from 'vitest';
import { getEmptyHistory, nextRedo, nextUndo, recorded, redone, undone } from '../../renderer/src/core/history/history';
import type { HistoryEntry } from '../../renderer/src/core/history/history';

const entry = (label: string): HistoryEntry => ({ label, operation: { kind: 'delete', partyIds: [label], relationshipIds: [] } });

describe('history', () => {
  it('undoes the latest change first and can redo it', () => {
    let state = recorded(recorded(getEmptyHistory(), entry('a')), entry('b'));
    expect(nextUndo(state)?.label).toBe('b');
    state = undone(state, entry('b-redo'));
    expect(nextUndo(state)?.label).toBe('a');
    expect(nextRedo(state)?.label).toBe('b-redo');
    state = redone(state, entry('b-again'));
    expect(nextUndo(state)?.label).toBe('b-again');
    expect(nextRedo(state)).toBeNull();
  });

  it('forgets what could be redone once a new change is made', () => {
    const state = recorded(undone(recorded(getEmptyHistory(), entry('a')), entry('a-redo')), entry('c'));
    expect(nextRedo(state)).toBeNull();
  });

  it('keeps at least 50 steps and drops the oldest beyond its limit', () => {
    let state = getEmptyHistory();
    for (let i = 0; i < 60; i += 1) state = recorded(state, entry(String(i)), 50);
    expect(state.past).toHaveLength(50);
    expect(state.past[0]?.label).toBe('10');
    for (let i = 0; i < 50; i += 1) state = undone(state, entry(`r${i}`));
    expect(nextUndo(state)).toBeNull();
    expect(state.future).toHaveLength(50);
  });
});
