// The map's toolbar: add, draw, undo/redo, search, layouts, filters, focus and zoom, on one row
// at 1280 px with both panels open (layouts fold into the Arrange menu, the focus distance into
// the focus hint on the map). Every button names its shortcut in its tooltip.
import type { Ref } from 'react';
import type { Party } from '../../../../shared/domain';
import type { LayoutId } from '../../core/layouts/layoutRegistry';
import { withShortcut } from '../../core/shortcuts/shortcuts';
import { PartyCombobox } from '../search/PartyCombobox';
import { ArrangeMenu } from './ArrangeMenu';

// The map, the table (the same network as text), or the map with the table under it.
export const MAP_SHOWS = ['map', 'both', 'table'] as const;
export type MapShow = (typeof MAP_SHOWS)[number];
const SHOW_LABELS: Record<MapShow, string> = { map: 'Map', both: 'Map + table', table: 'Table' };

type Props = {
  parties: readonly Party[];
  canUndo: string | null;
  canRedo: string | null;
  saving: boolean;
  connectMode: boolean;
  layoutBusy: boolean;
  filterCount: number;
  filtersOpen: boolean;
  focusOn: boolean;
  hasSelection: boolean;
  show: MapShow;
  searchRef: Ref<HTMLInputElement>;
  on: {
    addParty: () => void;
    addRelationship: () => void;
    toggleConnect: () => void;
    undo: () => void;
    redo: () => void;
    search: (party: Party) => void;
    arrange: (layout: LayoutId) => void;
    toggleFilters: () => void;
    toggleFocus: () => void;
    fit: () => void;
    zoomToSelection: () => void;
    help: () => void;
    show: (show: MapShow) => void;
  };
};

export function MapToolbar(props: Props) {
  const { on } = props;
  return (
    <div className="map-toolbar" role="toolbar" aria-label="Map tools">
      <div className="map-toolbar__group">
        <button type="button" className="button button--small button--primary" data-testid="add-party" title={withShortcut('Add a party', 'add-party')} onClick={on.addParty}>
          + Party
        </button>
        <button type="button" className="button button--small" data-testid="add-relationship" title={withShortcut('Add a relationship', 'add-relationship')} disabled={props.parties.length < 2} onClick={on.addRelationship}>
          + Relationship
        </button>
        <button type="button" className="button button--small" aria-pressed={props.connectMode} data-testid="connect-mode" title={withShortcut('Draw relationships: drag from one party to another', 'connect')} onClick={on.toggleConnect}>
          Draw
        </button>
      </div>
      <div className="map-toolbar__group map-toolbar__history">
        <button type="button" className="button button--small button--glyph" data-testid="undo" aria-label="Undo" disabled={!props.canUndo} title={withShortcut(props.canUndo ? `Undo: ${props.canUndo}` : 'Nothing to undo', 'undo')} onClick={on.undo}>
          <span aria-hidden="true">↶</span>
        </button>
        <button type="button" className="button button--small button--glyph" data-testid="redo" aria-label="Redo" disabled={!props.canRedo} title={withShortcut(props.canRedo ? `Redo: ${props.canRedo}` : 'Nothing to redo', 'redo')} onClick={on.redo}>
          <span aria-hidden="true">↷</span>
        </button>
        <span className="map-toolbar__saving" aria-live="polite" data-testid="saving-state">
          {props.saving ? 'Saving…' : ''}
        </span>
      </div>
      <div className="map-toolbar__group map-toolbar__search" title={withShortcut('Find a party', 'search')}>
        <PartyCombobox label="Find a party" hideLabel parties={props.parties} onChoose={on.search} placeholder="Find a party…" testId="search" inputRef={props.searchRef} />
      </div>
      <div className="map-toolbar__group">
        <ArrangeMenu disabled={props.layoutBusy || props.parties.length === 0} onArrange={on.arrange} />
        <button type="button" className="button button--small" aria-expanded={props.filtersOpen} data-testid="toggle-filters" onClick={on.toggleFilters}>
          Filters{props.filterCount > 0 ? ` (${props.filterCount})` : ''}
        </button>
        <button type="button" className="button button--small" aria-pressed={props.focusOn} data-testid="focus-mode" disabled={!props.hasSelection && !props.focusOn} title={withShortcut('Focus on the selected parties and their neighbours', 'focus')} onClick={on.toggleFocus}>
          Focus
        </button>
      </div>
      <div className="map-toolbar__group">
        <button type="button" className="button button--small" data-testid="fit" title={withShortcut('Zoom to fit the whole map', 'fit')} onClick={on.fit}>
          Fit
        </button>
        <button type="button" className="button button--small" disabled={!props.hasSelection} title={withShortcut('Zoom to the selection', 'zoom-selection')} onClick={on.zoomToSelection}>
          Zoom to selection
        </button>
        <label htmlFor="map-show" className="visually-hidden">Show</label>
        <select id="map-show" className="select--small" value={props.show} data-testid="map-show" title="Show the map, the table of parties and relationships, or both" onChange={(event) => on.show(event.target.value as MapShow)}>
          {MAP_SHOWS.map((show) => (
            <option key={show} value={show}>{SHOW_LABELS[show]}</option>
          ))}
        </select>
        <button type="button" className="button button--small button--quiet" aria-label="Keyboard shortcuts" title={withShortcut('Keyboard shortcuts', 'help')} onClick={on.help}>
          ?
        </button>
      </div>
    </div>
  );
}
