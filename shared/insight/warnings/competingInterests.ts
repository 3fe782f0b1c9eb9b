// Competing interests: two parties linked by reliance or resource flow (either way) that state
// different stances on the same interest topic — the agendas of DESIGN.md §1 (admission,
// discharge, level of participation, cost, community resources). Software cannot read whether
// "wants safe placement before the 14-day mark" opposes "wants earlier placement decisions", so
// any difference in stance on a shared topic is raised, with both stances quoted for the leader
// to judge; the same stance on both sides ("cost: wants lower" twice) is an agreement, not raised.
// Topics and stances match whatever their capitals and spacing.
import type { Interest } from '../../domain/party';
import type { InsightRelationship } from '../types';
import { networkIndex } from '../networkIndex';
import type { InsightNetwork } from '../types';
import type { NetworkWarning, ResolvedWarningOptions } from './types';
import { namer } from './warningText';

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

type Stated = { interest: Interest; stance: string };

export function competingInterests(network: InsightNetwork, _options: ResolvedWarningOptions): NetworkWarning[] {
  const index = networkIndex(network);
  const n = index.n;
  // Each party's topics, folded once; a topic stated twice speaks with its first stance.
  const topics: (Map<string, Stated> | undefined)[] = network.parties.map((party) => {
    if (!party.interests || party.interests.length === 0) return undefined;
    const byTopic = new Map<string, Stated>();
    for (const interest of party.interests) {
      const topic = fold(interest.topic);
      if (!byTopic.has(topic)) byTopic.set(topic, { interest, stance: fold(interest.stance) });
    }
    return byTopic;
  });
  // The reliance and flow links of each pair of parties that both state interests, keyed by the
  // pair's indices (lower first).
  const links = new Map<number, { a: number; b: number; relationships: InsightRelationship[] }>();
  network.relationships.forEach((relationship, i) => {
    if (relationship.kind === 'TRUSTS') return;
    const s = index.source[i]!;
    const t = index.target[i]!;
    if (!topics[s] || !topics[t]) return;
    const [a, b] = network.parties[s]!.id < network.parties[t]!.id ? [s, t] : [t, s];
    const key = a * n + b;
    const link = links.get(key);
    if (link) link.relationships.push(relationship);
    else links.set(key, { a, b, relationships: [relationship] });
  });
  const nameOf = namer(network);
  const warnings: NetworkWarning[] = [];
  for (const { a, b, relationships } of links.values()) {
    const theirs = topics[b]!;
    for (const [topic, mine] of topics[a]!) {
      const other = theirs.get(topic);
      if (!other || other.stance === mine.stance) continue;
      const [idA, idB] = [network.parties[a]!.id, network.parties[b]!.id];
      warnings.push({
        key: `competing-interests:${idA}|${idB}|${topic}`,
        kind: 'competing-interests',
        parties: [idA, idB],
        relationships: relationships.map((relationship) => relationship.id),
        message: `${nameOf(idA)} and ${nameOf(idB)} want different things on ${mine.interest.topic}: ${nameOf(idA)} “${mine.interest.stance}”, ${nameOf(idB)} “${other.interest.stance}”. They work together: ${how(relationships[0]!, nameOf)}.`,
        quotes: [mine.interest.stance, other.interest.stance],
      });
    }
  }
  return warnings;
}

function how(relationship: InsightRelationship, nameOf: (id: string) => string): string {
  const [source, target] = [nameOf(relationship.source), nameOf(relationship.target)];
  if (relationship.kind === 'RELIES_ON') return `${source} relies on ${target} for ${relationship.service}`;
  if (relationship.kind === 'RESOURCE_FLOW') return `${source} provides ${relationship.resource} to ${target}`;
  return `${source} trusts ${target}`;
}
