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
    expect(stdout).toMatch(/Affected: 20 of 40 remaining parties \(8 disrupted\)/);
    expect(stdout).toMatch(/Patients, clients and families affected: 7 \(5 disrupted\)/);
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
