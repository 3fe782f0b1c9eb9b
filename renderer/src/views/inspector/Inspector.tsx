// The side panel: what is selected decides what it shows (nothing, one party, one relationship,
// or several elements).
import type { NetworkGraph } from '../../../../shared/domain';
import type { Selection } from '../../core/selection/selection';
import { selectionKind } from '../../core/selection/selection';
import type { Editor } from '../../hooks/useEditor';
import type { Organisations } from '../../hooks/useOrganisations';
import { withShortcut } from '../../core/shortcuts/shortcuts';
import { PartyEditor } from './PartyEditor';
import { RelationshipEditor } from './RelationshipEditor';
import { SelectionPanel } from './SelectionPanel';
import { CareLogSection } from '../history/CareLogSection';
import type { NetworkHistory } from '../../hooks/useNetworkHistory';

const NETWORK_SCOPE = { kind: 'network' } as const;

type InspectorProps = {
  graph: NetworkGraph;
  selection: Selection;
  editor: Editor;
  organisations: Organisations;
  choices: { types: string[]; tags: string[] };
  onSelectParty: (partyId: string) => void;
  onSelectRelationship: (relationshipId: string) => void;
  onAddParty: () => void;
  onAddRelationship: (sourceId?: string) => void;
  onDelete: () => void;
  onReload: () => void;
  // The care log and trust history (issue 12).
  history: NetworkHistory;
};

export function Inspector(props: InspectorProps) {
  const { graph, selection, editor } = props;
  const kind = selectionKind(selection);
  let body;
  if (kind === 'party') {
    const party = graph.parties.find((candidate) => candidate.id === selection.partyIds[0]);
    body = party && (
      <PartyEditor
        key={party.id}
        party={party}
        graph={graph}
        editor={editor}
        typesInNetwork={props.choices.types}
        tagsInNetwork={props.choices.tags}
        history={props.history}
        organisations={props.organisations}
        onSelectParty={props.onSelectParty}
        onSelectRelationship={props.onSelectRelationship}
        onAddRelationship={(id) => props.onAddRelationship(id)}
        onDelete={props.onDelete}
        onReload={props.onReload}
      />
    );
  } else if (kind === 'relationship') {
    const relationship = graph.relationships.find((candidate) => candidate.id === selection.relationshipIds[0]);
    body = relationship && (
      <RelationshipEditor
        key={relationship.id}
        relationship={relationship}
        graph={graph}
        editor={editor}
        history={props.history}
        onSelectParty={props.onSelectParty}
        onDelete={props.onDelete}
        onReload={props.onReload}
      />
    );
  } else if (kind === 'many') {
    body = <SelectionPanel selection={selection} graph={graph} editor={editor} onDelete={props.onDelete} onReload={props.onReload} />;
  } else {
    body = (
      <section className="inspector__section inspector__intro">
        <h2 className="inspector__title">{graph.parties.length === 0 ? 'Start your map' : 'Nothing selected'}</h2>
        <p>Click a party or a line on the map to see and edit it here. Double-click empty space to add a party there.</p>
        <div className="inspector__actions">
          <button type="button" className="button button--small button--primary" title={withShortcut('Add a party', 'add-party')} onClick={props.onAddParty}>
            Add a party
          </button>
          {graph.parties.length >= 2 && (
            <button type="button" className="button button--small" title={withShortcut('Add a relationship', 'add-relationship')} onClick={() => props.onAddRelationship()}>
              Add a relationship
            </button>
          )}
        </div>
        {graph.parties.length > 0 && <CareLogSection scope={NETWORK_SCOPE} graph={graph} history={props.history} />}
      </section>
    );
  }
  return (
    <aside className="inspector" aria-label="Details" data-testid="inspector">
      {body}
    </aside>
  );
}
