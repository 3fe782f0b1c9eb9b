// The in-app explanation of the withdrawal model (README "How the withdrawal simulation works"),
// plain words first, then precisely; folded away until asked for.
export function HowItIsWorkedOut() {
  return (
    <details className="sim-how" data-testid="simulation-how">
      <summary>How is this worked out?</summary>
      <p>
        A party depends on a partner when it relies on it for a service (more when the service is critical and hard to replace) or receives a
        share of its resources (more when that partner supplies most of them). Each dependency is a <em>chance</em>: if the partner leaves, how
        likely is the dependent to be left without what it needs? Those who are may in turn let down those who depend on them, and so on.
      </p>
      <p>
        Careweave works out each party’s chance exactly where it can, and otherwise plays out thousands of possible futures and counts. A party
        can only be lost once, so two partners who rely on each other do not make each other’s loss worse than the link that brought it to
        them. Parties with a 5% chance or more are <em>affected</em>, 50% or more <em>disrupted</em>.
      </p>
      <p className="sim-muted">
        Precisely: the dependency of A on B is d = 1 − (1 − r) × Π(1 − f), with r = criticality/5 × 1, 0.5 or 0.15 (no, limited or ready
        substitutes) and f the share of each resource B supplies. Every dependency passes a loss on independently with chance d; a party’s
        chance is the probability that some chain of such links reaches it from a withdrawn party. Estimated chances are within the margin
        shown (95% confidence); the same network and question always give the same numbers.
      </p>
    </details>
  );
}
