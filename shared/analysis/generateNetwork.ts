// A seeded random care network for tests and benchmarks: the same options give the same network.
//
// Shaped like many copies of the sample network side by side: parties live in regions of about
// 50 (a county's care network), about 10% of each region are external customers, and most
// relationships stay inside a region, pointing at a few local hubs (the hospital, the
// management company). A small set of statewide hubs (payers, state agencies) serves every
// region: regional parties rely on them and receive their funding, but they rely on no region,
// so a local withdrawal stays local while a statewide one spreads. Resource flows of every kind,
// some without amounts; each recipient draws most of what it receives from a couple of kinds,
// so shares are split between several suppliers as in the sample. `regionSize: parties` with
// `crossRegionShare: 0` gives one well-mixed network instead.
import { DEFAULT_PARTY_TYPES, RESOURCE_KINDS, SUBSTITUTABILITY } from '../domain/constants';
import type { ImpactNetwork, ImpactParty, ImpactRelationship } from './types';
import { seededRandom } from './seededRandom';

export interface GenerateNetworkOptions {
  readonly parties: number;
  readonly relationships: number;
  readonly seed?: number;
  /** Share of parties that are external customers (default 0.1). */
  readonly externalShare?: number;
  /** Share of resource flows with an unknown amount (default 0.2). */
  readonly unknownAmountShare?: number;
  /** Parties per region (default 50). */
  readonly regionSize?: number;
  /** Share of relationships between a region and a statewide hub (default 0.1). */
  readonly crossRegionShare?: number;
}

const SERVICES = [
  'discharge placement',
  'transport',
  'psychiatry cover',
  'referrals',
  'medication review',
  'staffing',
  'crisis admission',
  'home visits',
  'case management',
  'family education',
  'court evaluations',
  'health records',
  'respite care',
  'therapy groups',
];

export function generateNetwork(options: GenerateNetworkOptions): ImpactNetwork {
  const { parties: n, relationships: m, seed = 1, externalShare = 0.1, unknownAmountShare = 0.2 } = options;
  const { regionSize = 50, crossRegionShare = 0.1 } = options;
  if (!(Number.isInteger(n) && n >= 4)) throw new RangeError('A generated network needs at least 4 parties.');
  if (!(Number.isInteger(m) && m >= 0)) throw new RangeError('The number of relationships must be a whole number.');
  if (!(Number.isInteger(regionSize) && regionSize >= 3)) throw new RangeError('A region needs at least 3 parties.');
  const random = seededRandom(seed);
  const below = (count: number) => Math.floor(random() * count);
  // The product of two uniform numbers favours low positions: a few parties become hubs.
  const skewedBelow = (count: number) => Math.floor(random() * random() * count);
  const pick = <T>(items: readonly T[]): T => items[below(items.length)]!;

  const hubs = crossRegionShare > 0 ? Math.max(1, Math.floor(n / 200)) : 0;
  const regional = n - hubs;
  const regionStart = (region: number) => hubs + region * regionSize;
  const regionLength = (region: number) => Math.min(regionSize, n - regionStart(region));
  const internalsIn = (region: number) => Math.max(2, Math.round(regionLength(region) * (1 - externalShare)));

  const parties: ImpactParty[] = Array.from({ length: n }, (_, i) => {
    const region = Math.floor((i - hubs) / regionSize);
    const external = i >= hubs && i - regionStart(region) >= internalsIn(region);
    const side = external ? 'external' : 'internal';
    const type = i < hubs ? pick(['payer', 'government/court'] as const) : pick(DEFAULT_PARTY_TYPES[side]);
    const name = i < hubs ? `Statewide ${type} ${i}` : `${external ? 'Group' : 'Agency'} ${i} (${type}, region ${region + 1})`;
    return { id: `p${i}`, name, side, type };
  });

  const relationships = new Array<ImpactRelationship>(m);
  for (let r = 0; r < m; r++) {
    const region = Math.floor(below(regional) / regionSize);
    const start = regionStart(region);
    const anyoneHere = () => start + below(regionLength(region));
    const localHub = () => start + skewedBelow(internalsIn(region));
    const provider = (except: number) => {
      if (random() < crossRegionShare) return skewedBelow(hubs);
      const chosen = localHub();
      return chosen === except ? start + ((chosen - start + 1) % internalsIn(region)) : chosen;
    };
    const id = `r${r}`;
    const roll = random();
    if (roll < 0.5) {
      const source = anyoneHere();
      const target = provider(source);
      relationships[r] = {
        id,
        kind: 'RELIES_ON',
        source: parties[source]!.id,
        target: parties[target]!.id,
        service: pick(SERVICES),
        criticality: 1 + below(5),
        substitutability: pick(SUBSTITUTABILITY),
      };
    } else if (roll < 0.8) {
      const target = anyoneHere();
      const source = provider(target);
      relationships[r] = {
        id,
        kind: 'RESOURCE_FLOW',
        source: parties[source]!.id,
        target: parties[target]!.id,
        resource: source < hubs ? 'funding' : neededKind(target, random()),
        amount: random() < unknownAmountShare ? null : 1 + below(100),
      };
    } else {
      const source = anyoneHere();
      const drawn = random() < crossRegionShare ? skewedBelow(hubs) : anyoneHere();
      const target = drawn === source ? start + ((drawn - start + 1) % regionLength(region)) : drawn;
      relationships[r] = { id, kind: 'TRUSTS', source: parties[source]!.id, target: parties[target]!.id, level: 1 + below(5) };
    }
  }
  return { parties, relationships };
}

// Each party mostly receives two kinds of resources, fixed by its position, sometimes a third.
function neededKind(party: number, roll: number) {
  const first = Math.imul(party, 2654435761) >>> 29;
  const kind = roll < 0.45 ? first : roll < 0.9 ? (first + 3) % RESOURCE_KINDS.length : Math.floor(roll * 1000) % RESOURCE_KINDS.length;
  return RESOURCE_KINDS[kind]!;
}
