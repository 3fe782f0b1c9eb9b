// Per-party metrics on small networks whose answers were worked out by hand (the working is in
// each test's comments).
import { describe, expect, it } from 'vitest';
import { betweenness, cutOff, cutVertices, meanTrust, relationshipCounts, relianceCounts, singlePointsOfFailure, soleProviders } from '../../shared/insight';
import { flows, network, relies, trusts } from './fixtures';

// A diamond of reliance a→b→d, a→c→d, then d→e; a relies on b twice (two services).
// f supplies e; g only trusts a (trust holds nothing up).
const diamond = network(
  ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
  [
    relies('a', 'b', 'referrals'),
    relies('a', 'b', 'beds'),
    relies('a', 'c', ' Referrals'),
    relies('b', 'd', 'beds'),
    relies('c', 'd', 'beds'),
    relies('d', 'e', 'transport', 4, 'ready'),
    flows('f', 'e', 'funding', 10),
    trusts('g', 'a', 4),
    trusts('a', 'b', 2),
    trusts('c', 'b', 3),
  ],
);

describe('betweenness on the reliance network', () => {
  it('counts shortest reliance paths through each party, parallel relationships once', () => {
    // Shortest paths between other parties: a→d two ways (b ½, c ½); a→e two ways (b ½, c ½,
    // d 1); b→e and c→e through d (1 each). Raw: b 1, c 1, d 3. n = 7, so (n−1)(n−2) = 30.
    expect(betweenness(diamond, { normalized: false })).toEqual({ a: 0, b: 1, c: 1, d: 3, e: 0, f: 0, g: 0 });
    const normalised = betweenness(diamond);
    expect(normalised.d).toBeCloseTo(3 / 30, 12);
    expect(normalised.b).toBeCloseTo(1 / 30, 12);
  });

  it('scores ½ for the middle of a chain of three, 1 when reliance runs both ways, 0 on tiny networks', () => {
    // Of the two ordered pairs (x, z) and (z, x), only x → z has a path, through y: 1 / (2 × 1).
    expect(betweenness(network(['x', 'y', 'z'], [relies('x', 'y'), relies('y', 'z')]))).toEqual({ x: 0, y: 0.5, z: 0 });
    const both = network(['x', 'y', 'z'], [relies('x', 'y'), relies('y', 'z'), relies('z', 'y'), relies('y', 'x')]);
    expect(betweenness(both)).toEqual({ x: 0, y: 1, z: 0 });
    expect(betweenness(network(['x', 'y'], [relies('x', 'y')]))).toEqual({ x: 0, y: 0 });
    expect(betweenness(network([], []))).toEqual({});
  });

  it('follows the direction of reliance: a party relied on by both ends of nothing is not between', () => {
    // x and z both rely on y: no path runs x → y → z.
    expect(betweenness(network(['x', 'y', 'z'], [relies('x', 'y'), relies('z', 'y')]))).toEqual({ x: 0, y: 0, z: 0 });
  });
});

describe('cut vertices of the reliance and resource-flow network', () => {
  it('finds the parties that hold pieces together, ignoring trust', () => {
    // Links (either way): a–b, a–c, b–d, c–d, d–e, e–f. Removing d leaves {a, b, c} and {e, f};
    // removing e leaves {f} alone. The cycle a–b–d–c keeps a, b and c from being cut vertices,
    // and g's only link is trust.
    expect(cutVertices(diamond)).toEqual({ a: false, b: false, c: false, d: true, e: true, f: false, g: false });
  });

  it('names who would be separated: every piece but the largest', () => {
    expect(cutOff(diamond)).toEqual({ d: { count: 2, sample: ['e', 'f'] }, e: { count: 1, sample: ['f'] } });
    // A star: the hub separates every leaf from every other; the largest piece is one leaf.
    const star = network(['hub', 'l1', 'l2', 'l3'], [relies('l1', 'hub'), flows('hub', 'l2'), relies('l3', 'hub')]);
    expect(cutOff(star)).toEqual({ hub: { count: 2, sample: expect.any(Array) } });
    expect(cutOff(star).hub!.sample).toHaveLength(2);
    expect(cutOff(diamond, { sampleSize: 1 }).d).toEqual({ count: 2, sample: ['e'] });
  });

  it('handles a long chain without running out of stack', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `p${i}`);
    const chain = network(ids, ids.slice(1).map((id, i) => relies(ids[i]!, id)));
    const cut = cutVertices(chain);
    expect(cut.p0).toBe(false);
    expect(cut.p1).toBe(true);
    expect(cut.p19998).toBe(true);
    expect(cut.p19999).toBe(false);
    // The middle of the chain separates the shorter half.
    expect(cutOff(chain, { sampleSize: 2 }).p5).toEqual({ count: 5, sample: ['p0', 'p1'] });
  });
});

