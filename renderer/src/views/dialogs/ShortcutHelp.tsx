// Every keyboard shortcut, and the switch for single-key ones (WCAG 2.1.4: a person using speech
// input, or who types into the wrong place, can turn them off).
import { SHORTCUTS, shortcutKeys } from '../../core/shortcuts/shortcuts';
import { Dialog } from './Dialog';

type Props = { singleKeys: boolean; onSingleKeys: (on: boolean) => void; onClose: () => void };

export function ShortcutHelp({ singleKeys, onSingleKeys, onClose }: Props) {
  const isMac = navigator.platform.toLowerCase().includes('mac');
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="shortcut-help">
      <label className="choice">
        <input type="checkbox" checked={singleKeys} data-testid="single-key-shortcuts" onChange={(event) => onSingleKeys(event.target.checked)} />
        <span>
          Single-key shortcuts (N, R, C, F, Z, W, Delete, ?) — they act only while the map or the table has the keyboard focus. Shortcuts with Ctrl
          always work.
        </span>
      </label>
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                <kbd>{shortcutKeys(shortcut.action, isMac)}</kbd>
              </td>
              <td>{shortcut.label}</td>
            </tr>
          ))}
          <tr>
            <td><kbd>Shift</kbd>-click, <kbd>Shift</kbd>-drag</td>
            <td>Add to the selection, select a box of parties</td>
          </tr>
          <tr>
            <td><kbd>↑</kbd> <kbd>↓</kbd> <kbd>Enter</kbd></td>
            <td>Move through search matches and go to one</td>
          </tr>
        </tbody>
      </table>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
