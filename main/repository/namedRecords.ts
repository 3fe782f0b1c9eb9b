// Named records a network keeps beside its parties (issue 15): saved views, stored as
// `(:SavedView {id, networkId, name, state, version, createdAt, updatedAt})`, and presentations,
// `(:Presentation {…, slides, …})`. Their content is one JSON text property, like a scenario's params: Neo4j
// properties cannot hold maps, the text reads plainly in Neo4j Browser, and a field added later
// needs no migration. It is checked with the domain's schema whenever it is read back; a damaged
// one opens empty rather than making the whole list unreadable. Deleting the network deletes them.
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import { toInt } from './records';
import type { Props } from './records';
import { readTx, writeTx } from '../database/store';
import type { Store } from '../database/store';
import { lockAtVersions } from './versioning';
import type { Versioned } from './versioning';

export interface RecordKind<Body> {
  /** The node label and the property holding the content; a closed list, so they can be written into a statement. */
  readonly label: 'SavedView' | 'Presentation';
  readonly property: 'state' | 'slides';
  readonly versioned: Versioned;
  /** "view": what a person calls one. */
  readonly one: string;
  /** The content as read back, or its empty form when the stored text cannot be read. */
  readonly read: (value: unknown) => Body;
}

/** A kind whose content is checked with `schema` when read back; what fails the check reads as `empty`. */
export function checkedKind<Body>(kind: Omit<RecordKind<Body>, 'read'>, schema: { safeParse(value: unknown): { success: true; data: Body } | { success: false } }, empty: () => Body): RecordKind<Body> {
  return {
    ...kind,
    read: (value) => {
      const parsed = schema.safeParse(value);
      return parsed.success ? parsed.data : empty();
    },
  };
}

export interface NamedRecord<Body> {
  id: string;
  networkId: string;
  name: string;
  body: Body;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Parses the stored JSON text; null when it is not JSON (a hand edit, a damaged value). */
export function parseStoredJson(value: unknown): unknown {
  try {
    return JSON.parse(String(value));
  } catch {
    return null;
  }
}

function fromProps<Body>(kind: RecordKind<Body>, props: Props): NamedRecord<Body> {
  return {
    id: text(props.id),
    networkId: text(props.networkId),
    name: text(props.name),
    body: kind.read(parseStoredJson(props[kind.property])),
    version: Number(props.version ?? 0),
    createdAt: text(props.createdAt),
    updatedAt: text(props.updatedAt) || text(props.createdAt),
  };
}

async function requireNetwork(tx: ManagedTransaction, networkId: string): Promise<void> {
  const result = await tx.run('MATCH (n:Network {id: $networkId}) RETURN n.id', { networkId });
  if (result.records.length === 0) throw new ApiError('not_found', 'That network no longer exists. It may have been deleted; pick another from the list.');
}

async function refuseDuplicateName(tx: ManagedTransaction, kind: RecordKind<unknown>, networkId: string, name: string, exceptId: string | null): Promise<void> {
  const result = await tx.run(
    `MATCH (s:${kind.label} {networkId: $networkId})
     WHERE toLower(s.name) = toLower($name) AND ($exceptId IS NULL OR s.id <> $exceptId)
     RETURN s.name AS name LIMIT 1`,
    { networkId, name, exceptId },
  );
  const existing = result.records[0]?.get('name') as string | undefined;
  if (existing !== undefined) {
    throw new ApiError('conflict', `This network already has a ${kind.one} called "${existing}". Choose another name so the two can be told apart.`);
  }
}

export async function listRecords<Body>(store: Store, kind: RecordKind<Body>, networkId: string): Promise<NamedRecord<Body>[]> {
  return readTx(store, async (tx) => {
    await requireNetwork(tx, networkId);
    const result = await tx.run(`MATCH (s:${kind.label} {networkId: $networkId}) RETURN s {.*} AS record ORDER BY toLower(s.name), s.createdAt`, { networkId });
    return result.records.map((record) => fromProps(kind, record.get('record') as Props));
  });
}

export async function createRecord<Body>(
  store: Store,
  kind: RecordKind<Body>,
  record: { id: string; networkId: string; name: string; body: Body },
  now: string,
): Promise<NamedRecord<Body>> {
  return writeTx(store, async (tx) => {
    await requireNetwork(tx, record.networkId);
    await refuseDuplicateName(tx, kind, record.networkId, record.name, null);
    const result = await tx.run(
      `CREATE (s:${kind.label} {id: $id, networkId: $networkId, name: $name, ${kind.property}: $state, version: $version, createdAt: $now, updatedAt: $now})
       RETURN s {.*} AS record`,
      { id: record.id, networkId: record.networkId, name: record.name, state: JSON.stringify(record.body), version: toInt(0), now },
    );
    return fromProps(kind, result.records[0]!.get('record') as Props);
  });
}

/** A new name, new content, or both, from the version the person saw. */
export async function updateRecord<Body>(
  store: Store,
  kind: RecordKind<Body>,
  networkId: string,
  ref: { id: string; version: number },
  change: { name?: string; body?: Body },
  now: string,
): Promise<NamedRecord<Body>> {
  return writeTx(store, async (tx) => {
    await lockAtVersions(tx, kind.versioned, networkId, [ref]);
    if (change.name !== undefined) await refuseDuplicateName(tx, kind, networkId, change.name, ref.id);
    const result = await tx.run(
      `MATCH (s:${kind.label} {networkId: $networkId, id: $id})
       SET s.name = coalesce($name, s.name), s.${kind.property} = coalesce($state, s.${kind.property}), s.version = s.version + 1, s.updatedAt = $now
       RETURN s {.*} AS record`,
      { networkId, id: ref.id, name: change.name ?? null, state: change.body === undefined ? null : JSON.stringify(change.body), now },
    );
    return fromProps(kind, result.records[0]!.get('record') as Props);
  });
}

export async function deleteRecord(store: Store, kind: RecordKind<unknown>, networkId: string, ref: { id: string; version: number }): Promise<void> {
  await writeTx(store, async (tx) => {
    await lockAtVersions(tx, kind.versioned, networkId, [ref]);
    await tx.run(`MATCH (s:${kind.label} {networkId: $networkId, id: $id}) DELETE s`, { networkId, id: ref.id });
  });
}

/** Records brought in by an import, with their ids; names already taken were settled by the plan. */
export async function createImportedRecords(
  tx: ManagedTransaction,
  kind: RecordKind<unknown>,
  networkId: string,
  records: readonly { id: string; name: string; body: unknown; createdAt?: string | undefined }[],
  now: string,
): Promise<void> {
  if (records.length === 0) return;
  await tx.run(
    `UNWIND $records AS r
     CREATE (:${kind.label} {id: r.id, networkId: $networkId, name: r.name, ${kind.property}: r.state, version: $version, createdAt: r.createdAt, updatedAt: $now})`,
    { records: records.map((record) => ({ id: record.id, name: record.name, state: JSON.stringify(record.body), createdAt: record.createdAt ?? now })), networkId, version: toInt(0), now },
  );
}
