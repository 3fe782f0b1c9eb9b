// Organisations in the withdrawal analysis (issue 15): withdrawing an organisation is withdrawing
// it with everyone inside it — in the app's worker, on the command line and in the organisation
// ranking alike — and the harm is grouped by organisation.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileNetwork, criticalityRanking, describeOrganisationHarm, harmByOrganisation, organisationRanking, simulateWithdrawal } from '../../shared/analysis';
import type { ImpactNetwork, ImpactParty } from '../../shared/analysis';
import { allMembers, membersByOrganisation, membershipRefusal, organisationOf, withMembers } from '../../shared/domain';
import { impactsById, party, relies } from './fixtures';

// Cedar Bend Memorial holds the ED and the pharmacy; the pharmacy holds an infusion centre. The
// clients rely on the ED, the ED on the pharmacy; the nursing home relies on the infusion centre
// a little; County Transit is on its own.
const member = (id: string, partOf: string | null, side: 'internal' | 'external' = 'internal'): ImpactParty => ({ ...party(id, side), partOf });
const hospital: ImpactNetwork = {
  parties: [
    member('cbm', null),
    member('ed', 'cbm'),
    member('pharmacy', 'cbm'),
    member('infusion', 'pharmacy'),
    member('clients', null, 'external'),
    member('home', null),
    member('transit', null),
  ],
  relationships: [
    relies('clients', 'ed', 5, 'none'),
    relies('ed', 'pharmacy', 5, 'limited'),
    relies('home', 'infusion', 3, 'limited'),
    relies('home', 'transit', 4, 'limited'),
    relies('transit', 'cbm', 2, 'ready'),
  ],
};

describe('membership helpers', () => {
  it('finds everyone inside an organisation, members of members included', () => {
    const members = membersByOrganisation(hospital.parties);
    expect(allMembers(members, 'cbm')).toEqual(['ed', 'pharmacy', 'infusion']);
    expect(withMembers(hospital.parties, ['cbm', 'transit'])).toEqual(['cbm', 'ed', 'pharmacy', 'infusion', 'transit']);
    expect(withMembers(hospital.parties, ['pharmacy'])).toEqual(['pharmacy', 'infusion']);
  });

  it('never follows a link to itself, to a missing party or round a loop', () => {
    const parties = [{ id: 'a', partOf: 'b' }, { id: 'b', partOf: 'a' }, { id: 'c', partOf: 'c' }, { id: 'd', partOf: 'gone' }];
    // The loop is broken at one link (a stays part of b), so nothing is counted twice or forever.
    expect([...organisationOf(parties)]).toEqual([['a', 'b']]);
    expect(withMembers(parties, ['b'])).toEqual(['b', 'a']);
    expect(withMembers(parties, ['c', 'd'])).toEqual(['c', 'd']);
    expect(membershipRefusal(hospital.parties, 'cbm', 'infusion')).toBe('loop');
    expect(membershipRefusal(hospital.parties, 'ed', 'ed')).toBe('self');
    expect(membershipRefusal(hospital.parties, 'transit', 'infusion')).toBeNull();
  });
});

