// Network insight's settings beside each network (issue 11): its warning thresholds as one
// (:InsightSettings {networkId, thresholds, updatedAt}) node, thresholds as a JSON text that reads
// plainly in Neo4j Browser ('{"heavyCriticality":4,…}') and takes new thresholds without a
// migration; and each dismissed warning as (:WarningDismissal {networkId, key, kind, note,
// message, dismissedAt}), keeping the warning's words as they were when it was dismissed.
// Deleting the network deletes them with it (networks.ts).
import type { ManagedTransaction } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import { DEFAULT_WARNING_THRESHOLDS, WARNING_KINDS, warningThresholdsSchema } from '../../shared/domain';
import type { InsightSettings, WarningDismissal, WarningKind, WarningThresholds } from '../../shared/domain';
import { readTx, writeTx } from '../database/store';
import type { Store } from '../database/store';
import type { Props } from './records';

export interface NewDismissal {
  key: string;
  kind: WarningKind;
  note: string;
  message: string;
}

async function requireNetwork(tx: ManagedTransaction, networkId: string): Promise<void> {
  const result = await tx.run('MATCH (n:Network {id: $networkId}) RETURN n.id', { networkId });
  if (result.records.length === 0) throw new ApiError('not_found', 'That network no longer exists. It may have been deleted; pick another from the list.');
}

// Thresholds edited by hand in Neo4j Browser, or damaged, must not lock the person out: each one
// that does not check out falls back to its default.
function thresholdsFromText(text: unknown): WarningThresholds {
  let stored: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(String(text));
    if (parsed !== null && typeof parsed === 'object') stored = parsed as Record<string, unknown>;
  } catch {
    return DEFAULT_WARNING_THRESHOLDS;
  }
  const shape = warningThresholdsSchema.shape;
  const result = { ...DEFAULT_WARNING_THRESHOLDS };
  for (const name of Object.keys(shape) as (keyof WarningThresholds)[]) {
    const checked = shape[name].safeParse(stored[name]);
    if (checked.success) result[name] = checked.data;
  }
  return result;
}

function dismissalFromProps(props: Props): WarningDismissal & { message: string } {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const kind = (WARNING_KINDS as readonly string[]).includes(text(props.kind)) ? (text(props.kind) as WarningKind) : 'no-relationships';
  return { key: text(props.key), kind, note: text(props.note), message: text(props.message), dismissedAt: text(props.dismissedAt) };
}

export async function getInsightSettings(store: Store, networkId: string): Promise<InsightSettings> {
  return readTx(store, async (tx) => {
    await requireNetwork(tx, networkId);
    const settings = await tx.run('MATCH (s:InsightSettings {networkId: $networkId}) RETURN s.thresholds AS thresholds', { networkId });
    const dismissals = await tx.run(
      'MATCH (d:WarningDismissal {networkId: $networkId}) RETURN d {.*} AS d ORDER BY d.dismissedAt DESC, d.key',
      { networkId },
    );
    const stored = settings.records[0]?.get('thresholds');
    return {
      thresholds: stored === undefined ? DEFAULT_WARNING_THRESHOLDS : thresholdsFromText(stored),
      dismissals: dismissals.records.map((record) => dismissalFromProps(record.get('d') as Props)),
    };
  });
}

export async function saveWarningThresholds(store: Store, networkId: string, thresholds: WarningThresholds, now: string): Promise<WarningThresholds> {
  return writeTx(store, async (tx) => {
    await requireNetwork(tx, networkId);
    await tx.run(
      `MERGE (s:InsightSettings {networkId: $networkId})
       SET s.thresholds = $thresholds, s.updatedAt = $now`,
      { networkId, thresholds: JSON.stringify(thresholds), now },
    );
    return thresholds;
  });
}

/** Dismissing again keeps the first date and takes the new note. */
export async function dismissWarning(store: Store, networkId: string, dismissal: NewDismissal, now: string): Promise<WarningDismissal> {
  return writeTx(store, async (tx) => {
    await requireNetwork(tx, networkId);
    const result = await tx.run(
      `MERGE (d:WarningDismissal {networkId: $networkId, key: $key})
       ON CREATE SET d.dismissedAt = $now
       SET d.kind = $kind, d.note = $note, d.message = $message
       RETURN d {.*} AS d`,
      { networkId, ...dismissal, now },
    );
    return dismissalFromProps(result.records[0]!.get('d') as Props);
  });
}

export async function restoreWarning(store: Store, networkId: string, key: string): Promise<void> {
  await writeTx(store, async (tx) => {
    await requireNetwork(tx, networkId);
    await tx.run('MATCH (d:WarningDismissal {networkId: $networkId, key: $key}) DELETE d', { networkId, key });
  });
}
