// Random and mutated files never crash an import: every parser, followed by the merge plan,
// either accepts the file or answers with at least one problem that names the file and says
// something a person can read. The seed is fixed so a failure can be replayed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeImport, DATA_CONVERTERS, DATA_FORMAT_IDS } from '../../shared/formats';
import type { DataFormatId, ImportFile } from '../../shared/formats';
import { documentToGraph, trickyDocument } from './fixtures';

const SEED = 20260115;
const RUNS = 150;

async function checkNeverCrashes(format: DataFormatId, files: ImportFile[]): Promise<void> {
  let next = 0;
  const result = await analyzeImport({ format, files, existing: documentToGraph(trickyDocument()), newId: () => `fuzz-${(next += 1)}`, fallbackName: 'fuzz' });
  if (result.ok) return;
  expect(result.problemCount).toBeGreaterThan(0);
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(files.map((file) => file.name).concat(['the file', 'the files'])).toContain(problem.file);
    expect(problem.message.trim().length).toBeGreaterThan(5);
    expect(problem.message).not.toMatch(/undefined|\[object Object\]|TypeError|Cannot read/);
  }
}

const exported = (format: DataFormatId) =>
  DATA_CONVERTERS[format].exportFiles(documentToGraph(trickyDocument()), { exportedAt: '2026-01-01T00:00:00.000Z', yedGraphics: true });

// A mutation: cut a slice out, insert random text, duplicate a slice, or overwrite characters
// with characters that matter to the format (quotes, brackets, delimiters, angle brackets).
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 40 }) }),
  fc.record({ kind: fc.constant('copy' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('poke' as const), at: fc.nat(), text: fc.constantFrom('"', ',', ';', '\n', '{', '}', '[', ']', '<', '>', '&', '</node>', '<!DOCTYPE x>', ':', '\u0000', '9', '-1', 'e999') }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, steps: Mutation[]): string {
  let result = text;
  for (const step of steps) {
    const at = result.length === 0 ? 0 : step.at % result.length;
    if (step.kind === 'cut') result = result.slice(0, at) + result.slice(at + step.length);
    else if (step.kind === 'insert' || step.kind === 'poke') result = result.slice(0, at) + step.text + result.slice(at);
    else result = result.slice(0, at) + result.slice(at, at + step.length) + result.slice(at);
  }
  return result;
}

describe.each([...DATA_FORMAT_IDS])('fuzzing the %s import', (format) => {
  const extension = format === 'graphml' ? 'graphml' : format;

  it('survives random text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400, unit: 'binary' }), async (text) => {
        await checkNeverCrashes(format, [{ name: `random.${extension}`, text }]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('survives mutated copies of a real export', async () => {
    const files = exported(format);
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.nat({ max: files.length - 1 }), async (steps, which) => {
        const mutated = files.map((file, index) => ({ name: file.name, text: index === which ? mutate(file.text, steps) : file.text }));
        await checkNeverCrashes(format, mutated);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('fuzzing structured input', () => {
  it('CSV rows of arbitrary cells never crash the import', async () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('trust', 'reliance', 'resource flow', 'internal', 'external', '3', '7', '', 'p1', 'p2'));
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(['id', 'name', 'side', 'type', 'from', 'to', 'kind', 'trust level', 'service', 'criticality', 'amount', 'x', 'y', 'tags'], { minLength: 1 }),
        fc.array(fc.array(cell, { maxLength: 16 }), { maxLength: 12 }),
        async (header, rows) => {
          const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
          const text = [header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n');
          await checkNeverCrashes('csv', [{ name: 'data.csv', text }]);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('JSON documents with random values in every field never crash the import', async () => {
    const value = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'side', 'type', 'tags', 'x'), value), { maxLength: 5 }),
        fc.array(fc.dictionary(fc.constantFrom('id', 'kind', 'source', 'target', 'level', 'service', 'criticality'), value), { maxLength: 5 }),
        async (parties, relationships) => {
          const text = JSON.stringify({ format: 'careweave.network', formatVersion: 1, network: { name: 'x' }, parties, relationships });
          await checkNeverCrashes('json', [{ name: 'network.json', text }]);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
