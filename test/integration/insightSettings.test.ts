// Network insight's stored settings against the real Neo4j: the schema migration, thresholds
// saved and read back, a warning dismissed with a note that stays dismissed (and reads plainly in
// Neo4j Browser), restored, bad input refused without writing, and the network's deletion taking
// its settings with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WARNING_THRESHOLDS } from '../../shared/domain';
import type { ApiErrorCode } from '../../shared/api';
import { findWarnings } from '../../shared/insight';
import { SCHEMA_VERSION } from '../../main/database/schema';
import { createTestBackend, expectRefused } from '../support/testBackend';
import type { TestBackend } from '../support/testBackend';

let t: TestBackend;
let networkId: string;

async function nodes(label: 'InsightSettings' | 'WarningDismissal', id = networkId): Promise<Array<Record<string, unknown>>> {
  const { driver } = t.backend.database.store();
  const { records } = await driver.executeQuery(`MATCH (s:${label} {networkId: $id}) RETURN s {.*} AS s ORDER BY s.key`, { id });
  return records.map((record) => record.get('s') as Record<string, unknown>);
}

const refused = (method: string, request: unknown, code: ApiErrorCode, message: RegExp) => expectRefused(t, method, request, code, message);

beforeAll(async () => {
  t = await createTestBackend();
  networkId = (await t.api.loadSampleNetwork()).id;
});
afterAll(async () => {
  await t?.dispose();
});

describe('insight settings', () => {
  it('are migrated in: the schema records the version and the new constraints exist', async () => {
    const { driver } = t.backend.database.store();
    const schema = await driver.executeQuery("MATCH (s:CareweaveSchema {id: 'schema'}) RETURN s.version AS version");
    expect(Number(schema.records[0]!.get('version'))).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    expect(constraints.records[0]!.get('names')).toEqual(expect.arrayContaining(['insight_settings_network', 'warning_dismissal_key']));
  });

  it('start with the default thresholds and no dismissals', async () => {
    expect(await t.api.getInsightSettings({ networkId })).toEqual({ thresholds: DEFAULT_WARNING_THRESHOLDS, dismissals: [] });
  });

  it('save thresholds as one readable JSON text, and read them back', async () => {
    const thresholds = { heavyCriticality: 3, lowTrust: 2.5, highTrust: 4, staleAfterDays: 180 };
    expect(await t.api.saveWarningThresholds({ networkId, thresholds })).toEqual(thresholds);
    expect((await t.api.getInsightSettings({ networkId })).thresholds).toEqual(thresholds);
    expect(await nodes('InsightSettings')).toEqual([
      expect.objectContaining({ networkId, thresholds: '{"heavyCriticality":3,"lowTrust":2.5,"highTrust":4,"staleAfterDays":180}' }),
    ]);
  });

  it('dismiss a warning with a note; it stays dismissed, and can be restored', async () => {
    const graph = await t.api.getNetwork({ id: networkId });
    const warning = findWarnings(graph, { today: '2026-12-07' }).find((candidate) => candidate.kind === 'competing-interests')!;
    const dismissed = await t.api.dismissWarning({ networkId, key: warning.key, kind: warning.kind, note: '  We agreed on this at the March meeting. ', message: warning.message });
    expect(dismissed).toMatchObject({ key: warning.key, kind: 'competing-interests', note: 'We agreed on this at the March meeting.', message: warning.message });
    // Dismissing again takes the new note and keeps the date.
    const again = await t.api.dismissWarning({ networkId, key: warning.key, kind: warning.kind, note: 'Revisit in June.', message: warning.message });
    expect(again).toMatchObject({ note: 'Revisit in June.', dismissedAt: dismissed.dismissedAt });
    // A later session (a new back end) still sees it.
    const later = await createTestBackend();
    try {
      expect((await later.api.getInsightSettings({ networkId })).dismissals).toEqual([again]);
    } finally {
      await later.dispose();
    }
    expect(await nodes('WarningDismissal')).toEqual([expect.objectContaining({ key: warning.key, kind: 'competing-interests', note: 'Revisit in June.', message: warning.message })]);
    expect(await t.api.restoreWarning({ networkId, key: warning.key })).toEqual({ restored: true });
    expect((await t.api.getInsightSettings({ networkId })).dismissals).toEqual([]);
    // Restoring what is not dismissed changes nothing and is not an error.
    expect(await t.api.restoreWarning({ networkId, key: warning.key })).toEqual({ restored: true });
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    await refused('saveWarningThresholds', { networkId, thresholds: { ...DEFAULT_WARNING_THRESHOLDS, lowTrust: 7 } }, 'invalid_request', /Low trust must be from 1 to 5/);
    await refused('dismissWarning', { networkId, key: 'k', kind: 'gossip', note: '', message: '' }, 'invalid_request', /not a kind of warning/);
    await refused('dismissWarning', { networkId, key: 'k', kind: 'stale-trust', note: 'x'.repeat(2001), message: '' }, 'invalid_request', /at most 2000 characters/);
    await refused('getInsightSettings', { networkId: 'no-such-network' }, 'not_found', /no longer exists/);
    await refused('dismissWarning', { networkId: 'no-such-network', key: 'k', kind: 'stale-trust', note: '', message: '' }, 'not_found', /no longer exists/);
    expect(await nodes('WarningDismissal')).toEqual([]);
    expect(await nodes('WarningDismissal', 'no-such-network')).toEqual([]);
  });

  it('falls back to the default for a threshold damaged by hand', async () => {
    const { driver } = t.backend.database.store();
    await driver.executeQuery('MATCH (s:InsightSettings {networkId: $id}) SET s.thresholds = $text', { id: networkId, text: '{"heavyCriticality": 9, "lowTrust": 1}' });
    expect((await t.api.getInsightSettings({ networkId })).thresholds).toEqual({ ...DEFAULT_WARNING_THRESHOLDS, lowTrust: 1 });
  });

  it('go when the network is deleted', async () => {
    const other = (await t.api.loadSampleNetwork()).id;
    await t.api.saveWarningThresholds({ networkId: other, thresholds: DEFAULT_WARNING_THRESHOLDS });
    await t.api.dismissWarning({ networkId: other, key: 'no-relationships:x', kind: 'no-relationships', note: '', message: 'X has no relationships yet.' });
    await t.api.deleteNetwork({ id: other });
    expect(await nodes('InsightSettings', other)).toEqual([]);
    expect(await nodes('WarningDismissal', other)).toEqual([]);
  });
});
