// Saved views (issue 15): `(:SavedView {id, networkId, name, state, version, …})` beside the
// network's parties. New nodes only, so no data changes: ids unique per network, found by network.
import type { Migration } from './migration';

export const savedViews: Migration = {
  version: 9,
  description: 'Saved views: (:SavedView), unique per network',
  schema: [
    'CREATE CONSTRAINT saved_view_network_id IF NOT EXISTS FOR (v:SavedView) REQUIRE (v.networkId, v.id) IS UNIQUE',
    'CREATE INDEX saved_view_network IF NOT EXISTS FOR (v:SavedView) ON (v.networkId)',
  ],
};
