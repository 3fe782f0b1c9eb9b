// The agreements a simulation ended (DESIGN.md §4.9, issue 12), listed under its headline, and
// those it asked about that are no longer in the network.
import '../timeline/timeline.css';
import type { AgreementsView } from '../../core/simulation/simulationView';

export function WithdrawnAgreements({ agreements }: { agreements: AgreementsView }) {
  const { ended, missing } = agreements;
  if (ended.length === 0 && missing.length === 0) return null;
  return (
    <div className="sim-agreements" data-testid="withdrawn-agreements">
      {ended.length > 0 && (
        <details open={ended.length <= 4}>
          <summary>
            Withdrawn agreements: {ended.length} {ended.length === 1 ? 'ends' : 'end'} while both parties stay
          </summary>
          <ul>
            {ended.map((agreement) => (
              <li key={agreement.id}>{agreement.label}</li>
            ))}
          </ul>
        </details>
      )}
      {missing.length > 0 && (
        <p className="sim-warning" role="alert">
          {missing.length === 1 ? 'One agreement' : `${missing.length} agreements`} of this question no longer {missing.length === 1 ? 'exists' : 'exist'} in this network; the
          simulation ran without {missing.length === 1 ? 'it' : 'them'}.
        </p>
      )}
    </div>
  );
}
