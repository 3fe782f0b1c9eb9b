// The converters behind each data format of the registry: export a whole network to files,
// and read files into what the merge plan works on. Keyed by format id, so a format listed in
// registry.ts without converters does not compile. Main uses this; the renderer does not need
// the parsing libraries, so it imports registry.ts only.
import type { NetworkGraph } from '../domain';
import { csvToImport } from './csv/csvToImport';
import { networkToCsv } from './csv/networkToCsv';
import { graphmlToImport } from './graphml/graphmlToImport';
import { networkToGraphml } from './graphml/networkToGraphml';
import type { GraphmlExportOptions } from './graphml/networkToGraphml';
import type { ImportFile, ImportParseResult, ParseOptions } from './importModel';
import type { DocumentScenario } from './documentScenarios';
import type { DocumentHistory } from './documentHistory';
import { careLogToCsv } from './csv/careLogCsv';
import type { DocumentView } from './documentViews';
import type { DocumentPresentation } from './documentPresentations';
import { jsonToImport } from './json/jsonToImport';
import { networkToJson } from './json/networkToJson';
import { foreignContentProblem } from './fileContent';
import { DATA_FORMATS, safeFileName } from './registry';
import type { DataFormatId } from './registry';

export interface TextFile {
  name: string;
  mimeType: string;
  text: string;
}

export interface DataExportOptions extends GraphmlExportOptions {
  exportedAt: string;
  /** Saved scenarios; written by the formats that can carry them (JSON). */
  scenarios?: readonly DocumentScenario[];
  /** The care log (JSON, and CSV's third table) and earlier trust assessments (JSON). */
  history?: DocumentHistory;
  /** Saved views (issue 15); written by JSON too. */
  views?: readonly DocumentView[];
  /** Presentations (issue 15); written by JSON too. */
  presentations?: readonly DocumentPresentation[];
}

export interface DataConverter {
  exportFiles(graph: NetworkGraph, options: DataExportOptions): TextFile[];
  toImport(files: readonly ImportFile[], options: ParseOptions): Promise<ImportParseResult>;
}

const baseName = (graph: NetworkGraph) => safeFileName(graph.network.name, 'x').slice(0, -2);

export const DATA_CONVERTERS: Record<DataFormatId, DataConverter> = {
  json: {
    exportFiles: (graph, { exportedAt, scenarios, history, views, presentations }) => [
      { name: safeFileName(graph.network.name, 'json'), mimeType: DATA_FORMATS.json.mimeType, text: networkToJson(graph, exportedAt, scenarios, history, { views, presentations }) },
    ],
    toImport: (files) => jsonToImport(files),
  },
  csv: {
    exportFiles(graph, { history }) {
      const { parties, relationships } = networkToCsv(graph);
      const base = baseName(graph);
      const careLog = history?.careLog ?? [];
      return [
        { name: `${base} - parties.csv`, mimeType: DATA_FORMATS.csv.mimeType, text: parties },
        { name: `${base} - relationships.csv`, mimeType: DATA_FORMATS.csv.mimeType, text: relationships },
        // The third table, when there is a log to write (issue 12).
        ...(careLog.length > 0 ? [{ name: `${base} - care log.csv`, mimeType: DATA_FORMATS.csv.mimeType, text: careLogToCsv(careLog, graph) }] : []),
      ];
    },
    toImport: (files, options) => csvToImport(files, options),
  },
  graphml: {
    exportFiles: (graph, { yedGraphics }) => [
      { name: safeFileName(graph.network.name, 'graphml'), mimeType: DATA_FORMATS.graphml.mimeType, text: networkToGraphml(graph, { yedGraphics }) },
    ],
    toImport: (files, options) => graphmlToImport(files, options),
  },
};

/** Parses never throw to the caller: anything unexpected becomes one clear problem. */
export async function readImportFiles(format: DataFormatId, files: readonly ImportFile[], options: ParseOptions = {}): Promise<ImportParseResult> {
  // An empty file or a workbook under a .csv name is told as such before any parser sees it.
  const foreign = files.flatMap((file) => {
    const message = foreignContentProblem(file.text, format);
    return message ? [{ file: file.name, line: null, element: null, field: null, message }] : [];
  });
  if (foreign.length > 0) return { ok: false, problems: foreign, problemCount: foreign.length, notes: [] };
  try {
    return await DATA_CONVERTERS[format].toImport(files, options);
  } catch (error) {
    if (error instanceof Error && error.name === 'ImportCancelled') throw error;
    const detail = error instanceof RangeError ? 'it is too large or too deeply nested' : 'it is damaged';
    return {
      ok: false,
      problems: [{ file: files[0]?.name ?? 'the file', line: null, element: null, field: null, message: `This file cannot be read: ${detail}.` }],
      problemCount: 1,
      notes: [],
    };
  }
}
