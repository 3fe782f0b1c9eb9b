// The three relationship kinds. A relationship type cannot be a Cypher parameter, so each kind
// has its own statement chosen from this closed table; every value is still a parameter.
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import { isRelationshipKind, RELATIONSHIP_KINDS } from '../../shared/domain';
import type { Relationship, RelationshipFields, RelationshipKind } from '../../shared/domain';
import { touchNetwork } from './touchNetwork';
import { relationshipFieldsToProps, relationshipFromRecord, toInt } from './records';
import type { Props } from './records';
import type { StoredReading } from './storedReading';
import { writeTx } from '../database/store';
import type { Store } from '../database/store';

const CREATE_QUERIES = Object.fromEntries(
  RELATIONSHIP_KINDS.map((kind) => [
    kind,
    `MATCH (a:Party {networkId: $networkId, id: $source}) USING INDEX a:Party(networkId, id)
     MATCH (b:Party {networkId: $networkId, id: $target}) USING INDEX b:Party(networkId, id)
     CREATE (a)-[r:${kind} {id: $id, networkId: $networkId, version: $version, createdAt: $now, updatedAt: $now}]->(b)
     SET r += $props
     RETURN r {.*} AS props, a.id AS source, b.id AS target`,
  ]),
) as Record<RelationshipKind, string>;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// Every stored property relationshipFromRecord reads. Fetched as a list rather than a map
// (`r {.*}`): the driver then decodes no property names. For 50,000 relationships the query
// itself went from about 0.75 s to 0.5 s, and the whole network load about a tenth faster.
// The stored networkId comes last: a relationship a script wrote may lack it (and its id and
// version), which storedReading.ts counts so the network can adopt it.
const STORED_FIELDS = ['id', 'version', 'notes', 'createdAt', 'updatedAt', 'service', 'criticality', 'substitutability', 'resource', 'amount', 'unit', 'period', 'level', 'reliability', 'missionSupport', 'openness', 'assessedAt', 'assessedBy', 'startsOn', 'endsOn', 'renews', 'networkId'] as const;

export async function loadRelationships(tx: ManagedTransaction, networkId: string, reading?: StoredReading): Promise<Relationship[]> {
  const result = await tx.run(
    `MATCH (a:Party {networkId: $networkId})-[r:RELIES_ON|RESOURCE_FLOW|TRUSTS]->(b:Party)
     RETURN type(r) AS kind, a.id AS source, b.id AS target, [${STORED_FIELDS.map((field) => `r.${field}`).join(', ')}] AS fields`,
    { networkId },
  );
  const relationships = result.records.flatMap((record) => {
    const kind = record.get('kind') as unknown;
    if (!isRelationshipKind(kind)) return [];
    // One object literal of a fixed shape per row (in STORED_FIELDS order): building the
    // properties key by key made V8 fall back to slow dictionary objects at this scale.
    const [id, version, notes, createdAt, updatedAt, service, criticality, substitutability, resource, amount, unit, period, level, reliability, missionSupport, openness, assessedAt, assessedBy, startsOn, endsOn, renews, storedNetworkId] =
      record.get('fields') as unknown[];
    const props: Props = {
      networkId: storedNetworkId === networkId ? networkId : null,
      id,
      version,
      notes,
      createdAt,
      updatedAt,
      service,
      criticality,
      substitutability,
      resource,
      amount,
      unit,
      period,
      level,
      reliability,
      missionSupport,
      openness,
      assessedAt,
      assessedBy,
      startsOn,
      endsOn,
      renews,
    };
    return [relationshipFromRecord(kind, props, String(record.get('source')), String(record.get('target')), reading)];
  });
  // Sorted here, not with ORDER BY: at 50k relationships the database's sort made the query
  // more than twice as slow (measured by bench/map.bench.ts), while this takes milliseconds.
  return relationships.sort((a, b) => byText(a.createdAt, b.createdAt) || byText(a.id, b.id));
}

export async function createRelationship(
  store: Store,
  networkId: string,
  id: string,
  ends: { source: string; target: string },
  fields: RelationshipFields,
  now: string,
): Promise<Relationship> {
  return writeTx(store, async (tx) => {
    const result = await tx.run(CREATE_QUERIES[fields.kind], {
      networkId,
      id,
      source: ends.source,
      target: ends.target,
      props: relationshipFieldsToProps(fields),
      version: toInt(0),
      now,
    });
    const record = result.records[0];
    if (!record) throw await missingEnds(tx, networkId, ends);
    await touchNetwork(tx, networkId, now);
    return relationshipFromRecord(fields.kind, record.get('props') as Props, String(record.get('source')), String(record.get('target')));
  });
}

async function missingEnds(tx: ManagedTransaction, networkId: string, ends: { source: string; target: string }): Promise<ApiError> {
  const result = await tx.run('MATCH (p:Party {networkId: $networkId}) WHERE p.id IN [$source, $target] RETURN collect(p.id) AS found', {
    networkId,
    ...ends,
  });
  const found = new Set((result.records[0]?.get('found') as string[] | undefined) ?? []);
  const missing = [ends.source, ends.target].filter((end) => !found.has(end));
  return new ApiError(
    'not_found',
    `The relationship was not added: party ${missing.map((end) => `"${end}"`).join(' and ')} is not in this network. A relationship can only join parties of the same network.`,
  );
}
