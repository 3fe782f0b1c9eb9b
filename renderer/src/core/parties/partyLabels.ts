// Words for party fields, shared by the legend, the details panel and, later, the editor.
import type { PartySide } from '../../../../shared/domain';

export const PARTY_SIDE_LABELS: Record<PartySide, string> = {
  internal: 'Internal customer',
  external: 'External customer',
};

export const PARTY_SIDE_EXAMPLES: Record<PartySide, string> = {
  internal: 'agencies, departments, providers, payers',
  external: 'patients, clients, families',
};
