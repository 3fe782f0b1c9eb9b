// Editing a presentation (issue 15): its name and its slides — added, written, reordered and
// removed — saved with the network. What is wrong is said per slide before anything is sent, and
// a refusal from the database keeps the draft as it is, so nothing typed is lost.
import { useState } from 'react';
import type { Presentation, SavedView, Scenario, Slide, SlideKind } from '../../../../shared/domain';
import { NAME_MAX_LENGTH } from '../../../../shared/domain';
import { hasProblems, slideProblems } from '../../core/presentations/slideProblems';
import type { SlideProblems } from '../../core/presentations/slideProblems';
import { moveSlide, newSlide } from '../../core/presentations/slides';
import type { Presentations } from '../../hooks/useSavedViews';
import { Dialog, FormError } from '../dialogs/Dialog';
import { SlideEditor } from './SlideEditor';

type Props = {
  presentation: Presentation | null;
  presentations: Presentations;
  views: readonly SavedView[];
  scenarios: readonly Scenario[];
  onClose: () => void;
};

const NO_PROBLEMS: SlideProblems = { bySlide: new Map(), general: [] };

export function PresentationEditor({ presentation, presentations, views, scenarios, onClose }: Props) {
  const [name, setName] = useState(presentation?.name ?? '');
  const [slides, setSlides] = useState<Slide[]>(presentation?.slides ?? []);
  const [problems, setProblems] = useState<SlideProblems>(NO_PROBLEMS);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const add = (kind: SlideKind) => setSlides([...slides, newSlide(kind, crypto.randomUUID(), views, scenarios)]);
  const change = (index: number, slide: Slide) => setSlides(slides.map((current, at) => (at === index ? slide : current)));

  const save = async () => {
    const found = slideProblems(slides, new Set(views.map((view) => view.id)), new Set(scenarios.map((scenario) => scenario.id)));
    setProblems(found);
    if (name.trim() === '') return setError('Give the presentation a name.');
    if (hasProblems(found)) return setError('Some slides need changing before the presentation can be saved; see below.');
    setPending(true);
    const result = presentation ? await presentations.update(presentation, { name, content: slides }) : await presentations.save(name, slides);
    setPending(false);
    if (result && 'message' in result) return setError(result.message);
    onClose();
  };

  return (
    <Dialog title={presentation ? `Edit “${presentation.name}”` : 'New presentation'} onClose={onClose} testId="presentation-editor" wide>
      <form className="dialog__form presentation-editor" onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <label className="field">
          <span>Name</span>
          <input value={name} maxLength={NAME_MAX_LENGTH} placeholder="e.g. Board meeting, March" data-testid="presentation-name" onChange={(event) => setName(event.target.value)} autoFocus />
        </label>
        {slides.length === 0 && <p className="showing-panel__note">No slides yet. A slide shows a saved view with a title and a few words, or text alone, or a withdrawal spreading hop by hop.</p>}
        <ol className="presentation-editor__slides">
          {slides.map((slide, index) => (
            <SlideEditor
              key={slide.id}
              slide={slide}
              index={index}
              count={slides.length}
              views={views}
              scenarios={scenarios}
              problems={problems.bySlide.get(index) ?? []}
              onChange={(next) => change(index, next)}
              onMove={(by) => setSlides(moveSlide(slides, index, by))}
              onRemove={() => setSlides(slides.filter((_, at) => at !== index))}
            />
          ))}
        </ol>
        <div className="presentation-editor__add">
          <button type="button" className="button button--small" data-testid="add-slide-view" disabled={views.length === 0} title={views.length === 0 ? 'Save a view of the map first' : undefined} onClick={() => add('view')}>+ View slide</button>
          <button type="button" className="button button--small" data-testid="add-slide-text" onClick={() => add('text')}>+ Text slide</button>
          <button type="button" className="button button--small" data-testid="add-slide-scenario" disabled={scenarios.length === 0} title={scenarios.length === 0 ? 'Save a withdrawal scenario first' : undefined} onClick={() => add('scenario')}>+ Withdrawal slide</button>
        </div>
        {problems.general.map((problem) => <p key={problem} className="field__error" role="alert">{problem}</p>)}
        <FormError message={error} />
        <div className="dialog__actions presentation-editor__actions">
          <button type="submit" className="button button--primary" data-testid="presentation-save" disabled={pending}>{pending ? 'Saving…' : 'Save presentation'}</button>
          <button type="button" className="button" onClick={onClose}>Cancel</button>
        </div>
      </form>
    </Dialog>
  );
}
