// The analysts' command line (main/cli/simulate.ts), run as a real process on the sample network
// and on broken inputs: exit codes and the messages people will read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = 'resources/sample/rural-behavioral-health.json';
const scratch = mkdtempSync(join(tmpdir(), 'careweave-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function simulate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/simulate.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('simulate command line', () => {
  it('prints a readable report: summary, externals first, chain sentences', () => {
    const { code, stdout, stderr } = simulate('--input', SAMPLE, '--withdraw', 'p-mgmt-company');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Withdrawal from "Harlan County Behavioral Health (sample)": Evergrove Behavioral Management (p-mgmt-company)');
    expect(stdout).toMatch(/In 9 of 10 futures, between \d+ and \d+ parties lose what they need \([\d.]+ ±[\d.]+ expected\), \d+ to \d+ of them patients, clients or families/);
    expect(stdout).toMatch(/Affected \(5% chance or more of losing what they need\): 20 of 40 remaining parties \(6 disrupted: 50% or more\)/);
    expect(stdout).toMatch(/Patients, clients and families affected: 7 \(4 disrupted\)/);
    // The margin is said once, not on every row.
    expect(stdout.match(/within ±1 percentage point \(95% confidence\)/g)).toHaveLength(1);
    expect(stdout).toMatch(/staff \(FTE\): 7\.5 lost outright/);
    const rows = stdout.split('\n').filter((line) => / (disrupted|affected) +\d+ /.test(line));
    expect(rows.length).toBe(20);
    expect(rows.slice(0, 7).every((row) => row.includes('external /'))).toBe(true);
    expect(stdout).toContain(
      'IOP clients ← rely on group and individual therapy three days a week ← provided by Senior Intensive Outpatient Program (IOP) ← relies on program operations, therapists and certification and receives staff ← provided by Evergrove Behavioral Management (withdrawn)',
    );
    expect(stdout).toContain('Who could fill the gaps');
  });

  it('prints every party as JSON with --json, and honours the thresholds', () => {
    const { code, stdout } = simulate('--input', SAMPLE, '--withdraw', 'p-telepsych,p-transit', '--json', '--affected', '0.1', '--disrupted', '0.6');
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as {
      withdrawn: string[];
      options: { affectedThreshold: number; disruptedThreshold: number };
      parties: Array<{ id: string; name: string; impact: number; hops: number | null; class: string; chain: { parties: string[]; sentence: string } | null; risk: number; mitigation: unknown[] }>;
    };
    expect(output.withdrawn).toEqual(['p-telepsych', 'p-transit']);
    expect(output.options).toMatchObject({ affectedThreshold: 0.1, disruptedThreshold: 0.6 });
    expect(output.parties).toHaveLength(41);
    for (const entry of output.parties) {
      expect(Object.keys(entry)).toEqual(expect.arrayContaining(['id', 'name', 'impact', 'hops', 'class', 'chain', 'risk', 'mitigation']));
      if (entry.class === 'affected' || entry.class === 'disrupted') {
        expect(entry.impact).toBeGreaterThanOrEqual(0.1);
        expect(entry.chain!.parties[0]).toBe(entry.id);
        expect(entry.chain!.sentence).toMatch(/\(withdrawn\)$/);
      }
      if (entry.class === 'disrupted') expect(entry.impact).toBeGreaterThanOrEqual(0.6);
    }
    expect(output.parties[0]!.class).toBe('disrupted');
  });

  it('adds each chance’s margin, the expected counts with their ranges, and takes a seed and a precision', () => {
    type Output = {
      estimate: { futures: number; exact: boolean; largestMargin: number; precision: number; seed: number };
      summary: { expectedLost: number; lostRange: [number, number]; expectedExternalLost: number; externalLostRange: [number, number] };
      parties: Array<{ id: string; impact: number; margin: number }>;
    };
    const run = (...extra: string[]) => JSON.parse(simulate('--input', SAMPLE, '--withdraw', 'p-mgmt-company', '--json', ...extra).stdout) as Output;
    const first = run();
    expect(first.estimate).toMatchObject({ exact: false, precision: 0.01, seed: 1 });
    expect(first.estimate.largestMargin).toBeLessThanOrEqual(0.01);
    for (const entry of first.parties) expect(entry.margin).toBeLessThanOrEqual(0.01);
    const [low, high] = first.summary.lostRange;
    expect(low).toBeLessThanOrEqual(first.summary.expectedLost);
    expect(high).toBeGreaterThanOrEqual(first.summary.expectedLost);
    expect(first.summary.externalLostRange[1]).toBeLessThanOrEqual(high);
    expect(run()).toEqual(first);
    const reseeded = run('--seed', '42');
    expect(reseeded.estimate.seed).toBe(42);
    expect(reseeded.parties.map((entry) => entry.impact)).not.toEqual(first.parties.map((entry) => entry.impact));
    expect(run('--precision', '0.05').estimate.futures).toBeLessThan(first.estimate.futures);
    expect(simulate('--input', SAMPLE, '--withdraw', 'p-iop', '--precision', '0')).toMatchObject({ code: 2, stderr: expect.stringContaining('--precision must be a margin') });
    expect(simulate('--input', SAMPLE, '--withdraw', 'p-iop', '--seed', '-3')).toMatchObject({ code: 2, stderr: expect.stringContaining('--seed') });
  });

  it('ends agreements without their parties leaving (--withdraw-relationship)', () => {
    const example = 'docs/withdrawal-worked-example.json';
    const { code, stdout } = simulate('--input', example, '--withdraw-relationship', 'r1');
    expect(code).toBe(0);
    expect(stdout).toContain(`agreement ends: Senior IOP's reliance on County Transit for client transport (r1)`);
    expect(stdout).toContain('provided by County Transit (agreement ended)');
    const json = JSON.parse(simulate('--input', example, '--withdraw-relationship', 'r1', '--json').stdout) as { endedRelationships: string[]; parties: { id: string; impact: number }[] };
    expect(json.endedRelationships).toEqual(['r1']);
    expect(json.parties.find((party) => party.id === 'iop')!.impact).toBeCloseTo(0.4, 12);
    expect(simulate('--input', example, '--withdraw-relationship', 'r9')).toMatchObject({ code: 2, stderr: expect.stringContaining('There is no relationship with id "r9"') });
  });

  it('explains a missing file', () => {
    const { code, stderr, stdout } = simulate('--input', join(scratch, 'missing.json'), '--withdraw', 'x');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Cannot read the network file ".*missing\.json": there is no such file; check the path\./);
  });

  it('explains a file that is not JSON', () => {
    const { code, stderr } = simulate('--input', file('broken.json', '{"format": "careweave.network",'), '--withdraw', 'x');
    expect(code).toBe(2);
    expect(stderr).toMatch(/The network file ".*broken\.json" is not valid JSON: /);
  });

  it('names the first schema problems with their paths', () => {
    const document = {
      format: 'careweave.network',
      formatVersion: 1,
      network: { name: 'Broken' },
      parties: [{ id: 'a', name: 'A', side: 'middle', type: 'clinic' }],
      relationships: [{ id: 'r1', kind: 'RELIES_ON', source: 'a', target: 'a', service: 'care', criticality: 9 }],
    };
    const { code, stderr } = simulate('--input', file('schema.json', JSON.stringify(document)), '--withdraw', 'a');
    expect(code).toBe(2);
    expect(stderr).toContain('is not a valid Careweave network file (2 problems):');
    expect(stderr).toContain('  parties[0].side: Side must be "internal" or "external".');
    expect(stderr).toContain('  relationships[0].criticality: Criticality must be from 1 to 5.');
  });

  it('refuses an unknown id and suggests close matches by id or name', () => {
    const { code, stderr } = simulate('--input', SAMPLE, '--withdraw', 'p-transt,dietary,zzzzzz');
    expect(code).toBe(2);
    expect(stderr).toContain('These party ids are not in');
    expect(stderr).toContain('"p-transt": did you mean p-transit (Harlan Rides (county & volunteer transit))?');
    expect(stderr).toContain('"dietary": did you mean p-dietary (Dietary Services)?');
    expect(stderr).toContain('"zzzzzz": no party has a similar id or name');
    expect(stderr).toContain('Run with --list');
  });

  it('refuses bad options with the usage', () => {
    expect(simulate('--input', SAMPLE)).toMatchObject({ code: 2, stderr: expect.stringContaining('Say which parties withdraw') });
    expect(simulate('--input', SAMPLE, '--withdraw', 'p-iop', '--affected', 'lots')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--affected must be a number above 0 and at most 1'),
    });
    expect(simulate('--withdraw', 'p-iop', '--frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage:') });
  });
});