describe('sole providers', () => {
  it('names who alone provides a service or resource kind, and skips ready substitutes', () => {
    // a relies on b and on c for referrals (two spellings, one service): no sole provider. d alone
    // provides beds to b and to c; e's transport to d has ready substitutes; f alone funds e.
    // b alone provides beds to a.
    const sole = soleProviders(diamond);
    expect(sole.d!.map((p) => `${p.dependent}:${p.what}`)).toEqual(['b:beds', 'c:beds']);
    expect(sole.f!.map((p) => `${p.dependent}:${p.kind}:${p.what}`)).toEqual(['e:resource:funding']);
    expect(sole.b!.map((p) => `${p.dependent}:${p.what}`)).toEqual(['a:beds']);
    expect(sole.e).toEqual([]);
    expect(sole.c).toEqual([]);
  });

  it('makes single points of failure of cut vertices and sole providers', () => {
    expect(singlePointsOfFailure(diamond)).toEqual({ a: false, b: true, c: false, d: true, e: true, f: true, g: false });
  });

  it('does not count a flow of nothing', () => {
    expect(soleProviders(network(['x', 'y'], [flows('x', 'y', 'beds', 0)])).x).toEqual([]);
    expect(soleProviders(network(['x', 'y'], [flows('x', 'y', 'beds', null)])).x).toHaveLength(1);
  });
});

describe('counts and trust', () => {
  it('counts relationships by kind, every one', () => {
    const counts = relationshipCounts(diamond);
    expect(counts.a).toEqual({ RELIES_ON: { out: 3, in: 0 }, RESOURCE_FLOW: { out: 0, in: 0 }, TRUSTS: { out: 1, in: 1 } });
    expect(counts.e).toEqual({ RELIES_ON: { out: 0, in: 1 }, RESOURCE_FLOW: { out: 0, in: 1 }, TRUSTS: { out: 0, in: 0 } });
  });

  it('counts distinct parties relied on and relying', () => {
    const counts = relianceCounts(diamond);
    expect(counts.a).toEqual({ reliedOnBy: 0, reliesOn: 2 });
    expect(counts.b).toEqual({ reliedOnBy: 1, reliesOn: 1 });
    expect(counts.d).toEqual({ reliedOnBy: 2, reliesOn: 1 });
  });

  it('averages trust given and received', () => {
    const trust = meanTrust(diamond);
    expect(trust.a).toEqual({ given: 2, received: 4 });
    expect(trust.b).toEqual({ given: null, received: 2.5 });
    expect(trust.d).toEqual({ given: null, received: null });
  });
});

describe('input is checked first', () => {
  it('refuses a relationship to a party that is not there, and bad options', () => {
    expect(() => betweenness(network(['x'], [relies('x', 'nobody', 'care', 3, 'none', 'r-bad')]))).toThrow(/"r-bad" ends at party "nobody"/);
    expect(() => betweenness(diamond, { normalized: 'yes' as unknown as boolean })).toThrow(/normalized/);
    expect(() => cutOff(diamond, { sampleSize: -1 })).toThrow(/sampleSize/);
    expect(() => cutVertices(null as never)).toThrow(/needs a network/);
  });

  it('never changes its input', () => {
    const before = JSON.stringify(diamond);
    betweenness(diamond);
    cutOff(diamond);
    soleProviders(diamond);
    expect(JSON.stringify(diamond)).toBe(before);
  });
});
