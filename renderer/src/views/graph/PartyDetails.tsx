// Read-only details of the selected party; the editing panel replaces it later.
import type { Party } from '../../../../shared/domain';
import { PARTY_SIDE_LABELS } from '../../core/parties/partyLabels';

export function PartyDetails({ party, onClose }: { party: Party; onClose: () => void }) {
  const nothingRecorded = party.tags.length === 0 && party.notes.trim() === '' && party.interests.length === 0;
  return (
    <section
      className="party-details"
      aria-labelledby="party-details-title"
      data-testid="party-details"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header className="party-details__header">
        <h2 id="party-details-title" className="party-details__name">
          {party.name}
        </h2>
        <button type="button" className="button button--quiet button--icon" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="party-details__kind">
        <span className={`side-badge side-badge--${party.side}`}>{PARTY_SIDE_LABELS[party.side]}</span>
        <span>{party.type}</span>
      </p>

      {party.tags.length > 0 && (
        <div className="party-details__section">
          <h3>Tags</h3>
          <ul className="tag-list">
            {party.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        </div>
      )}

      {party.interests.length > 0 && (
        <div className="party-details__section">
          <h3>Interests</h3>
          <dl className="interest-list">
            {party.interests.map((interest) => (
              <div key={interest.topic} className="interest-list__item">
                <dt>{interest.topic}</dt>
                <dd>{interest.stance}</dd>
              </div>
            ))}
          </dl>
        </div>
      )}

      {party.notes.trim() !== '' && (
        <div className="party-details__section">
          <h3>Notes</h3>
          <p className="party-details__notes">{party.notes}</p>
        </div>
      )}

      {nothingRecorded && <p className="party-details__empty">No tags, interests or notes recorded for this party.</p>}
    </section>
  );
}
