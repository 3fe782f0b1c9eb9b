// Which chosen files an import accepts, from their names and sizes, before any is read: the
// one check both the page (browser mode) and main (dialogs and received files) make.
import { describe, expect, it } from 'vitest';
import { checkImportFiles } from '../../shared/formats/importCheck';

describe('chosen files', () => {
  it.each([
    [[{ name: 'network.json', size: 10 }], { ok: true, format: 'json' }],
    [[{ name: 'parties.csv', size: 10 }, { name: 'relationships.CSV', size: 10 }], { ok: true, format: 'csv' }],
    [[{ name: 'yed-export.graphml', size: 10 }], { ok: true, format: 'graphml' }],
  ])('accepts %j', (files, expected) => {
    expect(checkImportFiles(files)).toEqual(expected);
  });

  it.each([
    [[], 'Choose a file to import.'],
    [[{ name: 'partners.xlsx', size: 10 }], /Choose a Careweave file \(\.json\).*File › Save As › CSV/],
    [[{ name: 'a.csv', size: 1 }, { name: 'b.json', size: 1 }], /one kind at a time/],
    [[{ name: 'a.json', size: 1 }, { name: 'b.json', size: 1 }], 'Choose at most 1 Careweave file (JSON) file at a time.'],
    [[{ name: 'big.graphml', size: 41 * 1024 * 1024 }], '"big.graphml" is 41 MB; Careweave imports GraphML (Gephi, yEd, Cytoscape) files of up to 40 MB. Split the file and import the parts one after the other.'],
  ])('refuses %j before reading it', (files, message) => {
    const check = checkImportFiles(files);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toMatch(message);
  });
});
