// DESIGN.md §4.5–4.8: what the result says beyond impacts — order, resources lost, who may also
// step away, and who could fill the gaps.
import { describe, expect, it } from 'vitest';
import { compileNetwork, simulateWithdrawal } from '../../shared/analysis';
import type { ImpactNetwork } from '../../shared/analysis';
import { flow, network, party, relies, trusts } from './fixtures';

describe('ranking (DESIGN.md §4.6)', () => {
  it('lists affected external customers first, then everyone else by impact, then name; withdrawn last', () => {
    // Int = 1 (5, none); Mid = 0.6 (3, none); ExtHigh = 0.5·1 = 0.5 (5, limited);
    // ExtA = ExtB = 0.06·1 = 0.06 (2, ready); ExtLow = 0.03·0.6 = 0.018, below 0.05: not affected.
    const compiled = compileNetwork(
      network(
        [
          relies('Int', 'W', 5, 'none'),
          relies('Mid', 'W', 3, 'none'),
          relies('ExtB', 'Int', 2, 'ready'),
          relies('ExtA', 'Int', 2, 'ready'),
          relies('ExtHigh', 'Int', 5, 'limited'),
          relies('ExtLow', 'Mid', 1, 'ready'),
        ],
        ['ExtA', 'ExtB', 'ExtHigh', 'ExtLow', 'QuietExt'],
        ['Quiet', 'QuietExt'],
      ),
    );
    const result = simulateWithdrawal(compiled, ['W']);
    expect(result.parties.map((entry) => entry.id)).toEqual(['ExtHigh', 'ExtA', 'ExtB', 'Int', 'Mid', 'ExtLow', 'Quiet', 'QuietExt', 'W']);
    // disrupted (≥ 0.5): Int, Mid and ExtHigh (exactly 0.5)
    expect(result.summary).toMatchObject({ affected: 5, disrupted: 3, externalAffected: 3, externalDisrupted: 1 });
  });
});

describe('resources lost (DESIGN.md §4.5)', () => {
  it('counts flows out of W in full and flows out of affected parties scaled by their impact', () => {
    // A gets beds 10 from W and 30 from S: I(A) = 10/40 = 0.25.
    // Direct: W→A beds 10 (10 lost), W→B transport of unknown amount (1 flow, uncounted amount).
    // Indirect from A (I = 0.25): A→C data 8 → 2 lost; A→C funding unknown → 0.25 of a flow.
    // A→W supplies is left out: the recipient has withdrawn.
    const compiled = compileNetwork(
      network([
        flow('W', 'A', 'beds', 10),
        flow('S', 'A', 'beds', 30),
        flow('W', 'B', 'transport', null),
        flow('A', 'C', 'data', 8),
        flow('A', 'C', 'funding', null),
        flow('A', 'W', 'supplies', 5),
      ]),
    );
    const { resourcesLost } = simulateWithdrawal(compiled, ['W']);
    expect(resourcesLost.flows.map(({ source, recipient, resource, direct, share, lostAmount }) => [source, recipient, resource, direct, share, lostAmount])).toEqual([
      ['W', 'A', 'beds', true, 1, 10],
      ['W', 'B', 'transport', true, 1, null],
      ['A', 'C', 'funding', false, 0.25, null],
      ['A', 'C', 'data', false, 0.25, 2],
    ]);
    expect(resourcesLost.byKind).toEqual([
      { resource: 'funding', unit: '', period: '', directAmount: 0, indirectAmount: 0, directFlows: 0, indirectFlows: 0.25, flowsWithoutAmount: 0.25 },
      { resource: 'beds', unit: '', period: '', directAmount: 10, indirectAmount: 0, directFlows: 1, indirectFlows: 0, flowsWithoutAmount: 0 },
      { resource: 'transport', unit: '', period: '', directAmount: 0, indirectAmount: 0, directFlows: 1, indirectFlows: 0, flowsWithoutAmount: 1 },
      { resource: 'data', unit: '', period: '', directAmount: 0, indirectAmount: 2, directFlows: 0, indirectFlows: 0.25, flowsWithoutAmount: 0 },
    ]);
  });

  it('adds amounts only within one unit and period', () => {
    const staff = (unit: string, amount: number) => ({ ...flow('W', 'A', 'staff', amount), unit, period: '' });
    const compiled = compileNetwork(network([staff('FTE', 4.5), staff('FTE', 1), staff('volunteer drivers', 5)]));
    const totals = simulateWithdrawal(compiled, ['W']).resourcesLost.byKind.map(({ unit, directAmount }) => [unit, directAmount]);
    expect(totals).toEqual([['FTE', 5.5], ['volunteer drivers', 5]]);
  });
});

