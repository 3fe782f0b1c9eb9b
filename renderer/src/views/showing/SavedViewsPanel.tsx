// The open network's saved views, in the sidebar (issue 15): show one, save what the map shows
// now under a name, bring a view up to date with the map, rename or delete it.
import './showing.css';
import { useState } from 'react';
import type { SavedView, Scenario } from '../../../../shared/domain';
import { NAME_MAX_LENGTH } from '../../../../shared/domain';
import { describeView } from '../../core/views/viewState';
import type { MapViews } from '../../hooks/useMapViews';

type Props = { mapViews: MapViews; scenarios: readonly Scenario[] | null };

function ViewItem({ view, mapViews, scenarios, onProblem }: { view: SavedView; mapViews: MapViews; scenarios: Props['scenarios']; onProblem: (message: string | null) => void }) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [menu, setMenu] = useState(false);
  const scenarioName = (id: string) => scenarios?.find((scenario) => scenario.id === id)?.name ?? null;
  const act = async (work: () => Promise<{ message: string } | null>) => {
    const error = await work();
    onProblem(error?.message ?? null);
    if (!error) {
      setRenaming(null);
      setMenu(false);
    }
  };
  return (
    <li className="saved-view" data-testid="saved-view" data-view-name={view.name} aria-current={mapViews.shownId === view.id ? 'true' : undefined}>
      {renaming === null ? (
        <div className="saved-view__row">
          <button type="button" className="saved-view__show" title={`Show “${view.name}”: ${describeView(view.state, scenarioName)}`} onClick={() => mapViews.show(view)} data-testid="show-view">
            <span className="saved-view__name">{view.name}</span>
            <span className="saved-view__detail">{describeView(view.state, scenarioName)}</span>
          </button>
          <button type="button" className="button button--small button--quiet saved-view__more" aria-expanded={menu} aria-label={`More for “${view.name}”`} onClick={() => setMenu(!menu)}>
            ⋯
          </button>
        </div>
      ) : (
        <form className="saved-view__form" onSubmit={(event) => { event.preventDefault(); void act(() => mapViews.views.update(view, { name: renaming })); }}>
          <input value={renaming} maxLength={NAME_MAX_LENGTH} onChange={(event) => setRenaming(event.target.value)} aria-label="New name" autoFocus />
          <button type="submit" className="button button--small">Rename</button>
          <button type="button" className="button button--small button--quiet" onClick={() => setRenaming(null)}>Cancel</button>
        </form>
      )}
      {menu && renaming === null && (
        <div className="saved-view__actions">
          <button type="button" className="button button--small" data-testid="update-view" title="Make this view what the map shows now" onClick={() => void act(() => mapViews.views.update(view, { content: mapViews.capture() }))}>
            Update to the map
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setRenaming(view.name)}>Rename</button>
          <button type="button" className="button button--small button--quiet" data-testid="delete-view" onClick={() => void act(() => mapViews.views.remove(view))}>Delete</button>
        </div>
      )}
    </li>
  );
}

export function SavedViewsPanel({ mapViews, scenarios }: Props) {
  const [naming, setNaming] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { list, error } = mapViews.views;
  const save = async () => {
    if (naming === null) return;
    const saved = await mapViews.views.save(naming, mapViews.capture());
    if ('message' in saved) return setProblem(saved.message);
    setProblem(null);
    setNaming(null);
  };
  return (
    <section className="showing-panel" aria-labelledby="saved-views-title" data-testid="saved-views">
      <div className="sidebar__header">
        <h2 id="saved-views-title" className="sidebar__title">Views</h2>
        {naming === null && (
          <button type="button" className="button button--small" data-testid="save-view" title="Save the filters, focus, places, collapsed organisations, decoration and camera under a name" onClick={() => setNaming('')}>
            Save view
          </button>
        )}
      </div>
      {naming !== null && (
        <form className="saved-view__form" onSubmit={(event) => { event.preventDefault(); void save(); }}>
          <input value={naming} maxLength={NAME_MAX_LENGTH} placeholder="e.g. For the board" onChange={(event) => setNaming(event.target.value)} aria-label="Name of the view" data-testid="view-name" autoFocus />
          <button type="submit" className="button button--small button--primary" data-testid="view-save-submit" disabled={naming.trim() === ''}>Save</button>
          <button type="button" className="button button--small button--quiet" onClick={() => setNaming(null)}>Cancel</button>
        </form>
      )}
      {(problem ?? error) && <p className="field__error showing-panel__note" role="alert">{problem ?? error}</p>}
      {list && list.length === 0 && naming === null && <p className="showing-panel__note">Save how the map looks now — filters, focus, places, collapsed organisations and what is drawn over it — to show it again in one click.</p>}
      {list && list.length > 0 && (
        <ul className="showing-panel__list">
          {list.map((view) => (
            <ViewItem key={view.id} view={view} mapViews={mapViews} scenarios={scenarios} onProblem={setProblem} />
          ))}
        </ul>
      )}
    </section>
  );
}
