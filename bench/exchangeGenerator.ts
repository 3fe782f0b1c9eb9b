// Seeded generator of large care networks for the import/export benchmark and the tests that
// need more than a few rows: the same arguments give the same network. Written as CSV the way a
// person fills in the template (names, not ids), or as documents for direct writes.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { DEFAULT_PARTY_TYPES, RESOURCE_KINDS, SUBSTITUTABILITY } from '../shared/domain';
import type { DocumentParty, DocumentRelationship } from '../shared/domain';
import { seededRandom } from '../shared/analysis/seededRandom';

const SERVICES = ['discharge placement', 'transport', 'psychiatry cover', 'referrals', 'medication review', 'crisis admission'];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

export function partyName(index: number): string {
  return `Party ${String(index).padStart(6, '0')}`;
}

/** `spread`: the side of the square the parties are placed in, in map units. */
export function generateParties(count: number, seed = 1, spread = 20_000): DocumentParty[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const external = random() < 0.1;
    return {
      id: `p-${index}`,
      name: partyName(index),
      shortName: '',
      side: external ? 'external' : 'internal',
      type: pick(random, external ? DEFAULT_PARTY_TYPES.external : DEFAULT_PARTY_TYPES.internal),
      tags: random() < 0.3 ? ['rural'] : [],
      notes: '',
      interests: [],
      x: Math.round(random() * spread),
      y: Math.round(random() * spread),
      partOf: null,
    };
  });
}

export function generateRelationships(count: number, parties: number, seed = 2): DocumentRelationship[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index): DocumentRelationship => {
    const source = Math.floor(random() * parties);
    // Mostly local ties, as in a real regional network; never a party to itself.
    const target = (source + 1 + Math.floor(random() * Math.min(parties - 1, 60))) % parties;
    const ends = { id: `r-${index}`, source: `p-${source}`, target: `p-${target}`, notes: '' };
    const term = { startsOn: null, endsOn: null, renews: false };
    const roll = random();
    if (roll < 0.4) {
      return { ...ends, kind: 'RELIES_ON', service: pick(random, SERVICES), criticality: 1 + Math.floor(random() * 5), substitutability: pick(random, SUBSTITUTABILITY), ...term };
    }
    if (roll < 0.7) {
      return { ...ends, kind: 'RESOURCE_FLOW', resource: pick(random, RESOURCE_KINDS), amount: random() < 0.2 ? null : Math.round(random() * 100_000), unit: 'USD', period: 'year', ...term };
    }
    return { ...ends, kind: 'TRUSTS', level: 1 + Math.floor(random() * 5), reliability: null, missionSupport: null, openness: null, assessedAt: null, assessedBy: '' };
  });
}

async function writeLines(path: string, lines: Iterable<string>): Promise<number> {
  const stream = createWriteStream(path);
  let bytes = 0;
  let buffer = '';
  for (const line of lines) {
    buffer += `${line}\r\n`;
    if (buffer.length > 1 << 20) {
      bytes += Buffer.byteLength(buffer);
      if (!stream.write(buffer)) await once(stream, 'drain');
      buffer = '';
    }
  }
  bytes += Buffer.byteLength(buffer);
  stream.end(buffer);
  await once(stream, 'finish');
  return bytes;
}

/** parties.csv and relationships.csv as a person would fill them in: by name, no ids. */
export async function writeGeneratedCsv(dir: string, partyCount: number, relationshipCount: number, seed = 1) {
  const parties = join(dir, 'parties.csv');
  const relationships = join(dir, 'relationships.csv');
  const partyBytes = await writeLines(parties, (function* () {
    yield 'name,side,type,tags,x,y';
    for (const party of generateParties(partyCount, seed)) yield `${party.name},${party.side},${party.type},${party.tags.join('; ')},${party.x},${party.y}`;
  })());
  const relationshipBytes = await writeLines(relationships, (function* () {
    yield 'kind,from,to,service,criticality,substitutability,resource,amount,unit,period,trust level';
    for (const r of generateRelationships(relationshipCount, partyCount, seed + 1)) {
      const from = partyName(Number(r.source.slice(2)));
      const to = partyName(Number(r.target.slice(2)));
      if (r.kind === 'RELIES_ON') yield `reliance,${from},${to},${r.service},${r.criticality},${r.substitutability},,,,,`;
      else if (r.kind === 'RESOURCE_FLOW') yield `resource flow,${from},${to},,,,${r.resource},${r.amount ?? ''},${r.unit},${r.period},`;
      else yield `trust,${from},${to},,,,,,,,${r.level}`;
    }
  })());
  return { parties, relationships, bytes: partyBytes + relationshipBytes };
}
