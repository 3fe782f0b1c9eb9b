// The selected party's metrics: its relationships by kind, who relies on it and on whom it relies,
// trust given and received, betweenness, whether it is a single point of failure (and why, in
// words), and its harm and rank from the cascade.
import type { PartyInsight } from '../../../../shared/insight';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const trust = (value: number | null) => (value === null ? 'not rated' : `${Math.round(value * 100) / 100} of 5`);

export function PartyCard({ party, total }: { party: PartyInsight; total: number }) {
  const { RELIES_ON: relies, RESOURCE_FLOW: flows, TRUSTS: trusts } = party.relationships;
  return (
    <section className="insight-party" aria-label={`Insight on ${party.name}`} data-testid="insight-party" data-party-id={party.id}>
      <h3>{party.name}</h3>
      <dl className="insight-party__facts">
        <dt>Relationships</dt>
        <dd>
          relies on {relies.out}, relied on {relies.in}; supplies {flows.out}, supplied {flows.in}; rates {trusts.out}, rated {trusts.in}
        </dd>
        <dt>Reliance</dt>
        <dd>
          {party.reliedOnBy} {party.reliedOnBy === 1 ? 'party relies' : 'parties rely'} on it; it relies on {party.reliesOn}
        </dd>
        <dt>Mean trust</dt>
        <dd>
          gives {trust(party.meanTrustGiven)}, receives {trust(party.meanTrustReceived)}
          {party.trustReceivedPercent !== null && ` (${Math.round(party.trustReceivedPercent)}%)`}
        </dd>
        <dt>Betweenness</dt>
        <dd data-testid="insight-party-betweenness">{number.format(party.betweenness)}</dd>
        <dt>Harm if it left</dt>
        <dd>{party.harm === null ? 'being worked out…' : `${number.format(party.harm)} (rank ${party.criticalityRank} of ${total})`}</dd>
      </dl>
      {party.singlePointOfFailure ? (
        <div className="insight-party__spof" data-testid="insight-party-spof">
          <strong>Single point of failure:</strong>
          <ul>
            {party.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="sim-muted">Not a single point of failure.</p>
      )}
    </section>
  );
}
