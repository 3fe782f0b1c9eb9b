// Export the open network: a picture of the map (PNG, SVG, PDF), drawn here from the map on
// screen, or its data (Careweave JSON, spreadsheet CSV, GraphML), written by main. In the
// desktop app a save dialog asks where; in browser mode the file downloads.
import { useId, useMemo, useState } from 'react';
import type { NetworkGraph } from '../../../../shared/domain';
import { DATA_FORMAT_IDS, DATA_FORMATS, DIAGRAM_FORMAT_IDS, DIAGRAM_FORMATS } from '../../../../shared/formats/registry';
import { api } from '../../api';
import { completeDelivery, deliverMadeFile, preferredDelivery } from '../../core/exchange/deliverFiles';
import { DIAGRAM_EXPORTERS } from '../../core/exchange/diagramExporters';
import { captureScene } from '../../core/exchange/diagramScene';
import { elementBounds } from '../../core/graph/elementBounds';
import { currentDiagramSource, currentWholeMap } from '../../core/exchange/diagramSource';
import { defaultExportSettings, formatExportDate, formatKey } from '../../core/exchange/exportDefaults';
import { timed } from '../../core/exchange/exportTiming';
import type { ExportFormat, ExportSettings } from '../../core/exchange/exportTypes';
import { describeImageSize, imageSize } from '../../core/exchange/imageSize';
import { toApiError } from '../../core/errors/toApiError';
import { Dialog, FormError } from '../dialogs/Dialog';
import { DiagramOptions } from './DiagramOptions';
import { ProgressBar } from './ProgressBar';
import './exchange.css';

type ExportDialogProps = {
  graph: NetworkGraph;
  onClose: () => void;
  /** Filled by the withdrawal simulation view while a simulation is shown; printed on the PDF. */
  summaryTitle?: string;
  summaryLines?: readonly string[];
};

type Status = { phase: 'idle' } | { phase: 'working' } | { phase: 'done'; message: string } | { phase: 'failed'; message: string };

const FORMATS: { format: ExportFormat; label: string; description: string }[] = [
  ...DIAGRAM_FORMAT_IDS.map((id) => ({ format: { kind: 'diagram' as const, id }, label: DIAGRAM_FORMATS[id].label, description: DIAGRAM_FORMATS[id].description })),
  ...DATA_FORMAT_IDS.map((id) => ({ format: { kind: 'data' as const, id }, label: DATA_FORMATS[id].label, description: DATA_FORMATS[id].description })),
];

// The picture's size from the map on screen, for the dialog to say before drawing.
function estimateSize(settings: ExportSettings): string | null {
  const cy = currentDiagramSource();
  if (!cy || settings.format.id !== 'png') return null;
  const container = cy.container();
  const whole = currentWholeMap();
  const box = whole ? (elementBounds(whole) ?? { w: 0, h: 0 }) : cy.elements(':visible').boundingBox();
  const base = settings.area === 'full' ? { width: box.w, height: box.h } : { width: container?.clientWidth ?? 0, height: container?.clientHeight ?? 0 };
  return `About ${describeImageSize(imageSize(base.width, base.height, settings.scale), settings.scale)}.`;
}

export function ExportDialog({ graph, onClose, summaryTitle, summaryLines }: ExportDialogProps) {
  const id = useId();
  const [settings, setSettings] = useState<ExportSettings>(() => defaultExportSettings(navigator.language));
  const [status, setStatus] = useState<Status>({ phase: 'idle' });
  const change = (patch: Partial<ExportSettings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    if (status.phase !== 'working') setStatus({ phase: 'idle' });
  };
  const sizeNote = useMemo(() => estimateSize(settings), [settings]);

  const exportDiagram = async (format: Extract<ExportFormat, { kind: 'diagram' }>) => {
    const cy = currentDiagramSource();
    if (!cy) throw new Error('The map is not drawn yet. Wait for it to appear, then export again.');
    const scene = await timed('scene', () => captureScene(cy, currentWholeMap()));
    const file = await DIAGRAM_EXPORTERS[format.id](scene, {
      ...settings,
      title: settings.title.trim() || 'Care network map',
      networkName: graph.network.name,
      date: formatExportDate(new Date(), navigator.language),
      parties: graph.parties,
      ...(summaryTitle ? { summaryTitle } : {}),
      ...(summaryLines ? { summaryLines } : {}),
    });
    const saved = await timed('deliver', () => deliverMadeFile(file.name, file.mimeType, file.content));
    return saved ? `Saved ${saved.join(', ')} (${file.description}).` : null;
  };

  const exportData = async (format: Extract<ExportFormat, { kind: 'data' }>) => {
    const result = await api.exportNetworkData({ networkId: graph.network.id, format: format.id, delivery: preferredDelivery(), yedGraphics: settings.yedGraphics });
    const saved = await completeDelivery(result);
    return saved ? `Saved ${saved.join(' and ')}.` : null;
  };

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
          <DiagramOptions format={settings.format.id} settings={settings} onChange={change} hasSummary={(summaryLines?.length ?? 0) > 0} sizeNote={sizeNote} />
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