describe('withdrawing an organisation', () => {
  const compiled = compileNetwork(hospital);

  it('equals withdrawing it and every member by hand', () => {
    const byOrganisation = simulateWithdrawal(compiled, withMembers(hospital.parties, ['cbm']));
    const byHand = simulateWithdrawal(compiled, ['cbm', 'ed', 'pharmacy', 'infusion']);
    expect(impactsById(byOrganisation)).toEqual(impactsById(byHand));
    expect(byOrganisation.summary).toEqual(byHand.summary);
    // Worked by hand: clients lose the ED outright; the home loses the infusion centre (0.3) or,
    // through transit's 0.06 reliance on the hospital, transit (0.4): 1 − 0.7 × (1 − 0.06 × 0.4).
    const impacts = impactsById(byOrganisation);
    expect(impacts).toMatchObject({ clients: 1, transit: 0.06 });
    expect(impacts.home).toBeCloseTo(1 - 0.7 * (1 - 0.06 * 0.4), 12);
  });

  it('groups the harm by organisation', () => {
    const result = simulateWithdrawal(compiled, ['pharmacy', 'infusion']);
    const grouped = harmByOrganisation(hospital.parties, result);
    expect(grouped.map((entry) => [entry.id, entry.members, entry.withdrawn, entry.disrupted, entry.affected])).toEqual([
      // The ED relies on the pharmacy (criticality 5, limited substitutes): a 50% chance, disrupted.
      ['cbm', 3, 2, 1, 1],
      ['pharmacy', 1, 1, 0, 0],
    ]);
    expect(describeOrganisationHarm(grouped[0]!)).toBe('cbm: 2 of 3 departments withdrawn, 1 disrupted');
    expect(describeOrganisationHarm({ ...grouped[0]!, withdrawn: 0, disrupted: 0, affected: 2 })).toBe('cbm: 2 of 3 departments affected');
    const disrupted = harmByOrganisation(hospital.parties, simulateWithdrawal(compiled, ['transit']));
    expect(disrupted).toEqual([]);
    const ed = harmByOrganisation(
      [...hospital.parties],
      { parties: [{ id: 'ed', impact: 0.9, impactClass: 'disrupted' }, { id: 'pharmacy', impact: 0.6, impactClass: 'disrupted' }] },
    );
    expect(describeOrganisationHarm(ed[0]!)).toBe('cbm: 2 of 3 departments disrupted');
  });

  it('ranks organisations by the harm of their withdrawal, each entry equal to that simulation', () => {
    const ranking = organisationRanking(compiled);
    expect(ranking.map((entry) => [entry.id, entry.members])).toEqual([
      ['cbm', 3],
      ['pharmacy', 1],
    ]);
    for (const entry of ranking) {
      const alone = simulateWithdrawal(compiled, withMembers(hospital.parties, [entry.id]));
      const harm = alone.parties.reduce((sum, p) => (p.impactClass === 'withdrawn' ? sum : sum + p.impact * (p.side === 'external' ? 3 : 1)), 0);
      expect(entry.harm).toBeCloseTo(harm, 12);
      expect(entry.affected).toBe(alone.summary.affected);
      expect(entry.disrupted).toBe(alone.summary.disrupted);
    }
    // Withdrawing the whole hospital hurts at least as much as any of its parts alone.
    const parties = criticalityRanking(compiled);
    const hospitalHarm = ranking.find((entry) => entry.id === 'cbm')!.harm;
    for (const id of ['cbm', 'ed', 'pharmacy', 'infusion']) expect(hospitalHarm).toBeGreaterThanOrEqual(parties.find((entry) => entry.id === id)!.harm - 1e-12);
  });

  it('matches the simulation on a network large enough to be sampled', () => {
    const size = 60;
    const parties = Array.from({ length: size }, (_, i) => member(`n${i}`, i % 10 === 0 || i < 10 ? null : `n${i - (i % 10)}`));
    // Four links out of every party, looping back on themselves: far too many uncertain links to enumerate.
    const relationships = [7, 11, 13, 17].flatMap((k) => Array.from({ length: size }, (_, i) => relies(`n${i}`, `n${(i * k + 3) % size}`, 3, 'limited')));
    const net = compileNetwork({ parties, relationships: relationships.filter((r) => r.source !== r.target) });
    const ranking = organisationRanking(net);
    expect(ranking).toHaveLength(5);
    for (const entry of ranking) {
      const alone = simulateWithdrawal(net, withMembers(parties, [entry.id]));
      const harm = alone.parties.reduce((sum, p) => (p.impactClass === 'withdrawn' ? sum : sum + p.impact), 0);
      expect(entry.harm).toBeCloseTo(harm, 9);
    }
    expect(ranking.some((entry) => entry.harmMargin > 0)).toBe(true);
  });
});

describe('the command line withdraws an organisation with its members', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const scratch = mkdtempSync(join(tmpdir(), 'careweave-orgs-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const path = join(scratch, 'hospital.json');
  writeFileSync(
    path,
    JSON.stringify({
      format: 'careweave.network',
      formatVersion: 1,
      network: { name: 'Cedar Bend' },
      parties: hospital.parties.map((p) => ({ id: p.id, name: p.id === 'cbm' ? 'Cedar Bend Memorial' : p.id, side: p.side, type: p.type, partOf: p.partOf })),
      relationships: hospital.relationships,
    }),
  );
  const simulate = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/simulate.ts', '--input', path, ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });

  it('--withdraw ORG_ID gives the same numbers as naming every member, and says who is hit by organisation', () => {
    const organisation = simulate('--withdraw', 'cbm', '--json');
    const byHand = simulate('--withdraw', 'cbm,ed,pharmacy,infusion', '--json');
    expect(organisation.stderr).toBe('');
    const a = JSON.parse(organisation.stdout) as { withdrawn: string[]; parties: { id: string; impact: number }[]; organisations: unknown[] };
    const b = JSON.parse(byHand.stdout) as typeof a;
    expect(a.withdrawn).toEqual(['cbm', 'ed', 'pharmacy', 'infusion']);
    expect(a.parties).toEqual(b.parties);
    expect(a.organisations).toEqual([expect.objectContaining({ id: 'cbm', members: 3, withdrawn: 3 }), expect.objectContaining({ id: 'pharmacy', withdrawn: 1 })]);
    const report = simulate('--withdraw', 'ed');
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('By organisation\n  Cedar Bend Memorial: 1 of 3 departments withdrawn');
  });
});
