// Two scenarios side by side: who is hit only in one, only in the other, and in both with the
// difference in chance — patients, clients and families first.
import type { PartyComparison } from '../../../../shared/analysis';
import { formatChance } from '../../../../shared/analysis';
import type { Comparison } from '../../hooks/useScenarios';
import type { WithdrawalAnalysis } from '../../hooks/useWithdrawalAnalysis';

type Props = { comparison: Comparison; analysis: WithdrawalAnalysis; onClose: () => void };

const CLASS_WORDS = { disrupted: 'disrupted', affected: 'affected', withdrawn: 'withdrawn', unaffected: 'not affected' } as const;

function Rows({ rows }: { rows: readonly PartyComparison[] }) {
  if (rows.length === 0) return <p className="sim-muted">Nobody.</p>;
  return (
    <table className="sim-table sim-table--compare">
      <thead>
        <tr>
          <th scope="col">Party</th>
          <th scope="col">Chance in A</th>
          <th scope="col">Chance in B</th>
          <th scope="col">B − A</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-testid="comparison-row" data-party-id={row.id}>
            <th scope="row">
              {row.name}
              {row.side === 'external' && <span className="sim-badge sim-badge--external">patient side</span>}
            </th>
            <td>
              {formatChance(row.impactA)}
              <span className="sim-table__note">{CLASS_WORDS[row.classA]}</span>
            </td>
            <td>
              {formatChance(row.impactB)}
              <span className="sim-table__note">{CLASS_WORDS[row.classB]}</span>
            </td>
            <td>{row.difference === 0 ? 'same' : `${row.difference > 0 ? '+' : '−'}${Math.max(1, Math.round(Math.abs(row.difference) * 100))} points`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ScenarioComparisonView({ comparison, analysis, onClose }: Props) {
  const { a, b, result, error } = comparison;
  const nameOf = (id: string) => analysis.graph.parties.find((party) => party.id === id)?.name ?? id;
  return (
    <section className="sim-compare" data-testid="scenario-comparison" aria-label="Scenario comparison">
      <header className="sim-compare__header">
        <h4>
          “{a.name}” compared with “{b.name}”
        </h4>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>Close</button>
      </header>
      {error && <p className="sim-error" role="alert">{error}</p>}
      {!result && !error && <p className="sim-muted">Comparing…</p>}
      {[...comparison.missingA.map((id) => [a.name, id]), ...comparison.missingB.map((id) => [b.name, id])].map(([scenario, id]) => (
        <p key={`${scenario}:${id}`} className="sim-warning">“{scenario}” withdraws {nameOf(id!)}, which no longer exists; it ran without it.</p>
      ))}
      {result && (
        <>
          <p data-testid="comparison-summary">
            “{a.name}” hits {result.summary.hitA} parties ({result.summary.externalHitA} on the patient side); “{b.name}” hits {result.summary.hitB} (
            {result.summary.externalHitB} on the patient side). {result.summary.both} are hit by both.
          </p>
          <p className="sim-muted">A is “{a.name}”, B is “{b.name}”; a + means B hurts the party more.</p>
          <h5>Only in A ({result.onlyA.length})</h5>
          <Rows rows={result.onlyA} />
          <h5>Only in B ({result.onlyB.length})</h5>
          <Rows rows={result.onlyB} />
          <h5>In both ({result.both.length})</h5>
          <Rows rows={result.both} />
        </>
      )}
    </section>
  );
}
