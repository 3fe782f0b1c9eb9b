// Every keyboard shortcut of the map, in one list: the key handler, the tooltips and the help
// overlay all read it, so what the help says is what the keys do.
export type ShortcutAction =
  | 'add-party'
  | 'add-relationship'
  | 'connect'
  | 'delete'
  | 'undo'
  | 'redo'
  | 'search'
  | 'fit'
  | 'zoom-selection'
  | 'focus'
  | 'select-all'
  | 'simulate'
  | 'help'
  | 'escape';

export type Shortcut = {
  action: ShortcutAction;
  label: string;
  // Shown to the person; "Ctrl" reads as "⌘" on a Mac.
  keys: string[];
  matches: (key: KeyLike) => boolean;
};

export type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

const mod = (key: KeyLike) => key.ctrlKey || key.metaKey;
const plain = (key: KeyLike) => !key.ctrlKey && !key.metaKey && !key.altKey;
const letter = (key: KeyLike, value: string) => key.key.toLowerCase() === value;

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'add-party', label: 'Add a party', keys: ['N'], matches: (k) => plain(k) && !k.shiftKey && letter(k, 'n') },
  { action: 'add-relationship', label: 'Add a relationship', keys: ['R'], matches: (k) => plain(k) && !k.shiftKey && letter(k, 'r') },
  { action: 'connect', label: 'Draw relationships by dragging (on/off)', keys: ['C'], matches: (k) => plain(k) && !k.shiftKey && letter(k, 'c') },
  { action: 'delete', label: 'Delete the selection', keys: ['Delete'], matches: (k) => plain(k) && (k.key === 'Delete' || k.key === 'Backspace') },
  { action: 'undo', label: 'Undo', keys: ['Ctrl', 'Z'], matches: (k) => mod(k) && !k.shiftKey && letter(k, 'z') },
  { action: 'redo', label: 'Redo', keys: ['Ctrl', 'Shift', 'Z'], matches: (k) => mod(k) && ((k.shiftKey && letter(k, 'z')) || (!k.shiftKey && letter(k, 'y'))) },
  { action: 'search', label: 'Find a party', keys: ['Ctrl', 'F'], matches: (k) => (mod(k) && letter(k, 'f')) || (plain(k) && k.key === '/') },
  { action: 'fit', label: 'Zoom to fit the whole map', keys: ['F'], matches: (k) => plain(k) && !k.shiftKey && letter(k, 'f') },
  { action: 'zoom-selection', label: 'Zoom to the selection', keys: ['Z'], matches: (k) => plain(k) && !k.shiftKey && letter(k, 'z') },
  { action: 'focus', label: 'Focus on the selection (on/off)', keys: ['Shift', 'F'], matches: (k) => plain(k) && k.shiftKey && letter(k, 'f') },
  { action: 'select-all', label: 'Select every party', keys: ['Ctrl', 'A'], matches: (k) => mod(k) && !k.shiftKey && letter(k, 'a') },
  { action: 'simulate', label: 'Simulate the withdrawal of the selected parties', keys: ['W'], matches: (k) => plain(k) && !k.shiftKey && letter(k, 'w') },
  { action: 'help', label: 'Show the keyboard shortcuts', keys: ['?'], matches: (k) => !mod(k) && k.key === '?' },
  { action: 'escape', label: 'Clear the selection, close a panel', keys: ['Esc'], matches: (k) => k.key === 'Escape' },
];

/** Where the key was pressed, and whether the person keeps single-key shortcuts on. */
export type KeyContext = {
  inTextField: boolean;
  /** Focus is on the map or the table, where single keys act (WCAG 2.1.4). */
  inMapOrTable: boolean;
  singleKeys: boolean;
};

/** A shortcut of one key without Ctrl, ⌘ or Alt ("N", "Delete", "?"); Escape is not one. */
export function isSingleKey(key: KeyLike): boolean {
  return !key.ctrlKey && !key.metaKey && !key.altKey && key.key !== 'Escape';
}

// Keys typed into a field belong to the field: only Escape and the Ctrl shortcuts that have
// no meaning in a text box (undo/redo excepted, which text boxes use themselves) pass. Single
// keys act only where focus is on the map or the table, and only while they are switched on,
// so they never fire by accident from elsewhere — or for someone using speech input.
export function shortcutFor(key: KeyLike, context: KeyContext): ShortcutAction | null {
  const shortcut = SHORTCUTS.find((candidate) => candidate.matches(key));
  if (!shortcut) return null;
  if (context.inTextField && !['escape', 'search'].includes(shortcut.action)) return null;
  if (isSingleKey(key) && (!context.singleKeys || !context.inMapOrTable)) return null;
  return shortcut.action;
}

export function shortcutKeys(action: ShortcutAction, isMac = false): string {
  const shortcut = SHORTCUTS.find((candidate) => candidate.action === action);
  if (!shortcut) return '';
  return shortcut.keys.map((key) => (key === 'Ctrl' && isMac ? '⌘' : key)).join(isMac ? '' : '+');
}

// "Add a party (N)" for a button's tooltip.
export function withShortcut(label: string, action: ShortcutAction, isMac = false): string {
  return `${label} (${shortcutKeys(action, isMac)})`;
}
