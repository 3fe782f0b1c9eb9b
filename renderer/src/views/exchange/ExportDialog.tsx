// Export the open network: a picture of the map (PNG, SVG, PDF), drawn from the map on screen,
// or its data (Careweave JSON, spreadsheet CSV, GraphML), written by main (hooks/useExport.ts).
// It is opened inside the map's owner, whose drawing the picture is made from. In the desktop
// app a save dialog asks where; in browser mode the file downloads.
import { useId, useMemo, useState } from 'react';
import type { NetworkGraph } from '../../../../shared/domain';
import { DATA_FORMAT_IDS, DATA_FORMATS, DIAGRAM_FORMAT_IDS, DIAGRAM_FORMATS } from '../../../../shared/formats/registry';
import { defaultExportSettings, formatExportDate, formatKey } from '../../core/exchange/exportDefaults';
import type { ExportFormat, ExportSettings } from '../../core/exchange/exportTypes';
import { toApiError } from '../../core/errors/toApiError';
import { useExport } from '../../hooks/useExport';
import { readRememberedText, rememberText } from '../../hooks/useRememberedFlag';
import { boardReport } from '../../core/report/boardReport';
import type { BoardReport, BoardReportInput } from '../../core/report/boardReport';
import { Dialog, FormError } from '../dialogs/Dialog';
import { DiagramOptions } from './DiagramOptions';
import { ProgressBar } from './ProgressBar';
import './exchange.css';

type ExportDialogProps = {
  graph: NetworkGraph;
  onClose: () => void;
  /** The withdrawal simulation on screen, if any: the PDF prints its summary and impact key, the board report its findings. */
  simulation: BoardReportInput['simulation'];
  /** Opens on this format (the "Board report…" button opens on the report). */
  initialFormat?: ExportFormat;
};

const PREPARED_BY_KEY = 'careweave.report.preparedBy';

// The one-page PDF's summary of a simulation: the headline, then its key numbers.
function pdfSummary(report: BoardReport): string[] {
  return [...(report.headline ? [report.headline] : []), ...report.keyNumbers.slice(0, 5).map((entry) => `${entry.label}: ${entry.value}`)];
}

type Status = { phase: 'idle' } | { phase: 'working' } | { phase: 'done'; message: string } | { phase: 'failed'; message: string };

const FORMATS: { format: ExportFormat; label: string; description: string }[] = [
  ...DIAGRAM_FORMAT_IDS.map((id) => ({ format: { kind: 'diagram' as const, id }, label: DIAGRAM_FORMATS[id].label, description: DIAGRAM_FORMATS[id].description })),
  ...DATA_FORMAT_IDS.map((id) => ({ format: { kind: 'data' as const, id }, label: DATA_FORMATS[id].label, description: DATA_FORMATS[id].description })),
];

export function ExportDialog({ graph, onClose, simulation, initialFormat }: ExportDialogProps) {
  const id = useId();
  const [settings, setSettings] = useState<ExportSettings>(() => ({
    ...defaultExportSettings(navigator.language),
    ...(initialFormat ? { format: initialFormat, title: initialFormat.id === 'report' ? 'Board report' : 'Care network map' } : {}),
    preparedBy: readRememberedText(PREPARED_BY_KEY),
  }));
  const [status, setStatus] = useState<Status>({ phase: 'idle' });
  const change = (patch: Partial<ExportSettings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    if (status.phase !== 'working') setStatus({ phase: 'idle' });
  };
  const exporter = useExport(graph);
  const { sizeNote: noteSize } = exporter;
  const sizeNote = useMemo(() => noteSize(settings), [noteSize, settings]);

  const exportDiagram = (format: Extract<ExportFormat, { kind: 'diagram' }>) => {
    const title = settings.title.trim() || (format.id === 'report' ? 'Board report' : 'Care network map');
    const date = formatExportDate(new Date(), navigator.language);
    rememberText(PREPARED_BY_KEY, settings.preparedBy.trim());
    const report = boardReport({ graph, title, date, preparedBy: settings.preparedBy, simulation });
    return exporter.diagram(format.id, {
      ...settings,
      title,
      networkName: graph.network.name,
      date,
      parties: graph.parties,
      report,
      ...(simulation ? { impact: simulation.view.thresholds, summaryTitle: 'Withdrawal simulation', summaryLines: pdfSummary(report) } : {}),
    });
  };

  const exportData = (format: Extract<ExportFormat, { kind: 'data' }>) => exporter.data(format.id, settings.yedGraphics);

  const run = async () => {
    setStatus({ phase: 'working' });
    // Let the progress bar paint before the drawing keeps the page busy.
    await new Promise((resolve) => window.setTimeout(resolve, 30));
    try {
      const { format } = settings;
      const message = format.kind === 'diagram' ? await exportDiagram(format) : await exportData(format);
      setStatus(message ? { phase: 'done', message } : { phase: 'idle' });
    } catch (error) {
      setStatus({ phase: 'failed', message: toApiError(error).message });
    }
  };

  return (
    <Dialog title={`Export “${graph.network.name}”`} onClose={onClose} testId="export-dialog" wide>
      <div className="dialog__form">
        <fieldset className="field--choices exchange-choices">
          <legend>What to export</legend>
          {FORMATS.map(({ format, label, description }) => (
            <label key={formatKey(format)} className="choice">
              <input
                type="radio"
                name={`${id}-format`}
                data-testid={`export-format-${format.id}`}
                checked={formatKey(settings.format) === formatKey(format)}
                onChange={() => change({ format })}
              />
              <span>
                <strong>{label}</strong> <span className="field__note">{description}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {settings.format.kind === 'diagram' ? (
          <DiagramOptions format={settings.format.id} settings={settings} onChange={change} hasSummary={simulation !== null} sizeNote={sizeNote} />
        ) : settings.format.id === 'graphml' ? (
          <label className="choice">
            <input type="checkbox" checked={settings.yedGraphics} onChange={(event) => change({ yedGraphics: event.target.checked })} />
            <span>Include the drawing for yEd (labels, shapes, colours, positions). Gephi and Cytoscape ignore it. Saved scenarios are only in the Careweave file.</span>
          </label>
        ) : settings.format.id === 'csv' ? (
          <p className="field__note">Two files: parties and relationships. They open in any spreadsheet and can be imported back. Saved scenarios are only in the Careweave file.</p>
        ) : (
          <p className="field__note">Every party, relationship, position and saved scenario, exactly; importing it gives the same network.</p>
        )}
        {status.phase === 'working' && <ProgressBar label="Preparing the file…" share={null} />}
        {status.phase === 'done' && (
          <p className="exchange-done" role="status" data-testid="export-status">
            {status.message}
          </p>
        )}
        <FormError message={status.phase === 'failed' ? status.message : null} />
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" data-testid="export-submit" disabled={status.phase === 'working'} onClick={() => void run()}>
          Export
        </button>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
