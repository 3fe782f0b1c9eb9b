// A withdrawal's harm grouped by organisation (issue 15): one line per organisation with someone
// inside it hit — "Cedar Bend Memorial: 5 of 12 departments disrupted".
import { describeOrganisationHarm } from '../../../../shared/analysis';
import type { OrganisationHarm } from '../../../../shared/analysis';

export function OrganisationHarmList({ organisations }: { organisations: readonly OrganisationHarm[] }) {
  if (organisations.length === 0) return null;
  return (
    <div className="sim-resources" data-testid="organisation-harm">
      <h4>By organisation</h4>
      <ul>
        {organisations.map((entry) => (
          <li key={entry.id}>{describeOrganisationHarm(entry)}</li>
        ))}
      </ul>
    </div>
  );
}
