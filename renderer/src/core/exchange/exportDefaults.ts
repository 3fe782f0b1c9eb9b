// What the export dialog starts with and how it words dates; pure, so tested without a page.
import type { DataFormatId, DiagramFormatId } from '../../../../shared/formats/registry';
import type { DiagramArea, Orientation, PaperSize } from './exportTypes';

export type ExportFormat = { kind: 'diagram'; id: DiagramFormatId } | { kind: 'data'; id: DataFormatId };

export interface ExportSettings {
  format: ExportFormat;
  area: DiagramArea;
  scale: number;
  background: 'white' | 'transparent';
  paper: PaperSize;
  orientation: Orientation;
  title: string;
  yedGraphics: boolean;
}

// US users get Letter, everyone else A4, as their printers expect.
export function defaultPaper(locale: string): PaperSize {
  return /^(en-US|en-CA|es-MX|fr-CA)$/i.test(locale) ? 'letter' : 'a4';
}

export function defaultExportSettings(locale: string): ExportSettings {
  return {
    format: { kind: 'diagram', id: 'png' },
    area: 'full',
    scale: 2,
    background: 'white',
    paper: defaultPaper(locale),
    orientation: 'landscape',
    title: 'Care network map',
    yedGraphics: true,
  };
}

export function formatExportDate(date: Date, locale = 'en-US'): string {
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}

export function formatKey(format: ExportFormat): string {
  return `${format.kind}:${format.id}`;
}
