// Presentations (issue 15): `(:Presentation {id, networkId, name, slides, version, …})` beside the
// network's parties. New nodes only, so no data changes: ids unique per network, found by network.
import type { Migration } from './migration';

export const presentations: Migration = {
  version: 10,
  description: 'Presentations: (:Presentation), unique per network',
  schema: [
    'CREATE CONSTRAINT presentation_network_id IF NOT EXISTS FOR (p:Presentation) REQUIRE (p.networkId, p.id) IS UNIQUE',
    'CREATE INDEX presentation_network IF NOT EXISTS FOR (p:Presentation) ON (p.networkId)',
  ],
};
