// Adding or removing tags on several parties at once (the side panel's selection, the table's
// checked rows): the one operation that changes only the parties whose tags change.
import type { Party } from '../../../../shared/domain';
import type { Operation } from '../history/operations';
import { parseTags } from '../forms/partyDraft';
import { partyFields } from './snapshots';

export type TagChange = { label: string; operation: Operation };

/** The change to make, or null when the text names no tag or no party would change. */
export function tagParties(parties: readonly Party[], text: string, mode: 'add' | 'remove'): TagChange | null {
  const tags = parseTags(text);
  if (tags.length === 0) return null;
  const changed = parties
    .map((party) => ({ party, next: mode === 'add' ? [...new Set([...party.tags, ...tags])] : party.tags.filter((tag) => !tags.includes(tag)) }))
    .filter(({ party, next }) => next.length !== party.tags.length);
  if (changed.length === 0) return null;
  return {
    label: `${mode === 'add' ? 'Tag' : 'Untag'} ${changed.length} ${changed.length === 1 ? 'party' : 'parties'}`,
    operation: { kind: 'update-parties', parties: changed.map(({ party, next }) => ({ id: party.id, fields: { ...partyFields(party), tags: next } })) },
  };
}
