// The options of a picture export: what to draw, how large, on what background; for PDF the
// paper, its orientation and the title printed above the map.
import { useId } from 'react';
import type { DiagramFormatId } from '../../../../shared/formats/registry';
import type { ExportSettings } from '../../core/exchange/exportTypes';
import { PAPER_SIZES } from '../../core/exchange/exportTypes';
import { IMAGE_SCALES } from '../../core/exchange/imageSize';

type Props = {
  format: DiagramFormatId;
  settings: ExportSettings;
  onChange: (patch: Partial<ExportSettings>) => void;
  hasSummary: boolean;
  sizeNote: string | null;
};

const PAPER_LABELS = { a4: 'A4', letter: 'US Letter' } as const;

export function DiagramOptions({ format, settings, onChange, hasSummary, sizeNote }: Props) {
  const id = useId();
  if (format === 'pdf') {
    return (
      <div className="exchange-options">
        <div className="field">
          <label htmlFor={`${id}-title`}>Title on the page</label>
          <input id={`${id}-title`} data-testid="export-title" value={settings.title} maxLength={120} onChange={(event) => onChange({ title: event.target.value })} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-paper`}>Paper</label>
            <select id={`${id}-paper`} data-testid="export-paper" value={settings.paper} onChange={(event) => onChange({ paper: event.target.value as ExportSettings['paper'] })}>
              {PAPER_SIZES.map((paper) => (
                <option key={paper} value={paper}>
                  {PAPER_LABELS[paper]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-orientation`}>Orientation</label>
            <select id={`${id}-orientation`} data-testid="export-orientation" value={settings.orientation} onChange={(event) => onChange({ orientation: event.target.value as ExportSettings['orientation'] })}>
              <option value="landscape">Landscape</option>
              <option value="portrait">Portrait</option>
            </select>
          </div>
        </div>
        <p className="field__note">
          The page shows the whole map with the network’s name, today’s date and the legend{hasSummary ? ', and the summary of the withdrawal simulation on screen' : ''}.
        </p>
      </div>
    );
  }
  return (
    <div className="exchange-options">
      <fieldset className="field--choices">
        <legend>Draw</legend>
        <label className="choice">
          <input type="radio" name={`${id}-area`} data-testid="export-area-full" checked={settings.area === 'full'} onChange={() => onChange({ area: 'full' })} />
          <span>The whole map</span>
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-area`} data-testid="export-area-view" checked={settings.area === 'view'} onChange={() => onChange({ area: 'view' })} />
          <span>What is on screen now</span>
        </label>
      </fieldset>
      <div className="field-row">
        {format === 'png' && (
          <div className="field">
            <label htmlFor={`${id}-scale`}>Size</label>
            <select id={`${id}-scale`} data-testid="export-scale" value={settings.scale} onChange={(event) => onChange({ scale: Number(event.target.value) })}>
              {IMAGE_SCALES.map((scale) => (
                <option key={scale} value={scale}>
                  {scale}× {scale === 1 ? '(screen)' : scale === 2 ? '(slides)' : '(print)'}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-background`}>Background</label>
          <select id={`${id}-background`} data-testid="export-background" value={settings.background} onChange={(event) => onChange({ background: event.target.value as ExportSettings['background'] })}>
            <option value="white">White</option>
            <option value="transparent">Transparent</option>
          </select>
        </div>
      </div>
      {sizeNote && <p className="field__note" data-testid="export-size">{sizeNote}</p>}
      <p className="field__note">
        {format === 'svg'
          ? 'The drawing shows the map as it is on screen, with the filters and focus applied, and every label in full.'
          : 'The picture shows the map as it is on screen, with the filters and focus applied; labels are drawn as the map shows them at the picture’s size.'}
      </p>
    </div>
  );
}
