// What the export dialog starts with and how it words dates; pure, so tested without a page.
import type { ExportFormat, ExportSettings, PaperSize } from './exportTypes';

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
    preparedBy: '',
    framed: false,
    yedGraphics: true,
  };
}

export function formatExportDate(date: Date, locale = 'en-US'): string {
  return date.toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric' });
}

export function formatKey(format: ExportFormat): string {
  return `${format.kind}:${format.id}`;
}
