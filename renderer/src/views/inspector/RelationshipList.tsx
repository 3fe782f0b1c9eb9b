// A party's relationships grouped by kind; each line selects that relationship on the map.
import type { RelationshipGroup } from '../../core/editor/describeRelationships';

export function RelationshipList({ groups, onSelect }: { groups: RelationshipGroup[]; onSelect: (relationshipId: string) => void }) {
  if (groups.length === 0) return <p className="inspector__empty">No relationships yet. Use “Add relationship” to connect this party.</p>;
  return (
    <div className="relationship-groups" data-testid="party-relationships">
      {groups.map((group) => (
        <section key={group.kind} className="relationship-group">
          <h4>
            {group.label} <span className="relationship-group__count">({group.lines.length})</span>
          </h4>
          <ul>
            {group.lines.map((line) => (
              <li key={line.relationshipId}>
                <button type="button" className="relationship-line" onClick={() => onSelect(line.relationshipId)}>
                  <span className="relationship-line__text">{line.text}</span>
                  <span className="relationship-line__detail">{line.detail}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
