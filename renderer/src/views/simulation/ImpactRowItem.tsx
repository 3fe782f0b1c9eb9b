// One affected party in the results: its chance of losing what it needs, the most likely chain in words,
// its risk of also stepping away, and (when disrupted) who could fill what it lost. Clicking
// the row highlights the chain on the map.
import { describeCandidate, describeHops, describeLoss, describeRisk } from '../../core/simulation/describeResults';
import { describeChance, formatChance } from '../../../../shared/analysis';
import { impactColour } from '../../core/simulation/impactScale';
import type { ImpactRow } from '../../core/simulation/simulationView';

type Props = { row: ImpactRow; highlighted: boolean; onHighlight: (partyId: string) => void };

const CLASS_WORDS = { disrupted: 'Disrupted', affected: 'Affected', withdrawn: 'Withdrawn', unaffected: 'Not affected' } as const;

export function ImpactRowItem({ row, highlighted, onHighlight }: Props) {
  return (
    <li className={`sim-row${highlighted ? ' sim-row--highlighted' : ''}`} data-testid="impact-row" data-party-id={row.id}>
      <button type="button" className="sim-row__head" aria-pressed={highlighted} onClick={() => onHighlight(row.id)} title="Show this chain on the map">
        <span className="sim-row__swatch" style={{ background: impactColour(row.impact) }} aria-hidden="true" />
        <span className="sim-row__name">{row.name}</span>
        <span className={`sim-badge sim-badge--${row.impactClass}`}>{CLASS_WORDS[row.impactClass]}</span>
        <span className="sim-row__impact" title="Chance of losing what it needs">
          {formatChance(row.impact)}
        </span>
      </button>
      {row.chain && (
        <p className="sim-row__loss" data-testid="chance-sentence">
          {describeChance(row.impact, row.margin)} of losing {row.chain.losing}
        </p>
      )}
      {row.chain && (
        <p className="sim-row__chain" data-testid="chain-sentence">
          {row.chain.sentence}
        </p>
      )}
      <p className={`sim-row__risk${row.mayStepAway ? ' sim-row__risk--flag' : ''}`}>
        {describeRisk(row)} · {describeHops(row.hops)}
      </p>
      {row.mitigation.length > 0 && (
        <details className="sim-row__mitigation">
          <summary>Who could help ({row.mitigation.length} {row.mitigation.length === 1 ? 'gap' : 'gaps'})</summary>
          <ul>
            {row.mitigation.map((need) => (
              <li key={`${need.lostKind}:${need.lost}`}>
                <span>{describeLoss(need)}.</span>{' '}
                {need.candidates.length === 0 ? (
                  <span className="sim-muted">Nobody else in the network provides it.</span>
                ) : (
                  <span>Could ask: {need.candidates.map(describeCandidate).join(', ')}.</span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
