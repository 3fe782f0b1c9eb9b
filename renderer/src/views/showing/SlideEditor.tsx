// One slide in the presentation editor (issue 15): its kind, title and short text, the saved view
// it shows and the saved scenario it plays, moved up or down or removed, with what is wrong with it.
import type { SavedView, Scenario, Slide } from '../../../../shared/domain';
import { SLIDE_TEXT_MAX, SLIDE_TITLE_MAX } from '../../../../shared/domain';
import { SLIDE_KIND_LABELS } from '../../core/presentations/slides';

type Props = {
  slide: Slide;
  index: number;
  count: number;
  views: readonly SavedView[];
  scenarios: readonly Scenario[];
  problems: readonly string[];
  onChange: (slide: Slide) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
};

export function SlideEditor({ slide, index, count, views, scenarios, problems, onChange, onMove, onRemove }: Props) {
  const label = `slide ${index + 1}`;
  const viewId = slide.kind === 'text' ? null : slide.viewId;
  // A view or scenario the network no longer has stays chosen, marked, until the person picks another.
  const knownView = viewId === null || views.some((view) => view.id === viewId);
  const knownScenario = slide.kind !== 'scenario' || scenarios.some((scenario) => scenario.id === slide.scenarioId);
  return (
    <li className="slide-editor" data-testid="slide-editor" data-slide-kind={slide.kind} aria-invalid={problems.length > 0 ? 'true' : undefined}>
      <div className="slide-editor__head">
        <span className="slide-editor__number">{index + 1}</span>
        <span className="slide-editor__kind">{SLIDE_KIND_LABELS[slide.kind]}</span>
        <span className="slide-editor__moves">
          <button type="button" className="button button--small button--quiet" aria-label={`Move ${label} earlier`} disabled={index === 0} onClick={() => onMove(-1)}>↑</button>
          <button type="button" className="button button--small button--quiet" aria-label={`Move ${label} later`} disabled={index === count - 1} onClick={() => onMove(1)}>↓</button>
          <button type="button" className="button button--small button--quiet" aria-label={`Remove ${label}`} data-testid="slide-remove" onClick={onRemove}>Remove</button>
        </span>
      </div>
      <label className="field">
        <span>Title</span>
        <input value={slide.title} data-testid="slide-title" aria-invalid={slide.title.length > SLIDE_TITLE_MAX ? 'true' : undefined} onChange={(event) => onChange({ ...slide, title: event.target.value })} />
      </label>
      <label className="field">
        <span>Text <span className="field__hint">a few sentences, up to {SLIDE_TEXT_MAX.toLocaleString('en-US')} characters</span></span>
        <textarea rows={2} value={slide.text} data-testid="slide-text" onChange={(event) => onChange({ ...slide, text: event.target.value })} />
      </label>
      {slide.kind === 'scenario' && (
        <label className="field">
          <span>Withdrawal to play</span>
          <select value={slide.scenarioId} data-testid="slide-scenario" onChange={(event) => onChange({ ...slide, scenarioId: event.target.value })}>
            {!knownScenario && <option value={slide.scenarioId}>(a deleted scenario)</option>}
            {scenarios.map((scenario) => <option key={scenario.id} value={scenario.id}>{scenario.name}</option>)}
          </select>
        </label>
      )}
      {slide.kind !== 'text' && (
        <label className="field">
          <span>View of the map</span>
          <select value={viewId ?? ''} data-testid="slide-view" onChange={(event) => onChange(slide.kind === 'view' ? { ...slide, viewId: event.target.value } : { ...slide, viewId: event.target.value || null })}>
            {slide.kind === 'scenario' && <option value="">The map as it is</option>}
            {!knownView && viewId !== null && <option value={viewId}>(a deleted view)</option>}
            {views.map((view) => <option key={view.id} value={view.id}>{view.name}</option>)}
          </select>
        </label>
      )}
      {problems.map((problem) => <p key={problem} className="field__error" role="alert">{problem}</p>)}
    </li>
  );
}
