// The options of a picture export: what to draw, how large, on what background, and whether a
// PNG carries its title and legend; for PDF the paper, its orientation and the title printed
// above the map; for the board report its title, who prepared it and the paper.
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
  const paper = (
    <div className="field">
      <label htmlFor={`${id}-paper`}>Paper</label>
      <select id={`${id}-paper`} data-testid="export-paper" value={settings.paper} onChange={(event) => onChange({ paper: event.target.value as ExportSettings['paper'] })}>
        {PAPER_SIZES.map((size) => (
          <option key={size} value={size}>
            {PAPER_LABELS[size]}
          </option>
        ))}
      </select>
    </div>
  );
  const title = (
    <div className="field">
      <label htmlFor={`${id}-title`}>{format === 'report' ? 'Title on the cover' : 'Title on the page'}</label>
      <input id={`${id}-title`} data-testid="export-title" value={settings.title} maxLength={120} onChange={(event) => onChange({ title: event.target.value })} />
    </div>
  );
  if (format === 'report') {
    return (
      <div className="exchange-options">
        {title}
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-by`}>Prepared by</label>
            <input id={`${id}-by`} data-testid="export-prepared-by" value={settings.preparedBy} maxLength={120} placeholder="Your name and role" onChange={(event) => onChange({ preparedBy: event.target.value })} />
          </div>
          {paper}
        </div>
        <p className="field__note" data-testid="report-contents">
          Pages: a cover, the map with its legend, and the key numbers
          {hasSummary
            ? '; then, for the simulation on screen, its headline, who is hurt (patients, clients and families first) and why, what stops flowing, who may step away, who could help, and the assumptions.'
            : '. Run a withdrawal simulation first to add who is hurt and why, what stops flowing, who may step away and who could help.'}
        </p>
      </div>
    );
  }
  if (format === 'pdf') {
    return (
      <div className="exchange-options">
        {title}
        <div className="field-row">
          {paper}
          <div className="field">
            <label htmlFor={`${id}-orientation`}>Orientation</label>
            <select id={`${id}-orientation`} data-testid="export-orientation" value={settings.orientation} onChange={(event) => onChange({ orientation: event.target.value as ExportSettings['orientation'] })}>
              <option value="landscape">Landscape</option>
              <option value="portrait">Portrait</option>
            </select>
          </div>
        </div>
        <p className="field__note">
          The page shows the whole map with the network’s name, today’s date and the legend{hasSummary ? ', and the summary and impact key of the withdrawal simulation on screen' : ''}.
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
      {format === 'png' && (
        <label className="choice">
          <input type="checkbox" checked={settings.framed} data-testid="export-framed" onChange={(event) => onChange({ framed: event.target.checked })} />
          <span>Put the title, the network’s name, the date and the legend on the picture</span>
        </label>
      )}
      {format === 'png' && settings.framed && title}
      {sizeNote && <p className="field__note" data-testid="export-size">{sizeNote}</p>}
      <p className="field__note">
        {format === 'svg'
          ? 'The drawing shows the map as it is on screen, with the filters and focus applied, and every label in full.'
          : 'The picture shows the map as it is on screen, with the filters and focus applied; labels are drawn as the map shows them at the picture’s size.'}
      </p>
    </div>
  );
}
