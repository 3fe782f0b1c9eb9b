// Saved views in Neo4j (issue 15): `(:SavedView {id, networkId, name, state, …})`, with the view's
// state as one JSON text (namedRecords.ts holds the storing, this file what a view is).
import { viewStateSchema } from '../../shared/domain';
import type { SavedView, ViewState } from '../../shared/domain';
import { checkedKind } from './namedRecords';
import type { NamedRecord } from './namedRecords';

export const VIEW_RECORDS = checkedKind<ViewState>({ label: 'SavedView', property: 'state', versioned: 'view', one: 'view' }, viewStateSchema, () => viewStateSchema.parse({}));

export function toSavedView({ body, ...record }: NamedRecord<ViewState>): SavedView {
  return { ...record, state: body };
}
