// Two withdrawal scenarios side by side: who is hit in one and not the other, and by how much.
// Pure: takes two results (of simulateWithdrawal, or anything with the same party fields) and
// returns new data.
//
// "Hit" means affected or disrupted under each scenario's own thresholds — the same words the
// results panel uses. A party that withdraws is the question, not a consequence: it is not
// counted as hit (it still shows as "withdrawn" beside a scenario where it is hit). Parties hit in both are listed with the change in impact, so
// "both" does not hide that one scenario hurts them far more. Most vulnerable first, as
// everywhere (DESIGN.md §4.8): external customers before everyone else, then the largest
// difference, then name.
import type { PartySide } from '../domain/constants';
import type { ImpactClass } from './partyImpact';

export interface ComparedParty {
  readonly id: string;
  readonly name: string;
  readonly side: PartySide;
  readonly type: string;
  readonly impact: number;
  readonly impactClass: ImpactClass;
}

export interface ComparedScenario {
  readonly parties: readonly ComparedParty[];
}

export type ComparisonPresence = 'onlyA' | 'onlyB' | 'both';

export interface PartyComparison {
  readonly id: string;
  readonly name: string;
  readonly side: PartySide;
  readonly type: string;
  readonly presence: ComparisonPresence;
  /** Impact under each scenario; 0 when the party is absent from that result. */
  readonly impactA: number;
  readonly impactB: number;
  readonly classA: ImpactClass;
  readonly classB: ImpactClass;
  /** impactB − impactA: positive when scenario B hurts the party more. */
  readonly difference: number;
}

export interface ScenarioComparison {
  readonly onlyA: readonly PartyComparison[];
  readonly onlyB: readonly PartyComparison[];
  readonly both: readonly PartyComparison[];
  readonly summary: {
    readonly hitA: number;
    readonly hitB: number;
    readonly externalHitA: number;
    readonly externalHitB: number;
    readonly onlyA: number;
    readonly onlyB: number;
    readonly both: number;
  };
}

const isHit = (impactClass: ImpactClass) => impactClass === 'affected' || impactClass === 'disrupted';

export function compareScenarios(a: ComparedScenario, b: ComparedScenario): ScenarioComparison {
  if (!a || !b || !Array.isArray(a.parties) || !Array.isArray(b.parties)) throw new TypeError('compareScenarios needs two results with parties.');
  const inB = new Map(b.parties.map((party) => [party.id, party]));
  const seen = new Set<string>();
  const rows: PartyComparison[] = [];
  const add = (party: ComparedParty, fromA: ComparedParty | undefined, fromB: ComparedParty | undefined) => {
    const hitA = fromA !== undefined && isHit(fromA.impactClass);
    const hitB = fromB !== undefined && isHit(fromB.impactClass);
    if (!hitA && !hitB) return;
    const impactA = fromA?.impact ?? 0;
    const impactB = fromB?.impact ?? 0;
    rows.push({
      id: party.id,
      name: party.name,
      side: party.side,
      type: party.type,
      presence: hitA && hitB ? 'both' : hitA ? 'onlyA' : 'onlyB',
      impactA,
      impactB,
      classA: fromA?.impactClass ?? 'unaffected',
      classB: fromB?.impactClass ?? 'unaffected',
      difference: impactB - impactA,
    });
  };
  for (const party of a.parties) {
    seen.add(party.id);
    add(party, party, inB.get(party.id));
  }
  for (const party of b.parties) if (!seen.has(party.id)) add(party, undefined, party);

  rows.sort(
    (x, y) =>
      Number(x.side !== 'external') - Number(y.side !== 'external') ||
      Math.abs(y.difference) - Math.abs(x.difference) ||
      (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) ||
      (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
  );
  const pick = (presence: ComparisonPresence) => rows.filter((row) => row.presence === presence);
  const onlyA = pick('onlyA');
  const onlyB = pick('onlyB');
  const both = pick('both');
  const count = (side: 'A' | 'B', externalOnly: boolean) =>
    rows.filter((row) => (side === 'A' ? row.presence !== 'onlyB' : row.presence !== 'onlyA') && (!externalOnly || row.side === 'external')).length;
  return {
    onlyA,
    onlyB,
    both,
    summary: {
      hitA: count('A', false),
      hitB: count('B', false),
      externalHitA: count('A', true),
      externalHitB: count('B', true),
      onlyA: onlyA.length,
      onlyB: onlyB.length,
      both: both.length,
    },
  };
}
