// A small hand-made network for the renderer's pure modules, validated by the real schema so
// it cannot drift from the contract.
import { networkGraphSchema } from '../../shared/domain';
import type { NetworkGraph, Party } from '../../shared/domain';

const AT = '2026-01-15T10:00:00.000Z';
const meta = { networkId: 'net-1', version: 1, createdAt: AT, updatedAt: AT };

function party(id: string, fields: Partial<Party> & Pick<Party, 'name' | 'side' | 'type'>): Party {
  return { id, shortName: '', tags: [], notes: '', interests: [], x: null, y: null, partOf: null, ...meta, ...fields };
}

export function makeGraph(overrides: { parties?: Party[] } = {}): NetworkGraph {
  return networkGraphSchema.parse({
    network: { id: 'net-1', name: 'Test network', description: '', version: 0, createdAt: AT, updatedAt: AT },
    parties: overrides.parties ?? [
      party('unit', { name: 'Geri-psych unit', side: 'internal', type: 'hospital unit/department', x: 0, y: 0 }),
      party('transit', { name: 'County Transit', side: 'internal', type: 'community agency', x: 200, y: 0 }),
      party('patients', {
        name: 'Patients',
        side: 'external',
        type: 'patient',
        x: 100,
        y: 150,
        tags: ['rural'],
        interests: [{ topic: 'discharge', stance: 'wants faster' }],
      }),
    ],
    relationships: [
      {
        id: 'r1',
        kind: 'RELIES_ON',
        source: 'patients',
        target: 'transit',
        service: 'transport',
        criticality: 5,
        substitutability: 'none',
        notes: '',
        ...meta,
      },
      {
        id: 'r2',
        kind: 'RESOURCE_FLOW',
        source: 'unit',
        target: 'patients',
        resource: 'beds',
        amount: 10,
        unit: 'beds',
        period: 'year',
        notes: '',
        ...meta,
      },
      {
        id: 'r3',
        kind: 'TRUSTS',
        source: 'unit',
        target: 'transit',
        level: 2.4,
        reliability: 2,
        missionSupport: null,
        openness: null,
        assessedAt: null,
        notes: '',
        ...meta,
      },
    ],
  });
}

export function unplacedParty(id: string): Party {
  return party(id, { name: id, side: 'internal', type: 'other' });
}
