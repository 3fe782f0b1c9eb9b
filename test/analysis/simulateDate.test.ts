// "What if the agreements ending before 30 June 2027 are not renewed?" (issue 12, DESIGN.md §4.9)
// on a network built for it (docs/withdrawal-date-example.json), every number worked out by hand:
//
//   a1 Riverside Clinic relies on County Transit for client transport, 4, none; ends 2027-03-31   → ends
//   a2 clients rely on the Clinic for group therapy, 5, limited; no end                          → stays
//   a3 County Health Fund gives the Clinic 300 of funding; ends 2027-06-30 (the day itself)      → stays
//   a4 State Grant Office gives the Clinic 100 of funding; ends 2026-12-31 but renews            → stays
//   a5 clients rely on Main Street Pharmacy for medication delivery, 4, ready; ends 2027-05-31   → ends
//
// Alone: the Clinic loses client transport with chance r(a1) = 4/5 × 1.0 = 0.8. The clients lose
// what they need through the Clinic (0.8 × 5/5 × 0.5 = 0.4) or their medication delivery
// (r(a5) = 4/5 × 0.15 = 0.12); the two chains share no link: 1 − 0.6 × 0.88 = 0.472.
// With the County Health Fund withdrawing too: its funding share is 300 / 400 = 0.75, so the
// Clinic is lost unless both links hold: 1 − 0.2 × 0.25 = 0.95; the clients 1 − (1 − 0.95 × 0.5) × 0.88 = 0.538.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileNetwork, simulateWithdrawal } from '../../shared/analysis';
import { networkDocumentSchema } from '../../shared/domain';
import { agreementsEndingBefore, renewingBefore, termStatus } from '../../shared/timeline';
import { spawnSync } from 'node:child_process';

const file = join(process.cwd(), 'docs', 'withdrawal-date-example.json');

// The command line runs as a real process, as analysts run it.
function simulate(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/simulate.ts', ...args], { cwd: process.cwd(), encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
const example = networkDocumentSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);
const chances = (result: ReturnType<typeof simulateWithdrawal>) => Object.fromEntries(result.parties.map((entry) => [entry.id, entry.impact]));

describe('simulating a date', () => {
  it('picks the agreements ending before the day that do not renew', () => {
    expect(ids(agreementsEndingBefore(example.relationships, '2027-06-30'))).toEqual(['a1', 'a5']);
    expect(ids(renewingBefore(example.relationships, '2027-06-30'))).toEqual(['a4']);
    // One day later the County Health Fund's agreement has ended too.
    expect(ids(agreementsEndingBefore(example.relationships, '2027-07-01'))).toEqual(['a1', 'a3', 'a5']);
    expect(ids(agreementsEndingBefore(example.relationships, '2025-01-01'))).toEqual([]);
  });

  it.each([
    ['2025-03-31', { a1: 'not-started', a3: 'in-effect', a4: 'in-effect', a5: 'not-started' }],
    ['2027-02-01', { a1: 'in-effect', a3: 'in-effect', a4: 'in-effect', a5: 'in-effect' }],
    ['2027-06-30', { a1: 'ended', a3: 'in-effect', a4: 'in-effect', a5: 'ended' }],
    ['2028-01-01', { a1: 'ended', a3: 'ended', a4: 'in-effect', a5: 'ended' }],
  ])('on %s each agreement is where its term says', (day, expected) => {
    const status = Object.fromEntries(example.relationships.filter((r) => r.id in expected).map((r) => [r.id, termStatus(r, day)]));
    expect(status).toEqual(expected);
  });

  it('gives the chances worked out by hand, alone', () => {
    const result = simulateWithdrawal(compileNetwork(example), { parties: [], relationships: ['a1', 'a5'] });
    expect(chances(result)).toEqual({
      clinic: expect.closeTo(0.8, 12),
      clients: expect.closeTo(0.472, 12),
      transit: 0,
      county: 0,
      state: 0,
      pharmacy: 0,
    });
    expect(result.estimate.exact).toBe(true);
    expect(result.summary).toMatchObject({ affected: 2, disrupted: 1, externalAffected: 1, withdrawn: 0 });
    expect(result.outcomes.everyone.expected).toBeCloseTo(0.8 + 0.472, 2);
  });

  it('gives the chances worked out by hand with the County Health Fund withdrawing too', () => {
    const result = simulateWithdrawal(compileNetwork(example), { parties: ['county'], relationships: ['a1', 'a5'] });
    expect(chances(result).clinic).toBeCloseTo(0.95, 12);
    expect(chances(result).clients).toBeCloseTo(0.538, 12);
  });

  it('prints what ends, what renews and who is hurt on the command line', () => {
    const { code, stdout: printed } = simulate('--input', file, '--on', '2027-06-30');
    expect(code).toBe(0);
    expect(printed).toContain('In "Agreements ending (worked example)", 2 agreements end before 30 June 2027 and are not renewed:');
    expect(printed).toContain("  Riverside Clinic's reliance on County Transit for client transport (a1)");
    expect(printed).toContain("  Clinic clients' reliance on Main Street Pharmacy for medication delivery (a5)");
    expect(printed).toContain("1 agreement ends before then but renews by itself, so it stays:\n  State Grant Office's funding to Riverside Clinic (a4)");
    expect(printed).toMatch(/Clinic clients\s+external \/ client\s+47%\s+affected/);
    expect(printed).toMatch(/Riverside Clinic\s+internal \/ healthcare provider\s+80%\s+disrupted/);
  });

  it('says so when nothing ends before the day, and refuses a day that is not one', () => {
    expect(simulate('--input', file, '--on', '2026-01-01')).toEqual({
      code: 0,
      stdout: 'No agreement in "Agreements ending (worked example)" ends before 1 January 2026 without renewing, so nothing ends: nobody is affected.\n',
      stderr: '',
    });
    expect(simulate('--input', file, '--on', '30/06/2027')).toMatchObject({ code: 2, stderr: '--on must be a day written like 2027-06-30 (got "30/06/2027").\n' });
    // With a party and a named agreement besides the date.
    const both = simulate('--input', file, '--on', '2027-06-30', '--withdraw', 'county', '--withdraw-relationship', 'a2', '--json');
    expect(both.code).toBe(0);
    const json = JSON.parse(both.stdout) as { parties: { id: string; impact: number }[] };
    expect(json.parties.find((party) => party.id === 'clinic')?.impact).toBeCloseTo(0.95, 12);
  });
});
