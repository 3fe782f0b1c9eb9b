// The analysts' analyze command (main/cli/analyze.ts), run as a real process: the readable report,
// the --json shape the README documents, thresholds, and clear refusals of bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = 'resources/sample/rural-behavioral-health.json';
const scratch = mkdtempSync(join(tmpdir(), 'careweave-analyze-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function analyze(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/analyze.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

type Output = {
  parties: Array<{ id: string; betweenness: number; cutVertex: boolean; soleProviderOf: Array<{ text: string }>; meanTrustGiven: number | null; meanTrustReceived: number | null; harm: number | null; criticalityRank: number | null }>;
  network: Record<string, number | string | null>;
  warnings: Array<{ key: string; kind: string; parties: string[]; relationships: string[]; message: string }>;
};

describe('analyze command line', () => {
  it('prints every party, the network and the warnings as JSON', () => {
    const { code, stdout, stderr } = analyze('--input', SAMPLE, '--json', '--today', '2026-12-07');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as Output;
    expect(output.parties).toHaveLength(41);
    const unit = output.parties.find((party) => party.id === 'p-geri-psych-unit')!;
    expect(unit).toMatchObject({ cutVertex: true, meanTrustGiven: 3.6 });
    expect(unit.betweenness).toBeGreaterThan(0.1);
    expect(unit.soleProviderOf.map((p) => p.text)).toContain('the only provider of inpatient geriatric psychiatric care to Geri-psych inpatients');
    // Harm from the cascade: the same ranking as the simulate command's model.
    expect(output.parties.every((party) => typeof party.harm === 'number' && party.criticalityRank !== null)).toBe(true);
    expect(output.parties.find((party) => party.criticalityRank === 1)!.id).toBe('p-medicare');
    expect(Object.keys(output.network)).toEqual(['name', 'parties', 'relationships', 'density', 'relianceCentralisation', 'meanTrust', 'lowTrustShare', 'singlePointsOfFailure', 'trustReceivedPercent']);
    expect(output.network.density).toBeCloseTo(0.061, 3);
    expect(output.warnings.length).toBeGreaterThan(0);
    for (const warning of output.warnings) expect(Object.keys(warning)).toEqual(expect.arrayContaining(['key', 'kind', 'parties', 'relationships', 'message']));
  });

  it('prints a readable report, and its thresholds change the warnings', () => {
    const plain = analyze('--input', SAMPLE, '--today', '2026-12-07', '--no-harm');
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('Single points of failure (24)');
    expect(plain.stdout).toContain('the only provider of rides to IOP sessions to IOP clients');
    expect(plain.stdout).not.toContain('Who matters most');
    expect(plain.stdout).not.toContain('Heavy reliance, low trust');
    const strict = analyze('--input', SAMPLE, '--today', '2026-12-07', '--no-harm', '--heavy-criticality', '3');
    expect(strict.stdout).toContain('Heavy reliance, low trust (2)');
    expect(strict.stdout).toContain('Emergency Department relies heavily on Senior Behavioral Health Unit (geri-psych, 10 beds) for psychiatric admissions for older adults (criticality 3 of 5) but trusts it only 2 of 5.');
    const stale = analyze('--input', SAMPLE, '--today', '2026-12-07', '--no-harm', '--stale-days', '300');
    expect(stale.stdout).toMatch(/Trust not reassessed \(\d+\)/);
  });

  it('refuses bad options and bad files with a clear message and code 2', () => {
    expect(analyze('--json')).toMatchObject({ code: 2, stderr: expect.stringContaining('Say which network file to read with --input.') });
    expect(analyze('--input', SAMPLE, '--low-trust', '7')).toMatchObject({ code: 2, stderr: expect.stringContaining('--low-trust must be a number from 1 to 5 (got "7")') });
    expect(analyze('--input', SAMPLE, '--today', 'tomorrow')).toMatchObject({ code: 2, stderr: expect.stringContaining('--today must be a date') });
    const broken = join(scratch, 'broken.json');
    writeFileSync(broken, '{"format": "careweave.network"');
    expect(analyze('--input', broken)).toMatchObject({ code: 2, stderr: expect.stringContaining('is not valid JSON') });
    expect(analyze('--input', join(scratch, 'missing.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('there is no such file') });
    expect(analyze('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('npm run analyze -- --input network.json') });
  });
});
