// Words and small decisions the map shows: label modes, the delete confirmation, a party's
// relationships in sentences, and the keyboard shortcuts.
import { describe, expect, it } from 'vitest';
import { countAttached, partyRelationshipGroups } from '../../renderer/src/core/editor/describeRelationships';
import { deleteConfirmation } from '../../renderer/src/core/editor/deleteMessage';
import { labelModeForZoom } from '../../renderer/src/core/graph/labelMode';
import { shortenLabel } from '../../renderer/src/core/graph/mapNames';
import { SHORTCUTS, shortcutFor, shortcutKeys, withShortcut } from '../../renderer/src/core/shortcuts/shortcuts';
import type { KeyLike } from '../../renderer/src/core/shortcuts/shortcuts';
import { makeGraph } from './fixtures';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('labels by zoom', () => {
  it.each([
    [1, 50, 'full'],
    [0.5, 50, 'short'],
    [0.1, 50, 'none'],
    [1, 10_000, 'short'],
    [0.3, 10_000, 'none'],
  ] as const)('at zoom %f with %i parties shows %s labels', (zoom, parties, mode) => {
    expect(labelModeForZoom(zoom, parties)).toBe(mode);
  });

  it('shortens long names at a word boundary and leaves short ones', () => {
    expect(shortenLabel('County Transit')).toBe('County Transit');
    expect(shortenLabel('Harlan County Community Mental Health Board')).toBe('Harlan County…');
    expect(shortenLabel('Harlan Home Health & Hospice', 16)).toBe('Harlan Home…');
    expect(shortenLabel('Supercalifragilisticexpialidocious')).toBe('Supercalifragilisti…');
  });
});

describe('a party’s relationships in words', () => {
  it('groups by kind with outgoing ones first, each naming the other party', () => {
    const groups = partyRelationshipGroups(makeGraph(), 'transit');
    expect(groups.map((g) => [g.label, g.lines.map((l) => l.text)])).toEqual([
      ['Reliance', ['Patients relies on it']],
      ['Trust', ['Geri-psych unit trusts it']],
    ]);
    const unit = partyRelationshipGroups(makeGraph(), 'unit');
    expect(unit.flatMap((g) => g.lines.map((l) => `${l.text} | ${l.detail}`))).toEqual([
      'Provides beds to Patients | beds · 10 beds per year',
      'Trusts County Transit | trust 2.4/5',
    ]);
  });

  it('counts the relationships that go with deleted parties', () => {
    expect(countAttached(makeGraph(), ['transit'])).toBe(2);
    expect(countAttached(makeGraph(), ['transit'], ['r1'])).toBe(1);
  });
});

describe('delete confirmation', () => {
  it.each([
    [{ partyIds: ['transit'], relationshipIds: [] }, 'Delete “County Transit”?', 'Its 2 relationships will be deleted with it.'],
    [{ partyIds: [], relationshipIds: ['r1'] }, 'Delete this relationship?', 'The two parties stay on the map.'],
    [{ partyIds: ['transit', 'unit'], relationshipIds: [] }, 'Delete 2 parties?', '3 more relationships of these parties will be deleted with them.'],
  ])('says what goes for %j', (selection, title, message) => {
    expect(deleteConfirmation(makeGraph(), selection)).toEqual({ title, message });
  });
});

describe('shortcuts', () => {
  const onMap = { inTextField: false, inMapOrTable: true, singleKeys: true };
  const inField = { inTextField: true, inMapOrTable: false, singleKeys: true };

  it.each([
    [key('n'), 'add-party'],
    [key('Delete'), 'delete'],
    [key('z', { ctrlKey: true }), 'undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), 'redo'],
    [key('y', { metaKey: true }), 'redo'],
    [key('f', { ctrlKey: true }), 'search'],
    [key('f'), 'fit'],
    [key('F', { shiftKey: true }), 'focus'],
    [key('?', { shiftKey: true }), 'help'],
  ] as const)('maps %j to %s', (k, action) => {
    expect(shortcutFor(k, onMap)).toBe(action);
  });

  it('leaves typing to text fields except Escape and search', () => {
    expect(shortcutFor(key('n'), inField)).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true }), inField)).toBeNull();
    expect(shortcutFor(key('Escape'), inField)).toBe('escape');
  });

  it('lets single keys act only on the map or the table, and only while switched on (WCAG 2.1.4)', () => {
    const elsewhere = { inTextField: false, inMapOrTable: false, singleKeys: true };
    expect(shortcutFor(key('n'), elsewhere)).toBeNull();
    expect(shortcutFor(key('Delete'), elsewhere)).toBeNull();
    expect(shortcutFor(key('z', { ctrlKey: true }), elsewhere)).toBe('undo');
    expect(shortcutFor(key('Escape'), elsewhere)).toBe('escape');
    const off = { ...onMap, singleKeys: false };
    expect(shortcutFor(key('w'), off)).toBeNull();
    expect(shortcutFor(key('f', { ctrlKey: true }), off)).toBe('search');
  });

  it('has one entry per action and shows the keys in tooltips', () => {
    expect(new Set(SHORTCUTS.map((s) => s.action)).size).toBe(SHORTCUTS.length);
    expect(withShortcut('Undo', 'undo')).toBe('Undo (Ctrl+Z)');
    expect(shortcutKeys('undo', true)).toBe('⌘Z');
  });
});
