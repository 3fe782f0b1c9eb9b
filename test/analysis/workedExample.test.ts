// The README's worked examples (docs/withdrawal-worked-example.json and
// docs/withdrawal-loop-example.json), number by number, so the documentation cannot drift from
// the model. The arithmetic is in the README section "How the withdrawal simulation works".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileNetwork, criticalityRanking, dependencyWeights, describeChain, describeOutcomes, simulateWithdrawal } from '../../shared/analysis';
import { propagateImpact } from '../../bench/fixedPointPropagation';
import { networkDocumentSchema } from '../../shared/domain';

const readExample = (name: string) => networkDocumentSchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'docs', name), 'utf8')));
const document = readExample('withdrawal-worked-example.json');
const compiled = compileNetwork(document);

describe('the README worked example', () => {
  it('has the dependency weights worked out by hand', () => {
    const d = Object.fromEntries(dependencyWeights(document).map((entry) => [`${entry.dependent}←${entry.provider}`, entry.weight]));
    expect(d['iop←transit']).toBeCloseTo(1 - (1 - 0.4) * (1 - 0.75), 12); // 0.85
    expect(d['iop←center']).toBeCloseTo(0.25, 12);
    expect(d['clients←iop']).toBeCloseTo(1, 12);
    expect(d['clients←transit']).toBeCloseTo(0.06, 12);
  });

  const result = simulateWithdrawal(compiled, ['transit']);
  const byId = Object.fromEntries(result.parties.map((entry) => [entry.id, entry]));

  it('propagates to the impacts, classes and hops of the README', () => {
    expect(byId.iop!.impact).toBeCloseTo(0.85, 12);
    expect(byId.clients!.impact).toBeCloseTo(1 - 0.15 * 0.94, 12); // 0.859
    expect(byId.center!.impact).toBe(0);
    expect(result.parties.map((entry) => [entry.id, entry.impactClass, entry.hops])).toEqual([
      ['clients', 'disrupted', 1],
      ['iop', 'disrupted', 1],
      ['center', 'unaffected', null],
      ['transit', 'withdrawn', 0],
    ]);
  });

  it('computes them exactly, with the range of outcomes of the README', () => {
    expect(result.estimate.exact).toBe(true);
    expect(result.outcomes.everyone).toMatchObject({ low: 0, high: 2, margin: 0 });
    expect(result.outcomes.everyone.expected).toBeCloseTo(1.709, 12);
    expect(result.outcomes.external).toMatchObject({ low: 0, high: 1 });
    expect(describeOutcomes(result.outcomes.everyone, result.outcomes.external)).toBe(
      'In 9 of 10 futures, between 0 and 2 parties lose what they need (1.7 expected), 0 to 1 of them a patient, client or family group (0.9 expected).',
    );
  });

  it('explains the clients through the IOP, the stronger chain', () => {
    expect(byId.clients!.chain!.strength).toBeCloseTo(0.85, 12);
    expect(describeChain(byId.clients!.chain!)).toBe(
      'IOP clients ← rely on group therapy ← provided by Senior IOP ← relies on client transport and receives transport ← provided by County Transit (withdrawn)',
    );
  });

  it('counts the rides lost, the risk of stepping away and who could help', () => {
    expect(result.resourcesLost.byKind).toEqual([
      { resource: 'transport', unit: 'rides', period: 'month', directAmount: 300, indirectAmount: 0, directFlows: 1, indirectFlows: 0, flowsWithoutAmount: 0 },
    ]);
    expect(byId.iop).toMatchObject({ meanTrust: 2, mayStepAway: true });
    expect(byId.iop!.risk).toBeCloseTo(0.51, 12);
    expect(byId.clients).toMatchObject({ meanTrust: 3, mayStepAway: true });
    expect(byId.clients!.risk).toBeCloseTo(0.3436, 12);
    const transport = byId.iop!.mitigation.find((need) => need.lost.kind === 'resource')!;
    expect(transport.candidates.map(({ name, trust, impact }) => [name, trust, impact])).toEqual([['Senior Center', 2, 0]]);
  });

  it('ranks the parties by harm, patients weighted 3', () => {
    const ranking = criticalityRanking(compiled).map((entry) => [entry.id, Math.round(entry.harm * 1e9) / 1e9]);
    expect(ranking).toEqual([
      ['transit', 3.427], // 0.85 + 3 × 0.859
      ['iop', 3], // 3 × 1
      ['center', 1], // 0.25 + 3 × 0.25
      ['clients', 0],
    ]);
  });
});

describe('the README loop example', () => {
  const loop = compileNetwork(readExample('withdrawal-loop-example.json'));
  const result = simulateWithdrawal(loop, ['transit']);
  const chance = Object.fromEntries(result.parties.map((entry) => [entry.id, entry.impact]));

  it('gives the loop only the chance of the link that leads into it', () => {
    expect(result.estimate.exact).toBe(true);
    expect(chance.home).toBeCloseTo(0.5, 12);
    expect(chance.residents).toBeCloseTo(0.5, 12);
    expect(chance.hospital).toBeCloseTo(0.4, 12);
    expect(result.parties.find((entry) => entry.id === 'hospital')!.impactClass).toBe('affected');
    expect(result.outcomes.everyone.expected).toBeCloseTo(1.4, 12);
    expect(result.outcomes.everyone).toMatchObject({ low: 0, high: 3 });
  });

  it('where the first version’s fixed point said 62.5%, 62.5% and 50%', () => {
    const old = propagateImpact(loop, [loop.indexOf.get('transit')!], { maxRounds: 1000, tolerance: 1e-12 });
    expect(old.impact[loop.indexOf.get('home')!]).toBeCloseTo(0.625, 9);
    expect(old.impact[loop.indexOf.get('residents')!]).toBeCloseTo(0.625, 9);
    expect(old.impact[loop.indexOf.get('hospital')!]).toBeCloseTo(0.5, 9);
  });
});
