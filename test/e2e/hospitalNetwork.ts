// A hospital with five departments and three partners, for the organisation, view and
// presentation tests: small enough to read on a screenshot, with every kind of relationship.
import type { NetworkDocumentInput } from '../../shared/domain';

const department = (id: string, name: string, x: number, y: number) => ({ id, name, side: 'internal' as const, type: 'hospital unit/department', x, y, partOf: 'cbm' });

export const HOSPITAL: NetworkDocumentInput = {
  format: 'careweave.network',
  formatVersion: 1,
  network: { name: 'Cedar Bend hospital and partners' },
  parties: [
    { id: 'cbm', name: 'Cedar Bend Memorial Hospital', side: 'internal', type: 'healthcare provider', x: 300, y: 250 },
    department('ed', 'Emergency Department', 220, 180),
    department('pharmacy', 'Pharmacy', 380, 180),
    department('nursing', 'Nursing', 220, 320),
    department('social', 'Social Work', 380, 320),
    department('dietary', 'Dietary', 300, 250),
    { id: 'transit', name: 'County Transit', side: 'internal', type: 'community agency', x: 700, y: 180 },
    { id: 'clients', name: 'IOP clients', side: 'external', type: 'client', x: 700, y: 380 },
    { id: 'families', name: 'Family caregivers', side: 'external', type: 'family/caregiver', x: 560, y: 480 },
  ],
  relationships: [
    { id: 'r1', kind: 'RELIES_ON', source: 'clients', target: 'ed', service: 'crisis care', criticality: 5, substitutability: 'none' },
    { id: 'r2', kind: 'RELIES_ON', source: 'clients', target: 'social', service: 'case management', criticality: 4, substitutability: 'limited' },
    { id: 'r3', kind: 'RELIES_ON', source: 'ed', target: 'pharmacy', service: 'stat orders', criticality: 5, substitutability: 'limited' },
    { id: 'r4', kind: 'RELIES_ON', source: 'nursing', target: 'pharmacy', service: 'medication', criticality: 4, substitutability: 'none' },
    { id: 'r5', kind: 'RESOURCE_FLOW', source: 'transit', target: 'clients', resource: 'transport', amount: 40, unit: 'rides', period: 'month' },
    { id: 'r6', kind: 'RELIES_ON', source: 'social', target: 'transit', service: 'client transport', criticality: 3, substitutability: 'limited' },
    { id: 'r7', kind: 'RELIES_ON', source: 'families', target: 'nursing', service: 'respite', criticality: 3, substitutability: 'limited' },
    { id: 'r8', kind: 'TRUSTS', source: 'transit', target: 'cbm', level: 4 },
  ],
};

