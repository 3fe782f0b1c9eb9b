// Optimistic concurrency: an edit names the version each element had when the person started
// it. If any stored element has moved on, or is gone, the whole change is refused as a conflict
// (or not found) instead of overwriting someone else's work: all of it or none of it.
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import type { VersionRef } from '../../shared/api';
import { relationshipById } from './relationshipLookup';

export type Versioned = 'network' | 'party' | 'relationship' | 'scenario' | 'careLogEntry' | 'view' | 'presentation';

interface Kind {
  /** Binds `e` to the stored element whose id is `ref.id`. */
  match: string;
  one: string;
  many: string;
  /** Whether the element has a name a person knows it by (relationships have none). */
  named: boolean;
  /** Where the person saw the version they started from, and what to do next. */
  seenIn: string;
  next: string;
}

const KINDS: Record<Versioned, Kind> = {
  network: {
    // The network is its own network: `$networkId` is its id.
    match: 'MATCH (e:Network {id: ref.id})',
    one: 'network',
    many: 'networks',
    named: true,
    seenIn: 'its name and description',
    next: 'Compare with what was saved, then save again if yours should replace it.',
  },
  party: {
    match: 'MATCH (e:Party {networkId: $networkId, id: ref.id}) USING INDEX e:Party(networkId, id)',
    one: 'party',
    many: 'parties',
    named: true,
    seenIn: 'the map',
    next: 'Reload the map to see the latest, then make your change again.',
  },
  relationship: {
    // One indexed MATCH per kind (relationshipLookup.ts): all three kinds in one pattern scan.
    match: `WITH ref, ref.id AS id
            ${relationshipById('id', 'e')}`,
    one: 'relationship',
    many: 'relationships',
    named: false,
    seenIn: 'the map',
    next: 'Reload the map to see the latest, then make your change again.',
  },
  scenario: {
    match: 'MATCH (e:Scenario {networkId: $networkId, id: ref.id})',
    one: 'scenario',
    many: 'scenarios',
    named: true,
    seenIn: 'the list',
    next: 'The list has been refreshed.',
  },
  careLogEntry: {
    match: 'MATCH (e:CareLogEntry {networkId: $networkId, id: ref.id})',
    one: 'care log entry',
    many: 'care log entries',
    named: false,
    seenIn: 'the care log',
    next: 'The care log has been refreshed.',
  },
  view: {
    match: 'MATCH (e:SavedView {networkId: $networkId, id: ref.id})',
    one: 'view',
    many: 'views',
    named: true,
    seenIn: 'the list of views',
    next: 'The list has been refreshed.',
  },
  presentation: {
    match: 'MATCH (e:Presentation {networkId: $networkId, id: ref.id})',
    one: 'presentation',
    many: 'presentations',
    named: true,
    seenIn: 'the presentation',
    next: 'The list has been refreshed; open the presentation again to see the latest.',
  },
};

// Setting a throwaway property takes the write lock before the version is read, so two edits
// racing from the same version cannot both pass the check (Neo4j's documented lost-update
// pattern: lock first, then read).
function lockQuery(kind: Kind): string {
  return `UNWIND $refs AS ref
          ${kind.match}
          SET e._LOCK_ = true
          WITH ref, e, coalesce(e.version, 0) AS version, e.name AS name
          REMOVE e._LOCK_
          RETURN ref.id AS id, version, name`;
}

function listed(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((name) => `"${name}"`);
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  return `${shown.join(', ')}${more}`;
}

function missingError(kind: Kind, missing: readonly string[], asked: number): ApiError {
  if (asked === 1) {
    return new ApiError('not_found', `That ${kind.one} no longer exists (it may have been deleted elsewhere), so nothing was changed. ${kind.next}`);
  }
  const count = missing.length === 1 ? `One ${kind.one} of this change no longer exists` : `${missing.length} ${kind.many} of this change no longer exist`;
  return new ApiError('not_found', `${count} (${listed(missing)}); they may have been deleted elsewhere. Nothing was changed. ${kind.next}`);
}

type Stale = { id: string; name: string; expected: number; stored: number };

function staleError(kind: Kind, stale: readonly Stale[]): ApiError {
  const [only] = stale;
  if (stale.length === 1 && only) {
    const who = kind.named ? `The ${kind.one} "${only.name}"` : `A ${kind.one}`;
    return new ApiError(
      'conflict',
      `${who} changed elsewhere since you opened ${kind.seenIn} (you edited version ${only.expected}, the saved one is version ${only.stored}), so nothing was changed. ${kind.next}`,
    );
  }
  const who = kind.named ? listed(stale.map((element) => element.name)) : `${stale.length} ${kind.many}`;
  return new ApiError('conflict', `${who} changed elsewhere since you opened ${kind.seenIn}, so nothing was changed. ${kind.next}`);
}

/** Locks every element of a change and checks it is still at the version the person saw. */
export async function lockAtVersions(tx: ManagedTransaction, versioned: Versioned, networkId: string, refs: readonly VersionRef[]): Promise<void> {
  if (refs.length === 0) return;
  const kind = KINDS[versioned];
  const expected = new Map(refs.map((ref) => [ref.id, ref.version]));
  const result = await tx.run(lockQuery(kind), { networkId, refs: refs.map((ref) => ({ id: ref.id })) });
  const found = new Set<string>();
  const stale: Stale[] = [];
  for (const record of result.records) {
    const id = String(record.get('id'));
    found.add(id);
    const stored = Number(record.get('version'));
    const wanted = expected.get(id) ?? stored;
    if (stored !== wanted) stale.push({ id, name: String(record.get('name') ?? id), expected: wanted, stored });
  }
  const missing = refs.map((ref) => ref.id).filter((id) => !found.has(id));
  if (missing.length > 0) throw missingError(kind, missing, refs.length);
  if (stale.length > 0) throw staleError(kind, stale);
}