describe('secondary withdrawal risk (DESIGN.md §4.7)', () => {
  // A, B, F: I = 0.8 (4, none); E: I = 0.5 (5, limited).
  const compiled = compileNetwork(
    network([
      relies('A', 'W', 4, 'none'),
      relies('B', 'W', 4, 'none'),
      relies('E', 'W', 5, 'limited'),
      relies('F', 'W', 4, 'none'),
      trusts('A', 'W', 5), // toward a withdrawn party: no longer counts
      trusts('A', 'C', 1),
      trusts('A', 'D', 2),
      trusts('F', 'C', 5),
    ]),
  );
  const byId = (options = {}) => Object.fromEntries(simulateWithdrawal(compiled, ['W'], options).parties.map((entry) => [entry.id, entry]));

  it.each([
    // risk = I × (1 − meanTrust/5)
    { id: 'A', meanTrust: 1.5, risk: 0.56, flagged: true }, // mean(1, 2) = 1.5; 0.8 · 0.7
    { id: 'B', meanTrust: 3, risk: 0.32, flagged: true }, // no trust stated → 3; 0.8 · 0.4
    { id: 'E', meanTrust: 3, risk: 0.2, flagged: false }, // 0.5 · 0.4 < 0.3
    { id: 'F', meanTrust: 5, risk: 0, flagged: false }, // 0.8 · 0
    { id: 'C', meanTrust: 3, risk: 0, flagged: false }, // unaffected
  ])('$id: mean trust $meanTrust, risk $risk', ({ id, meanTrust, risk, flagged }) => {
    const entry = byId()[id]!;
    expect(entry.meanTrust).toBeCloseTo(meanTrust, 12);
    expect(entry.risk).toBeCloseTo(risk, 12);
    expect(entry.mayStepAway).toBe(flagged);
  });

  it('uses the risk threshold the user sets, and gives withdrawn parties none', () => {
    expect(byId({ riskThreshold: 0.15 })['E']!.mayStepAway).toBe(true);
    expect(byId()['W']).toMatchObject({ meanTrust: null, risk: 0, mayStepAway: false });
  });
});

describe('mitigation (DESIGN.md §4.8)', () => {
  const names: Record<string, string> = { P1: 'Pine', P2: 'Bravo', P3: 'Cedar', P4: 'Delta', P5: 'Alpha' };
  const relationships = [
    relies('D', 'W', 5, 'none', 'Transport'),
    flow('W', 'D', 'beds', 100),
    // Others already provide transport (spelt differently) and beds to someone.
    relies('X', 'P1', 3, 'limited', 'transport'),
    relies('Y', 'P2', 3, 'limited', ' TRANSPORT '),
    relies('Z', 'P3', 3, 'limited', 'transport'),
    relies('X', 'P4', 3, 'limited', 'transport'),
    relies('X', 'P5', 3, 'limited', 'transport'),
    relies('Y', 'D', 3, 'limited', 'transport'), // D itself is never its own candidate
    relies('P3', 'W', 1, 'ready', 'advice'), // I(P3) = 0.03: hit a little
    flow('Q', 'X', 'beds', 5),
    trusts('D', 'P1', 4),
    trusts('D', 'P4', 2),
  ];
  const input: ImpactNetwork = {
    ...network(relationships),
    parties: network(relationships).parties.map((entry) => party(entry.id, 'internal', names[entry.id] ?? entry.id)),
  };
  const compiled = compileNetwork(input);

  it('ranks providers by trust (unstated = 3), then by their own impact, then by name', () => {
    const d = simulateWithdrawal(compiled, ['W']).parties.find((entry) => entry.id === 'D')!;
    expect(d.impactClass).toBe('disrupted');
    // beds and transport both lost outright (severity 1): resource kinds come first.
    expect(d.mitigation.map((entry) => [entry.lost, entry.from, entry.severity])).toEqual([
      [{ kind: 'resource', resource: 'beds' }, ['W'], 1],
      [{ kind: 'service', service: 'Transport' }, ['W'], 1],
    ]);
    expect(d.mitigation[0]!.candidates.map((entry) => entry.id)).toEqual(['Q']);
    const transport = d.mitigation[1]!.candidates;
    // Pine (trust 4) · Alpha, Bravo (3, unaffected, by name) · Cedar (3, impact 0.03) · Delta (trust 2)
    expect(transport.map(({ name, trust, trustStated }) => [name, trust, trustStated])).toEqual([
      ['Pine', 4, true],
      ['Alpha', 3, false],
      ['Bravo', 3, false],
      ['Cedar', 3, false],
      ['Delta', 2, true],
    ]);
    expect(transport[3]!.impact).toBeCloseTo(0.03, 12);
  });

  it('keeps only the top N candidates', () => {
    const d = simulateWithdrawal(compiled, ['W'], { maxCandidates: 2 }).parties.find((entry) => entry.id === 'D')!;
    expect(d.mitigation[1]!.candidates.map((entry) => entry.name)).toEqual(['Pine', 'Alpha']);
  });

  it('lists no candidates that have withdrawn too', () => {
    const d = simulateWithdrawal(compiled, ['W', 'P1', 'P5']).parties.find((entry) => entry.id === 'D')!;
    expect(d.mitigation[1]!.candidates.map((entry) => entry.name)).toEqual(['Bravo', 'Cedar', 'Delta']);
  });

  it('is empty for parties that are not disrupted', () => {
    const p3 = simulateWithdrawal(compiled, ['W']).parties.find((entry) => entry.id === 'P3')!;
    expect(p3.mitigation).toEqual([]);
  });
});
