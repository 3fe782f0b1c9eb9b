// A generated network for the insight benchmark: the withdrawal model's generator
// (shared/analysis/generateNetwork.ts) with what insight reads on top — interests on the seed
// agendas (admission, discharge, participation, cost, community resources) with a few stances
// each, and trust ratings assessed over the last two years, some never dated. Seeded.
import { generateNetwork, seededRandom } from '../shared/analysis';
import type { GenerateNetworkOptions } from '../shared/analysis';
import type { InsightNetwork } from '../shared/insight';

const AGENDAS: Record<string, string[]> = {
  admission: ['wants faster', 'wants fewer complex referrals', 'wants a bed close to home'],
  discharge: ['wants earlier', 'wants safe placement first', 'wants home, not a nursing home'],
  'level of participation': ['wants more days per week', 'wants fewer days per week'],
  cost: ['wants lower', 'wants its fee protected'],
  'community resources': ['wants a fair share', 'wants them kept local'],
};
const TOPICS = Object.keys(AGENDAS);

export function generateInsightNetwork(options: GenerateNetworkOptions): InsightNetwork {
  const base = generateNetwork(options);
  const random = seededRandom((options.seed ?? 1) + 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const parties = base.parties.map((party) => {
    const topics = new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(TOPICS)));
    return { ...party, interests: [...topics].map((topic) => ({ topic, stance: pick(AGENDAS[topic]!) })) };
  });
  const today = Date.parse('2026-12-07T00:00:00Z');
  const relationships = base.relationships.map((relationship) => {
    if (relationship.kind !== 'TRUSTS') return relationship;
    const assessedAt = random() < 0.1 ? null : new Date(today - Math.floor(random() * 730) * 86_400_000).toISOString().slice(0, 10);
    return { ...relationship, assessedAt };
  });
  return { parties, relationships };
}
