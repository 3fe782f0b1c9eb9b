// The options of an export, each built from the one before so a setting is declared once: what
// the dialog holds, what a diagram exporter needs of it, and what each picture format reads.
// Free of DOM and library imports so pure modules (and their tests, which run in Node) can use them.
import type { Party } from '../../../../shared/domain';
import type { DataFormatId, DiagramFormatId } from '../../../../shared/formats/registry';
import type { Thresholds } from '../simulation/simulationView';
import type { BoardReport } from '../report/boardReport';

export type DiagramArea = 'full' | 'view';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];
export type Orientation = 'portrait' | 'landscape';

export type ExportFormat = { kind: 'diagram'; id: DiagramFormatId } | { kind: 'data'; id: DataFormatId };

/** What the export dialog holds. */
export interface ExportSettings {
  format: ExportFormat;
  area: DiagramArea;
  scale: number;
  background: 'white' | 'transparent';
  paper: PaperSize;
  orientation: Orientation;
  title: string;
  /** Who prepared a board report, printed on its cover; remembered between exports. */
  preparedBy: string;
  /** A picture (PNG) carries the title above the map and the legend below it. */
  framed: boolean;
  yedGraphics: boolean;
}

/** What a diagram exporter needs: the dialog's picture settings and what is printed with the map. */
export type DiagramOptions = Pick<ExportSettings, 'area' | 'scale' | 'background' | 'paper' | 'orientation' | 'title' | 'framed'> & {
  networkName: string;
  /** The date printed under the title, already worded ("15 January 2026"). */
  date: string;
  parties: readonly Pick<Party, 'type' | 'side'>[];
  /** Printed on a PDF while a withdrawal simulation is shown, with its impact key. */
  summaryTitle?: string;
  summaryLines?: readonly string[];
  impact?: Thresholds;
  /** What the board report says (core/report/boardReport.ts), built by the dialog. */
  report?: BoardReport;
};

export type PngOptions = Pick<DiagramOptions, 'area' | 'scale' | 'background'>;
export type SvgOptions = Pick<DiagramOptions, 'area' | 'background'>;
export type PdfOptions = Omit<DiagramOptions, 'area' | 'scale' | 'background'>;
