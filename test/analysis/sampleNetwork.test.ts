// The model on the sample network (resources/sample/rural-behavioral-health.json): the stories
// its description promises should come out, without tuning the model to them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { networkDocumentSchema } from '../../shared/domain';
import { compileNetwork, criticalityRanking, describeChain, simulateWithdrawal } from '../../shared/analysis';

const SAMPLE = new URL('../../resources/sample/rural-behavioral-health.json', import.meta.url);
const compiled = compileNetwork(networkDocumentSchema.parse(JSON.parse(readFileSync(SAMPLE, 'utf8'))));

describe('withdrawal on the sample network', () => {
  it.each(['p-mgmt-company', 'p-telepsych'])('withdrawing %s hurts patients, clients and families most', (id) => {
    const result = simulateWithdrawal(compiled, [id]);
    const top = result.parties[0]!;
    expect(top.side).toBe('external');
    expect(top.impactClass).toBe('disrupted');
    expect(result.summary.externalDisrupted).toBeGreaterThanOrEqual(4);
    expect(result.estimate.largestMargin).toBeLessThanOrEqual(0.01);
  });

  it('explains the management company withdrawal in words', () => {
    const clients = simulateWithdrawal(compiled, ['p-mgmt-company']).parties.find((entry) => entry.id === 'p-iop-clients')!;
    expect(describeChain(clients.chain!)).toBe(
      'IOP clients ← rely on group and individual therapy three days a week ← provided by Senior Intensive Outpatient Program (IOP) ← relies on program operations, therapists and certification and receives staff ← provided by Evergrove Behavioral Management (withdrawn)',
    );
  });

  it('barely registers the loss of dietary services', () => {
    const result = simulateWithdrawal(compiled, ['p-dietary']);
    expect(result.summary.disrupted).toBe(0);
    expect(Math.max(...result.parties.filter((entry) => entry.impactClass !== 'withdrawn').map((entry) => entry.impact))).toBeLessThan(0.15);
  });

  it('ranks the management company and telepsychiatry among the most critical parties, dietary far below', () => {
    const order = criticalityRanking(compiled).map((entry) => entry.id);
    expect(order.indexOf('p-mgmt-company')).toBeLessThan(5);
    expect(order.indexOf('p-telepsych')).toBeLessThan(5);
    expect(order.indexOf('p-dietary')).toBeGreaterThan(15);
  });
});
