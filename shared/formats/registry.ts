// Every export and import format Careweave offers, as plain descriptors in one place: the
// dialogs list them, main picks a converter by id, file dialogs build their filters from the
// extensions. The converters themselves live beside their formats (dataConverters.ts for data,
// the renderer's diagram exporters for pictures), keyed by these ids so a format without a
// converter does not compile. This file stays free of parsing libraries so the renderer can
// import it cheaply.
import { MAX_IMPORT_BYTES } from './limits';

export const DATA_FORMAT_IDS = ['json', 'csv', 'graphml'] as const;
export type DataFormatId = (typeof DATA_FORMAT_IDS)[number];

export const DIAGRAM_FORMAT_IDS = ['png', 'svg', 'pdf', 'report'] as const;
export type DiagramFormatId = (typeof DIAGRAM_FORMAT_IDS)[number];

export interface DataFormatDescriptor {
  id: DataFormatId;
  label: string;
  /** One sentence for the export and import dialogs: who the format is for. */
  description: string;
  /** Lower case, without the dot; the first is used when saving. */
  extensions: readonly string[];
  mimeType: string;
  /** The biggest file (all files together for CSV) an import accepts; see limits.ts. */
  maxImportBytes: number;
  /** How many files one import reads: CSV comes as parties.csv plus relationships.csv. */
  maxFiles: number;
}

export interface DiagramFormatDescriptor {
  id: DiagramFormatId;
  label: string;
  description: string;
  extension: string;
  mimeType: string;
}

export const DATA_FORMATS: Record<DataFormatId, DataFormatDescriptor> = {
  json: {
    id: 'json',
    label: 'Careweave file (JSON)',
    description: 'Everything in the network, exactly: for backups and for moving a map to another computer.',
    extensions: ['json'],
    mimeType: 'application/json',
    maxImportBytes: MAX_IMPORT_BYTES.json,
    maxFiles: 1,
  },
  csv: {
    id: 'csv',
    label: 'Spreadsheet (CSV)',
    description: 'Tables to fill in or check in Excel, Numbers or Google Sheets: parties.csv, relationships.csv and, when there is one, the care log.',
    extensions: ['csv', 'txt'],
    mimeType: 'text/csv',
    maxImportBytes: MAX_IMPORT_BYTES.csv,
    // parties.csv, relationships.csv, care log.csv, and the template's allowed-values.csv if it comes along.
    maxFiles: 4,
  },
  graphml: {
    id: 'graphml',
    label: 'GraphML (Gephi, yEd, Cytoscape)',
    description: 'For network-analysis and drawing tools: Gephi, yEd and Cytoscape desktop open it with every attribute.',
    extensions: ['graphml', 'xml'],
    mimeType: 'application/graphml+xml',
    maxImportBytes: MAX_IMPORT_BYTES.graphml,
    maxFiles: 1,
  },
};

export const DIAGRAM_FORMATS: Record<DiagramFormatId, DiagramFormatDescriptor> = {
  png: {
    id: 'png',
    label: 'Picture (PNG)',
    description: 'For slides, e-mail and documents.',
    extension: 'png',
    mimeType: 'image/png',
  },
  svg: {
    id: 'svg',
    label: 'Vector drawing (SVG)',
    description: 'Sharp at any size; labels stay editable text in Illustrator, Inkscape or a browser.',
    extension: 'svg',
    mimeType: 'image/svg+xml',
  },
  pdf: {
    id: 'pdf',
    label: 'Printable page (PDF)',
    description: 'A page with title, date and legend, for boards, partners and grant reports.',
    extension: 'pdf',
    mimeType: 'application/pdf',
  },
  report: {
    id: 'report',
    label: 'Board report (PDF)',
    description: 'Several pages for a board: a cover, the map with its legend, the key numbers and, during a simulation, who is hurt and why.',
    extension: 'pdf',
    mimeType: 'application/pdf',
  },
};

export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/**
 * The data format of a set of chosen files, from their extensions; null when they do not name
 * exactly one format. ".xml" counts as GraphML and ".txt" as CSV, as spreadsheets save them.
 */
export function detectDataFormat(fileNames: readonly string[]): DataFormatId | null {
  const found = new Set<DataFormatId>();
  for (const name of fileNames) {
    const extension = fileExtension(name);
    const format = DATA_FORMAT_IDS.find((id) => DATA_FORMATS[id].extensions.includes(extension));
    if (!format) return null;
    found.add(format);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

export const IMPORTABLE_EXTENSIONS: readonly string[] = DATA_FORMAT_IDS.flatMap((id) => DATA_FORMATS[id].extensions);

/** A file name safe on every operating system, from a network name. */
export function safeFileName(name: string, extension: string): string {
  const base = name
    .normalize('NFKC')
    // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return `${base || 'network'}.${extension}`;
}
