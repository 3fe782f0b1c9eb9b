import { SHORTCUTS, shortcutKeys } from '../../core/shortcuts/shortcuts';
import { Dialog } from './Dialog';

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const isMac = navigator.platform.toLowerCase().includes('mac');
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="shortcut-help">
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
        <button type="button" className="button" autoFocus onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
