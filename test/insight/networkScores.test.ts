// Network scores on small networks worked out by hand, and on parts of a network.
import { describe, expect, it } from 'vitest';
import { insightReport, networkScores, subNetwork } from '../../shared/insight';
import { flows, network, relies, trusts } from './fixtures';

// Hub h is relied on by a, b and c; a supplies b; trust a→h 4, b→h 2, h→a 1, c→h 5 (twice a pair
// a→h and h→a: four ordered pairs carry trust).
const hub = network(
  ['h', 'a', 'b', 'c'],
  [relies('a', 'h'), relies('b', 'h'), relies('c', 'h'), relies('a', 'h', 'other'), flows('a', 'b'), trusts('a', 'h', 4), trusts('b', 'h', 2), trusts('h', 'a', 1), trusts('c', 'h', 5)],
);

describe('network scores', () => {
  it('match the hand-worked values', () => {
    // Linked ordered pairs: a→h, b→h, c→h, a→b, h→a = 5 of 4 × 3 = 12.
    // Reliance in-degrees: h 3, others 0; Σ(3 − in) = 9 over (n − 1)² = 9 → 1.
    // Trust: 4, 2, 1, 5 → mean 3; at or below 2: two of four.
    // Received: h (4 + 2 + 5) / 3 = 11/3, a 1; mean 7/3 of 5 → 46.67%.
    // Single points of failure: h is a cut vertex (c hangs on it); a alone funds b; h alone provides care to c.
    const scores = networkScores(hub);
    expect(scores).toEqual({
      parties: 4,
      relationships: 9,
      density: 5 / 12,
      relianceCentralisation: 1,
      meanTrust: 3,
      lowTrustShare: 0.5,
      singlePointsOfFailure: 2,
      trustReceivedPercent: expect.closeTo((100 * 7) / 3 / 5, 10),
    });
  });

  it('say nothing about trust where there is none, and are 0 for a party alone', () => {
    expect(networkScores(network(['x'], []))).toEqual({
      parties: 1,
      relationships: 0,
      density: 0,
      relianceCentralisation: 0,
      meanTrust: null,
      lowTrustShare: null,
      singlePointsOfFailure: 0,
      trustReceivedPercent: null,
    });
  });

  it('follow the low-trust threshold', () => {
    expect(networkScores(hub, { lowTrust: 4 }).lowTrustShare).toBe(0.75);
    expect(() => networkScores(hub, { lowTrust: 0 })).toThrow(/lowTrust/);
  });

  it('are recomputed on a part of the network: what the filters show, or what is left after a withdrawal', () => {
    // Without h: a supplies b and nothing else; one linked pair of 3 × 2.
    const after = networkScores(subNetwork(hub, { withoutParties: ['h'] }));
    expect(after).toMatchObject({ parties: 3, relationships: 1, density: 1 / 6, meanTrust: null, singlePointsOfFailure: 1 });
    // Only reliance on show.
    const relianceOnly = hub.relationships.filter((r) => r.kind === 'RELIES_ON').map((r) => r.id);
    expect(networkScores(subNetwork(hub, { relationshipIds: relianceOnly }))).toMatchObject({ relationships: 4, density: 3 / 12, meanTrust: null });
    expect(networkScores(subNetwork(hub, { partyIds: ['h', 'a'] }))).toMatchObject({ parties: 2, relationships: 4 });
  });
});

describe('the whole report', () => {
  it('puts every metric of a party in one record, and adds harm from a ranking', () => {
    const report = insightReport(hub, { today: '2026-12-07', ranking: [{ id: 'h', name: 'H', side: 'internal', type: 'other', harm: 2.5, harmMargin: 0, affected: 3, disrupted: 1, externalAffected: 0 }] });
    const h = report.parties.find((p) => p.id === 'h')!;
    expect(h).toMatchObject({ reliedOnBy: 3, reliesOn: 0, meanTrustGiven: 1, cutVertex: true, singlePointOfFailure: true, harm: 2.5, criticalityRank: 1 });
    expect(h.reasons[0]).toBe('holds the network together: without it, C loses every reliance and resource link to the rest');
    expect(h.reasons).toContain('the only provider of care to C');
    expect(report.parties.find((p) => p.id === 'a')!).toMatchObject({ harm: null, criticalityRank: null, meanTrustReceived: 1, trustReceivedPercent: 20 });
    expect(report.network.parties).toBe(4);
  });
});
