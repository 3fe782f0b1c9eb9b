// Competing interests: two parties linked by reliance or resource flow (either way) that state
// different stances on the same interest topic — the agendas of DESIGN.md §1 (admission,
// discharge, level of participation, cost, community resources). Software cannot read whether
// "wants safe placement before the 14-day mark" opposes "wants earlier placement decisions", so
// any difference in stance on a shared topic is raised, with both stances quoted for the leader
// to judge; the same stance on both sides ("cost: wants lower" twice) is an agreement, not raised.
// Topics and stances match whatever their capitals and spacing.
import type { Interest } from '../../domain/party';
import type { InsightNetwork } from '../types';
import type { NetworkWarning, ResolvedWarningOptions } from './types';
import { namer } from './warningText';

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export function competingInterests(network: InsightNetwork, _options: ResolvedWarningOptions): NetworkWarning[] {
  const topics = new Map<string, Map<string, Interest>>();
  for (const party of network.parties) {
    if (!party.interests || party.interests.length === 0) continue;
    const byTopic = new Map<string, Interest>();
    // A topic stated twice: its first stance speaks for the party.
    for (const interest of party.interests) if (!byTopic.has(fold(interest.topic))) byTopic.set(fold(interest.topic), interest);
    topics.set(party.id, byTopic);
  }
  // The reliance and flow links between each pair of parties that both state interests.
  const links = new Map<string, { a: string; b: string; relationships: string[]; how: string }>();
  const nameOf = namer(network);
  for (const relationship of network.relationships) {
    if (relationship.kind === 'TRUSTS' || !topics.has(relationship.source) || !topics.has(relationship.target)) continue;
    const [a, b] = relationship.source < relationship.target ? [relationship.source, relationship.target] : [relationship.target, relationship.source];
    const key = `${a}|${b}`;
    const link = links.get(key);
    if (link) {
      link.relationships.push(relationship.id);
      continue;
    }
    const how =
      relationship.kind === 'RELIES_ON'
        ? `${nameOf(relationship.source)} relies on ${nameOf(relationship.target)} for ${relationship.service}`
        : `${nameOf(relationship.source)} provides ${relationship.resource} to ${nameOf(relationship.target)}`;
    links.set(key, { a, b, relationships: [relationship.id], how });
  }
  const warnings: NetworkWarning[] = [];
  for (const [key, { a, b, relationships, how }] of links) {
    const mine = topics.get(a)!;
    const theirs = topics.get(b)!;
    for (const [topic, interest] of mine) {
      const other = theirs.get(topic);
      if (!other || fold(other.stance) === fold(interest.stance)) continue;
      warnings.push({
        key: `competing-interests:${key}|${topic}`,
        kind: 'competing-interests',
        parties: [a, b],
        relationships,
        message: `${nameOf(a)} and ${nameOf(b)} want different things on ${interest.topic}: ${nameOf(a)} “${interest.stance}”, ${nameOf(b)} “${other.stance}”. They work together: ${how}.`,
        quotes: [interest.stance, other.stance],
      });
    }
  }
  return warnings;
}
