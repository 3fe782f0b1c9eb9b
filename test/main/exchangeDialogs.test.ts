// The desktop app's save and open dialogs, with the electron module replaced (its binary cannot
// run here): main opens the dialog, the page never supplies a path, the chosen file is written
// or read in main, and cancelling writes nothing.
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dialog } from 'electron';
import { createElectronFileDialogs } from '../../main/app/dialogs';
import { deliverFiles, readChosenFiles } from '../../main/services/exchangeFiles';
import { createExchangeService } from '../../main/services/exchangeService';
import type { ServiceContext } from '../../main/services/context';

vi.mock('electron', () => {
  throw new Error('The electron module must not be loaded by these modules at run time.');
});

function fakeDialog(answers: { save?: string | null; open?: string[] | null; replace?: boolean }) {
  const calls: Array<{ kind: string; options: Record<string, unknown> }> = [];
  const lastArg = (args: unknown[]) => args[args.length - 1] as Record<string, unknown>;
  const dialog = {
    showSaveDialog: vi.fn(async (...args: unknown[]) => {
      calls.push({ kind: 'save', options: lastArg(args) });
      return answers.save ? { canceled: false, filePath: answers.save } : { canceled: true, filePath: '' };
    }),
    showOpenDialog: vi.fn(async (...args: unknown[]) => {
      calls.push({ kind: 'open', options: lastArg(args) });
      return answers.open ? { canceled: false, filePaths: answers.open } : { canceled: true, filePaths: [] };
    }),
    showMessageBox: vi.fn(async (...args: unknown[]) => {
      calls.push({ kind: 'ask', options: lastArg(args) });
      return { response: answers.replace ? 0 : 1, checkboxChecked: false };
    }),
  } as unknown as Pick<Dialog, 'showSaveDialog' | 'showOpenDialog' | 'showMessageBox'>;
  return { dialog, calls };
}

async function tempDir() {
  return mkdtemp(join(tmpdir(), 'careweave-dialogs-'));
}

describe('saving through the desktop dialogs', () => {
  it('saves one file where the person chose, adding the extension the dialog left off', async () => {
    const dir = await tempDir();
    const { dialog, calls } = fakeDialog({ save: join(dir, 'board-report') });
    const dialogs = createElectronFileDialogs({ dialog, window: () => null, startFolder: () => '/home/director/Documents' });
    const result = await deliverFiles([{ name: 'Harlan.graphml', mimeType: 'application/graphml+xml', content: '<graphml/>' }], 'save-dialog', dialogs, {
      title: 'Export',
      filters: [{ name: 'GraphML', extensions: ['graphml'] }],
    });
    expect(result).toEqual({ delivered: 'saved', fileNames: ['board-report.graphml'] });
    expect(await readFile(join(dir, 'board-report.graphml'), 'utf8')).toBe('<graphml/>');
    expect(calls[0]?.options).toMatchObject({ defaultPath: '/home/director/Documents/Harlan.graphml', filters: [{ name: 'GraphML', extensions: ['graphml'] }] });
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const dialogs = createElectronFileDialogs({ dialog: fakeDialog({ save: null }).dialog, window: () => null, startFolder: () => tmpdir() });
    expect(await deliverFiles([{ name: 'a.json', mimeType: 'application/json', content: '{}' }], 'save-dialog', dialogs, { title: 'x', filters: [] })).toEqual({ delivered: 'cancelled' });
  });

  it('puts several files in a chosen folder and asks before replacing any', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'parties.csv'), 'old');
    const files = [
      { name: 'parties.csv', mimeType: 'text/csv', content: 'new parties' },
      { name: 'relationships.csv', mimeType: 'text/csv', content: 'new relationships' },
    ];
    const refuse = fakeDialog({ open: [dir], replace: false });
    const refused = await deliverFiles(files, 'save-dialog', createElectronFileDialogs({ dialog: refuse.dialog, window: () => null, startFolder: () => dir }), { title: 'x', filters: [] });
    expect(refused).toEqual({ delivered: 'cancelled' });
    expect(refuse.calls.map((call) => call.kind)).toEqual(['open', 'ask']);
    expect(refuse.calls[1]?.options.message).toBe('“parties.csv” already exists. Replace it?');
    expect(await readFile(join(dir, 'parties.csv'), 'utf8')).toBe('old');

    const accept = fakeDialog({ open: [dir], replace: true });
    const saved = await deliverFiles(files, 'save-dialog', createElectronFileDialogs({ dialog: accept.dialog, window: () => null, startFolder: () => dir }), { title: 'x', filters: [] });
    expect(saved).toEqual({ delivered: 'saved', fileNames: ['parties.csv', 'relationships.csv'] });
    expect((await readdir(dir)).sort()).toEqual(['parties.csv', 'relationships.csv']);
  });

  it('hands the files back for download in browser mode, and refuses a dialog it does not have', async () => {
    const download = await deliverFiles([{ name: 'a.png', mimeType: 'image/png', content: new Uint8Array([137, 80, 78, 71]) }], 'download', null, { title: 'x', filters: [] });
    expect(download).toEqual({ delivered: 'download', files: [{ name: 'a.png', mimeType: 'image/png', encoding: 'base64', content: 'iVBORw==' }] });
    await expect(deliverFiles([], 'save-dialog', null, { title: 'x', filters: [] })).rejects.toThrow(/only possible in the desktop app/);
  });

  it('saves a diagram the page drew under a plain name, whatever path the page suggested', async () => {
    const dir = await tempDir();
    const { dialog, calls } = fakeDialog({ save: join(dir, 'map.png') });
    const dialogs = createElectronFileDialogs({ dialog, window: () => null, startFolder: () => dir });
    const service = createExchangeService({} as ServiceContext, dialogs);
    const result = await service.saveFile({ suggestedName: '../../etc/Harlan map.png', mimeType: 'image/png', encoding: 'base64', content: 'iVBORw==' });
    expect(result).toEqual({ saved: true, fileName: 'map.png' });
    expect(calls[0]?.options.defaultPath).toBe(join(dir, 'Harlan map.png'));
    expect([...(await readFile(join(dir, 'map.png')))]).toEqual([137, 80, 78, 71]);
  });
});

describe('opening files through the desktop dialogs', () => {
  it('offers every importable kind of file and returns the chosen paths', async () => {
    const { dialog, calls } = fakeDialog({ open: ['/a/parties.csv', '/a/relationships.csv'] });
    const dialogs = createElectronFileDialogs({ dialog, window: () => null, startFolder: () => '/docs' });
    expect(await dialogs.chooseOpenPaths({ title: 'Import', filters: [{ name: 'all', extensions: ['json', 'csv'] }] })).toEqual(['/a/parties.csv', '/a/relationships.csv']);
    expect(calls[0]?.options.properties).toEqual(['openFile', 'multiSelections']);
  });

  it('checks the size before reading, so a huge file is never loaded', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'big.csv'), 'x'.repeat(2_000));
    await expect(readChosenFiles([join(dir, 'big.csv')], 1_000, 'Spreadsheet (CSV)')).rejects.toThrow('"big.csv" is 2 KB; Careweave imports Spreadsheet (CSV) files of up to 1000 bytes.');
    await writeFile(join(dir, 'latin1.csv'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0x5a, 0x6f, 0xeb]));
    expect(await readChosenFiles([join(dir, 'latin1.csv')], 1_000, 'CSV')).toEqual([{ name: 'latin1.csv', size: 8, text: 'name\nZoë', encoding: 'windows-1252' }]);
  });
});
