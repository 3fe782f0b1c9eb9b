// A party's interests: topic and stance pairs ("discharge: wants faster"), the competing agendas
// the map should keep in view. Rows are added and removed with buttons, all keyboard-reachable.
import type { Interest } from '../../../../shared/domain';

type InterestsFieldProps = {
  interests: readonly Interest[];
  error?: string | undefined;
  onChange: (interests: Interest[], commit: boolean) => void;
  onBlur: () => void;
};

export function InterestsField({ interests, error, onChange, onBlur }: InterestsFieldProps) {
  const update = (index: number, change: Partial<Interest>) =>
    onChange(interests.map((interest, i) => (i === index ? { ...interest, ...change } : interest)), false);
  return (
    <fieldset className="field interests-field">
      <legend>Interests</legend>
      {interests.length === 0 && <p className="field__note">What this party wants, e.g. topic “discharge”, stance “wants faster”.</p>}
      {interests.map((interest, index) => (
        <div key={index} className="interests-field__row">
          <label>
            <span className="visually-hidden">Topic of interest {index + 1}</span>
            <input type="text" value={interest.topic} placeholder="Topic" onChange={(e) => update(index, { topic: e.target.value })} onBlur={onBlur} />
          </label>
          <label>
            <span className="visually-hidden">Stance on interest {index + 1}</span>
            <input type="text" value={interest.stance} placeholder="Stance" onChange={(e) => update(index, { stance: e.target.value })} onBlur={onBlur} />
          </label>
          <button
            type="button"
            className="button button--quiet button--icon"
            aria-label={`Remove interest ${interest.topic || index + 1}`}
            onClick={() => onChange(interests.filter((_, i) => i !== index), true)}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="button button--small" onClick={() => onChange([...interests, { topic: '', stance: '' }], false)}>
        Add an interest
      </button>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
