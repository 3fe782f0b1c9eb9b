// The names under the parties: on the sample network, where eight parties start with "Harlan",
// the shortened names keep what tells them apart, and a party's own short name wins.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { networkDocumentSchema } from '../../shared/domain';
import { distinctiveName, mapLabels, sharedLeads, SHORT_LABEL_LENGTH } from '../../renderer/src/core/graph/mapNames';

const sample = networkDocumentSchema.parse(JSON.parse(readFileSync(join(process.cwd(), 'resources', 'sample', 'rural-behavioral-health.json'), 'utf8')));

describe('distinctive names on the sample network', () => {
  const labels = mapLabels(sample.parties);
  const short = (id: string) => labels.get(id)!.shortLabel;

  it.each([
    ['p-probate-court', '…Probate Court'],
    ['p-sheriff', "…Sheriff's Office"],
    ['p-mh-board', '…Mental Health Board'],
    ['p-ems', 'Harlan County EMS'],
    ['p-transit', 'Harlan Rides'],
    ['p-iop', 'Senior IOP'],
    ['p-primary-care', '…Family Medicine'],
    ['p-medicare', 'Medicare'],
  ])('%s reads %s', (id, expected) => {
    expect(short(id)).toBe(expected);
  });

  it('never shows two "Harlan County…" and keeps every shortened name within the limit', () => {
    const shortened = sample.parties.map((party) => short(party.id));
    expect(shortened.filter((name) => /^Harlan County…$/.test(name))).toEqual([]);
    for (const name of shortened) expect(name.length).toBeLessThanOrEqual(SHORT_LABEL_LENGTH);
    // Parties that share a long prefix still read differently.
    const harlanCounty = sample.parties.filter((party) => party.name.startsWith('Harlan County')).map((party) => short(party.id));
    expect(new Set(harlanCounty).size).toBe(harlanCounty.length);
  });

  it('shows the full name in full mode, or the party’s own short name', () => {
    const parties = [
      { id: 'a', name: 'Harlan County Probate Court', shortName: '' },
      { id: 'b', name: 'Harlan County Adult Protective Services', shortName: 'APS' },
    ];
    const own = mapLabels(parties);
    expect(own.get('a')).toEqual({ label: 'Harlan County Probate Court', shortLabel: 'Harlan County…' });
    expect(own.get('b')).toEqual({ label: 'APS', shortLabel: 'APS' });
  });

  it('reuses the names for a new list with the same names, and works them out again after a rename', () => {
    const parties = [
      { id: 'a', name: 'Harlan County Probate Court', shortName: '', x: 0 },
      { id: 'b', name: 'Harlan County Adult Protective Services', shortName: '', x: 0 },
    ];
    const first = mapLabels(parties);
    // Moved: a new list, the same names.
    expect(mapLabels(parties.map((party) => ({ ...party, x: 5 })))).toBe(first);
    const renamed = mapLabels(parties.map((party) => (party.id === 'b' ? { ...party, shortName: 'APS' } : party)));
    expect(renamed).not.toBe(first);
    expect(renamed.get('b')).toEqual({ label: 'APS', shortLabel: 'APS' });
    expect(mapLabels([parties[0]!])).not.toBe(first);
  });
});

describe('distinctiveName', () => {
  it('cuts a long distinctive remainder at a word and drops a dangling "&"', () => {
    const leads = sharedLeads(['Harlan Home Health & Hospice', 'Harlan Rides', 'Harlan Valley Clinic']);
    expect(distinctiveName('Harlan Home Health & Hospice Services', leads)).toBe('…Home Health…');
  });
  it('cuts one very long word', () => {
    expect(distinctiveName('Pneumonoultramicroscopicsilicovolcanoconiosis Clinic', new Map())).toBe('Pneumonoultramicros…');
  });
});
