// The seeded network generator used by tests and benchmarks.
import { describe, expect, it } from 'vitest';
import { NETWORK_DOCUMENT_FORMAT, networkDocumentSchema } from '../../shared/domain';
import { compileNetwork, generateNetwork } from '../../shared/analysis';

describe('generateNetwork', () => {
  const options = { parties: 1000, relationships: 5000, seed: 42 };

  it('gives the same network for the same seed and a different one for another', () => {
    expect(generateNetwork(options)).toEqual(generateNetwork(options));
    expect(generateNetwork({ ...options, seed: 43 })).not.toEqual(generateNetwork(options));
  });

  it('has about 10% external customers, all three edge kinds, and some unknown amounts', () => {
    const { parties, relationships } = generateNetwork(options);
    const externals = parties.filter((entry) => entry.side === 'external').length;
    expect(externals / parties.length).toBeGreaterThan(0.07);
    expect(externals / parties.length).toBeLessThan(0.13);
    const count = (kind: string) => relationships.filter((entry) => entry.kind === kind).length / relationships.length;
    expect(count('RELIES_ON')).toBeCloseTo(0.5, 1);
    expect(count('RESOURCE_FLOW')).toBeCloseTo(0.3, 1);
    expect(count('TRUSTS')).toBeCloseTo(0.2, 1);
    const flows = relationships.filter((entry) => entry.kind === 'RESOURCE_FLOW');
    const unknown = flows.filter((entry) => entry.amount === null).length / flows.length;
    expect(unknown).toBeGreaterThan(0.1);
    expect(unknown).toBeLessThan(0.3);
  });

  it('makes valid network documents (no self-loops, no dangling ends)', () => {
    const { parties, relationships } = generateNetwork({ parties: 300, relationships: 1500, seed: 7 });
    const parsed = networkDocumentSchema.safeParse({
      format: NETWORK_DOCUMENT_FORMAT,
      formatVersion: 1,
      network: { name: 'Generated' },
      parties,
      relationships,
    });
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(() => compileNetwork({ parties, relationships })).not.toThrow();
  });
});
