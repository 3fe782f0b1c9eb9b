// The open network's presentations, in the sidebar under its views (issue 15): play one full
// screen, edit it, export it to PDF, or start a new one.
import { useState } from 'react';
import type { Presentation } from '../../../../shared/domain';
import type { PresentationMode } from '../../hooks/usePresentationMode';
import type { Presentations } from '../../hooks/useSavedViews';

type Props = { presentations: Presentations; mode: PresentationMode };

function PresentationItem({ presentation, presentations, mode, onProblem }: { presentation: Presentation; onProblem: (message: string | null) => void } & Props) {
  const [menu, setMenu] = useState(false);
  const count = presentation.slides.length;
  const remove = async () => {
    const error = await presentations.remove(presentation);
    onProblem(error?.message ?? null);
  };
  return (
    <li className="saved-view" data-testid="presentation-item" data-presentation-name={presentation.name}>
      <div className="saved-view__row">
        <button type="button" className="saved-view__show" disabled={count === 0} title={count === 0 ? 'Add slides first' : `Play “${presentation.name}” full screen`} data-testid="play-presentation" onClick={() => mode.play(presentation)}>
          <span className="saved-view__name">▶ {presentation.name}</span>
          <span className="saved-view__detail">{count} {count === 1 ? 'slide' : 'slides'}</span>
        </button>
        <button type="button" className="button button--small button--quiet saved-view__more" aria-expanded={menu} aria-label={`More for “${presentation.name}”`} data-testid="presentation-more" onClick={() => setMenu(!menu)}>
          ⋯
        </button>
      </div>
      {menu && (
        <div className="saved-view__actions">
          <button type="button" className="button button--small" data-testid="edit-presentation" onClick={() => mode.edit(presentation)}>Edit slides</button>
          <button type="button" className="button button--small" data-testid="export-presentation" disabled={count === 0} onClick={() => mode.exportPdf(presentation)}>PDF</button>
          <button type="button" className="button button--small button--quiet" data-testid="delete-presentation" onClick={() => void remove()}>Delete</button>
        </div>
      )}
    </li>
  );
}

export function PresentationsPanel({ presentations, mode }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const { list, error } = presentations;
  return (
    <section className="showing-panel" aria-labelledby="presentations-title" data-testid="presentations">
      <div className="sidebar__header">
        <h2 id="presentations-title" className="sidebar__title">Presentations</h2>
        <button type="button" className="button button--small" data-testid="new-presentation" onClick={() => mode.edit(null)}>New</button>
      </div>
      {(problem ?? error) && <p className="field__error showing-panel__note" role="alert">{problem ?? error}</p>}
      {list && list.length === 0 && <p className="showing-panel__note">Slides for a board or partners: saved views with a few words, text, and a withdrawal spreading hop by hop — played full screen or saved as a PDF.</p>}
      {list && list.length > 0 && (
        <ul className="showing-panel__list">
          {list.map((presentation) => (
            <PresentationItem key={presentation.id} presentation={presentation} presentations={presentations} mode={mode} onProblem={setProblem} />
          ))}
        </ul>
      )}
    </section>
  );
}
