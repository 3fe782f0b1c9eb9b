// Someone else saved this party or relationship while the person was editing it. After the
// reload: what the other person saved next to what the person typed, field by field, and a
// choice for each field both changed; fields only they changed come in as saved.
import { useState } from 'react';
import { fieldLabel } from '../../../../shared/formats/fieldLabels';
import { compareDrafts, describeValue } from '../../core/forms/mergeDrafts';

type Props<D extends object> = {
  base: D;
  mine: D;
  theirs: D;
  onSave: (keepMine: ReadonlySet<keyof D>) => void;
  onUseTheirs: () => void;
};

export function ConflictChoice<D extends object>({ base, mine, theirs, onSave, onUseTheirs }: Props<D>) {
  const { theirsOnly, both } = compareDrafts(base, mine, theirs);
  const [keepMine, setKeepMine] = useState<ReadonlySet<keyof D>>(() => new Set(both));
  const choose = (field: keyof D, mineChosen: boolean) =>
    setKeepMine((current) => {
      const next = new Set(current);
      if (mineChosen) next.add(field);
      else next.delete(field);
      return next;
    });
  return (
    <div className="conflict-choice" role="region" aria-label="Someone else saved this meanwhile" data-testid="conflict-choice">
      <p>
        <strong>Someone else saved this meanwhile.</strong>{' '}
        {both.length > 0 ? 'Choose, for each field you both changed, whose value to keep.' : 'You changed different fields, so nothing is lost.'}
        {theirsOnly.length > 0 && ` Their ${theirsOnly.map((field) => fieldLabel(String(field))).join(', ')} ${theirsOnly.length === 1 ? 'comes' : 'come'} in as they saved it.`}
      </p>
      {both.length > 0 && (
        <table className="conflict-choice__table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Saved by someone else</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {both.map((field) => {
              const name = fieldLabel(String(field));
              return (
                <tr key={String(field)} data-testid={`conflict-${String(field)}`}>
                  <th scope="row">{name}</th>
                  <td>
                    <label className="choice">
                      <input type="radio" name={`conflict-${String(field)}`} checked={!keepMine.has(field)} onChange={() => choose(field, false)} data-testid="conflict-theirs" />
                      <span>{describeValue(theirs[field])}</span>
                    </label>
                  </td>
                  <td>
                    <label className="choice">
                      <input type="radio" name={`conflict-${String(field)}`} checked={keepMine.has(field)} onChange={() => choose(field, true)} data-testid="conflict-mine" />
                      <span>{describeValue(mine[field])}</span>
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="inspector__actions">
        <button type="button" className="button button--primary button--small" data-testid="conflict-save" onClick={() => onSave(keepMine)}>
          Save {both.length > 0 ? 'with these choices' : 'my changes with theirs'}
        </button>
        <button type="button" className="button button--small" data-testid="conflict-theirs-all" onClick={onUseTheirs}>
          Use theirs, drop mine
        </button>
      </div>
    </div>
  );
}
