// The network as tables (issue 17): parties and relationships, sortable and filterable, beside or
// instead of the map and sharing its selection, filters, focus and simulation. A party's name
// opens it in the side panel; its side, type and tags are edited in their cells. Checked rows
// are the map's selection, and the bar above acts on them (tag, delete, simulate withdrawal).
import { useMemo, useState } from 'react';
import type { NetworkGraph } from '../../../../shared/domain';
import type { Focus } from '../../core/filters/focus';
import type { Visible } from '../../core/filters/filterPipeline';
import { selectParties, selectRelationship } from '../../core/selection/selection';
import type { Selection } from '../../core/selection/selection';
import type { SimulationView } from '../../core/simulation/simulationView';
import { filterRows, PARTY_TEXT, partyRows, RELATIONSHIP_TEXT, relationshipRows, sortRows } from '../../core/table/tableRows';
import type { PartyRow, RelationshipRow, Sort } from '../../core/table/tableRows';
import type { EditablePartyCell } from '../../core/table/cellEdit';
import type { Editor } from '../../hooks/useEditor';
import { TabList, tabId, tabPanelId } from '../shell/TabList';
import { SortableTable } from './SortableTable';
import type { Column } from './SortableTable';
import { EditableCell } from './EditableCell';
import { TableActions } from './TableActions';
import './table.css';

type TableTab = 'parties' | 'relationships';

type Props = {
  graph: NetworkGraph;
  visible: Visible;
  focus: Focus | null;
  selection: Selection;
  view: SimulationView | null;
  editor: Editor;
  on: {
    select: (selection: Selection) => void;
    open: (partyId: string) => void;
    showChain: (partyId: string) => void;
    delete: () => void;
    simulate: (partyIds: readonly string[]) => void;
  };
  ref?: React.Ref<HTMLElement>;
};

const toggled = (ids: readonly string[], id: string, on: boolean) => (on ? [...new Set([...ids, id])] : ids.filter((other) => other !== id));

export function NetworkTable({ graph, visible, focus, selection, view, editor, on, ref }: Props) {
  const [tab, setTab] = useState<TableTab>('parties');
  const [text, setText] = useState('');
  const [partySort, setPartySort] = useState<Sort<PartyRow>>({ key: 'name', descending: false });
  const [relationshipSort, setRelationshipSort] = useState<Sort<RelationshipRow>>({ key: 'from', descending: false });
  const parties = useMemo(() => sortRows(filterRows(partyRows(graph, visible, focus, view), text, PARTY_TEXT), partySort), [graph, visible, focus, view, text, partySort]);
  const relationships = useMemo(() => sortRows(filterRows(relationshipRows(graph, visible, focus), text, RELATIONSHIP_TEXT), relationshipSort), [graph, visible, focus, text, relationshipSort]);

  const partyById = useMemo(() => new Map(graph.parties.map((party) => [party.id, party])), [graph.parties]);
  // Side, type and tags are edited in their cells, as in the side panel; the name opens the panel.
  const editable = (key: EditablePartyCell & keyof PartyRow, label: string): Column<PartyRow> => ({
    key,
    label,
    cell: (row) => {
      const party = partyById.get(row.id);
      return party ? <EditableCell party={party} cell={key} label={label} shown={String(row[key])} editor={editor} /> : String(row[key]);
    },
  });
  const partyColumns: Column<PartyRow>[] = [
    {
      key: 'name',
      label: 'Name',
      cell: (row) => (
        <button type="button" className="link-button" title="Open in the side panel" onClick={() => on.open(row.id)}>
          {row.name}
        </button>
      ),
    },
    editable('side', 'Side'),
    editable('type', 'Type'),
    editable('tags', 'Tags'),
    { key: 'relationships', label: 'Relationships', numeric: true },
    ...(view
      ? [
          {
            key: 'impact' as const,
            label: 'Impact',
            cell: (row: PartyRow) => (
              <span className="data-table__impact">
                {row.impactText}
                {row.impact !== null && row.impact > 0 && row.impactText !== 'withdrawn' && (
                  <button type="button" className="link-button" onClick={() => on.showChain(row.id)}>
                    Why?
                  </button>
                )}
              </span>
            ),
          },
        ]
      : []),
  ];
  const relationshipColumns: Column<RelationshipRow>[] = [
    { key: 'from', label: 'From' },
    { key: 'kind', label: 'Kind' },
    { key: 'to', label: 'To' },
    { key: 'detail', label: 'Details' },
    { key: 'level', label: 'Level (1–5)', numeric: true },
  ];
  const partySet = new Set(selection.partyIds);
  const relationshipSet = new Set(selection.relationshipIds);

  return (
    <section ref={ref} className="network-table" aria-label="The network as tables" data-testid="network-table">
      <div className="network-table__bar">
        <TabList<TableTab>
          label="Tables"
          idPrefix="table"
          className="network-table__tabs"
          tabClassName="network-table__tab"
          tabs={[
            { id: 'parties', label: `Parties (${parties.length})`, testId: 'table-tab-parties' },
            { id: 'relationships', label: `Relationships (${relationships.length})`, testId: 'table-tab-relationships' },
          ]}
          selected={tab}
          onSelect={setTab}
        />
        <label className="visually-hidden" htmlFor="table-filter">Show rows containing</label>
        <input id="table-filter" type="search" className="network-table__filter" placeholder="Show rows containing…" value={text} data-testid="table-filter" onChange={(event) => setText(event.target.value)} />
        <TableActions graph={graph} selection={selection} editor={editor} onDelete={on.delete} onSimulate={on.simulate} />
      </div>
      <div id={tabPanelId('table', 'parties')} role="tabpanel" aria-labelledby={tabId('table', 'parties')} className="network-table__panel" hidden={tab !== 'parties'} tabIndex={0}>
        {tab === 'parties' && (
          <SortableTable caption="Parties" columns={partyColumns} rows={parties} sort={partySort} onSort={setPartySort} selected={partySet} nameOf={(row) => row.name} testId="party-table"
            onCheck={(id, checked) => on.select(selectParties(toggled(selection.partyIds, id, checked)))} />
        )}
      </div>
      <div id={tabPanelId('table', 'relationships')} role="tabpanel" aria-labelledby={tabId('table', 'relationships')} className="network-table__panel" hidden={tab !== 'relationships'} tabIndex={0}>
        {tab === 'relationships' && (
          <SortableTable caption="Relationships" columns={relationshipColumns} rows={relationships} sort={relationshipSort} onSort={setRelationshipSort} selected={relationshipSet}
            nameOf={(row) => `${row.from} ${row.kind.toLowerCase()} ${row.to}`} testId="relationship-table"
            onCheck={(id, checked) => on.select(checked ? selectRelationship(id) : { partyIds: [], relationshipIds: selection.relationshipIds.filter((other) => other !== id) })} />
        )}
      </div>
    </section>
  );
}
