// A seeded care network for the map benchmarks, as a network document (the import format): the
// same options give the same network, so the data is never committed, only this generator.
// Parties sit in regions of about 50 (a county's network) laid out on a grid, with saved
// positions scattered around their region's centre, and most relationships stay in the region,
// as on a real map that someone has arranged.
import { DEFAULT_PARTY_TYPES, NETWORK_DOCUMENT_FORMAT, NETWORK_DOCUMENT_VERSION, RESOURCE_KINDS, SUBSTITUTABILITY } from '../shared/domain';
import type { NetworkDocumentInput } from '../shared/domain';
import { seededRandom } from '../shared/analysis/seededRandom';

export type MapNetworkOptions = { parties: number; relationships: number; seed?: number; positions?: boolean; name?: string };

const REGION_SIZE = 50;
const REGION_SPACING = 900;

export function generateMapNetwork(options: MapNetworkOptions): NetworkDocumentInput {
  const { parties: n, relationships: m, seed = 7, positions = true } = options;
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const regions = Math.max(1, Math.ceil(n / REGION_SIZE));
  const columns = Math.ceil(Math.sqrt(regions));

  const parties = Array.from({ length: n }, (_, i) => {
    const region = Math.floor(i / REGION_SIZE);
    const side = random() < 0.12 ? ('external' as const) : ('internal' as const);
    const angle = random() * 2 * Math.PI;
    const radius = Math.sqrt(random()) * REGION_SPACING * 0.42;
    return {
      id: `p${i}`,
      name: `${side === 'external' ? 'Clients' : 'Agency'} ${region + 1}-${(i % REGION_SIZE) + 1}`,
      side,
      type: pick(DEFAULT_PARTY_TYPES[side]),
      tags: random() < 0.3 ? [`region ${region + 1}`] : [],
      ...(positions
        ? {
            x: Math.round((region % columns) * REGION_SPACING + radius * Math.cos(angle)),
            y: Math.round(Math.floor(region / columns) * REGION_SPACING + radius * Math.sin(angle)),
          }
        : {}),
    };
  });

  const relationships = Array.from({ length: m }, (_, j) => {
    const source = Math.floor(random() * n);
    const region = Math.floor(source / REGION_SIZE);
    // Nine in ten stay in the region; the rest reach anywhere.
    let target = random() < 0.9 ? Math.min(n - 1, region * REGION_SIZE + Math.floor(random() * REGION_SIZE)) : Math.floor(random() * n);
    if (target === source) target = (source + 1) % n;
    const ends = { id: `r${j}`, source: `p${source}`, target: `p${target}` };
    const roll = random();
    if (roll < 0.4) {
      return { ...ends, kind: 'RELIES_ON' as const, service: 'referrals', criticality: 1 + Math.floor(random() * 5), substitutability: pick(SUBSTITUTABILITY) };
    }
    if (roll < 0.7) {
      return { ...ends, kind: 'RESOURCE_FLOW' as const, resource: pick(RESOURCE_KINDS), amount: random() < 0.8 ? Math.round(random() * 100) : null, unit: 'units', period: 'month' };
    }
    return { ...ends, kind: 'TRUSTS' as const, level: 1 + Math.floor(random() * 5) };
  });

  return {
    format: NETWORK_DOCUMENT_FORMAT,
    formatVersion: NETWORK_DOCUMENT_VERSION,
    network: { name: options.name ?? `Benchmark ${n} parties / ${m} relationships`, description: `Generated with seed ${seed}.` },
    parties,
    relationships,
  };
}
