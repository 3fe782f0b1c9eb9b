// The desktop app's file dialogs, opened by main so that file paths never come from the page:
// the renderer asks for "save this" or "let me pick a file", main shows the operating system's
// dialog attached to the window, and the services read or write what the person chose.
import { join } from 'node:path';
import type { BrowserWindow, Dialog, MessageBoxOptions, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileDialogs } from '../services/exchangeFiles';

export interface DialogHost {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>;
  /** The window the dialog belongs to (it stays on top of it); null before one exists. */
  window: () => BrowserWindow | null;
  /** Where dialogs start: the person's Documents folder. */
  startFolder: () => string;
}

export function createElectronFileDialogs(host: DialogHost): FileDialogs {
  const { dialog } = host;
  // Electron has one signature with a parent window and one without; pick by what exists.
  const save = (options: SaveDialogOptions) => {
    const owner = host.window();
    return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
  };
  const open = (options: OpenDialogOptions) => {
    const owner = host.window();
    return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
  };
  const ask = (options: MessageBoxOptions) => {
    const owner = host.window();
    return owner ? dialog.showMessageBox(owner, options) : dialog.showMessageBox(options);
  };

  return {
    async chooseSavePath({ title, suggestedName, filters }) {
      const result = await save({
        title,
        defaultPath: join(host.startFolder(), suggestedName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder({ title, buttonLabel }) {
      const result = await open({ title, buttonLabel, defaultPath: host.startFolder(), properties: ['openDirectory', 'createDirectory'] });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseOpenPaths({ title, filters }) {
      const result = await open({ title, defaultPath: host.startFolder(), filters, properties: ['openFile', 'multiSelections'] });
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    async confirmReplace(fileNames) {
      const result = await ask({
        type: 'question',
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: fileNames.length === 1 ? `“${fileNames[0]}” already exists. Replace it?` : `${fileNames.length} of these files already exist. Replace them?`,
        detail: fileNames.join('\n'),
      });
      return result.response === 0;
    },
  };
}
