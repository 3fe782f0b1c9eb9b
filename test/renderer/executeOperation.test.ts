// The editor's operations against a fake API that behaves like the real one (versions go up on
// every write, deletes return what went, restores continue the version): undo and redo of every
// kind of change, many times over, always send the version the database holds.
import { describe, expect, it } from 'vitest';
import type { NetworkGraph, Party, Relationship } from '../../shared/domain';
import { applyPatch } from '../../renderer/src/core/editor/graphPatch';
import { executeOperation } from '../../renderer/src/api/executeOperation';
import type { EditorApi } from '../../renderer/src/api/executeOperation';
import type { Operation } from '../../renderer/src/core/history/operations';
import { makeGraph } from './fixtures';

function fakeDatabase(initial: NetworkGraph) {
  const parties = new Map(initial.parties.map((p) => [p.id, p]));
  const relationships = new Map(initial.relationships.map((r) => [r.id, r]));
  const seen: string[] = [];
  const check = (stored: { version: number } | undefined, version: number, id: string) => {
    if (!stored) throw new Error(`missing ${id}`);
    if (stored.version !== version) throw new Error(`conflict on ${id}: sent ${version}, stored ${stored.version}`);
  };
  let counter = 0;
  const api: EditorApi = {
    createParty: async ({ fields }) => {
      const party = { ...initial.parties[0]!, ...fields, tags: fields.tags ?? [], notes: fields.notes ?? '', interests: fields.interests ?? [], x: fields.x ?? null, y: fields.y ?? null, partOf: fields.partOf ?? null, id: `p${++counter}`, version: 0 };
      parties.set(party.id, party);
      return party;
    },
    createRelationship: async () => {
      throw new Error('not used');
    },
    restoreElements: async ({ parties: ps = [], relationships: rs = [] }) => {
      const restoredParties = ps.map((p) => ({ ...initial.parties[0]!, ...p, version: p.version + 1 }) as Party);
      const restoredRelationships = rs.map((r) => ({ ...initial.relationships[0]!, ...r, version: r.version + 1 }) as Relationship);
      for (const p of restoredParties) parties.set(p.id, p);
      for (const r of restoredRelationships) relationships.set(r.id, r);
      return { parties: restoredParties, relationships: restoredRelationships, memberships: [] };
    },
    deleteElements: async ({ parties: ps = [], relationships: rs = [] }) => {
      ps.forEach((p) => check(parties.get(p.id), p.version, p.id));
      rs.forEach((r) => check(relationships.get(r.id), r.version, r.id));
      const ids = new Set(ps.map((p) => p.id));
      const goneRelationships = [...relationships.values()].filter((r) => rs.some((x) => x.id === r.id) || ids.has(r.source) || ids.has(r.target));
      const goneParties = ps.map((p) => parties.get(p.id)!);
      goneParties.forEach((p) => parties.delete(p.id));
      goneRelationships.forEach((r) => relationships.delete(r.id));
      return { parties: goneParties, relationships: goneRelationships, memberships: [] };
    },
    updateParties: async ({ parties: updates }) =>
      updates.map(({ id, version, fields }) => {
        check(parties.get(id), version, id);
        const next = { ...parties.get(id)!, ...fields, version: version + 1 } as Party;
        parties.set(id, next);
        seen.push(`${id}@${version}`);
        return next;
      }),
    updateRelationships: async () => {
      throw new Error('not used');
    },
    savePositions: async ({ positions }) => {
      for (const p of positions) parties.set(p.id, { ...parties.get(p.id)!, x: p.x, y: p.y });
      return { saved: positions.length };
    },
  };
  return { api, parties, relationships, seen };
}

async function run(api: EditorApi, graph: NetworkGraph, operation: Operation) {
  const { patch, inverse } = await executeOperation(api, graph, operation);
  return { graph: applyPatch(graph, patch), inverse };
}

describe('executeOperation', () => {
  it('undoes and redoes a party delete 60 times, restoring the same id with its relationships', async () => {
    const db = fakeDatabase(makeGraph());
    let graph = makeGraph();
    let step = await run(db.api, graph, { kind: 'delete', partyIds: ['transit'], relationshipIds: [] });
    graph = step.graph;
    expect(graph.relationships.map((r) => r.id)).toEqual(['r2']);
    for (let i = 0; i < 61; i += 1) {
      step = await run(db.api, graph, step.inverse);
      graph = step.graph;
    }
    // 31 undos and 30 redos after the delete: everything is back, with the same ids.
    expect(graph.parties.map((p) => p.id).sort()).toEqual(['patients', 'transit', 'unit']);
    expect(graph.relationships.map((r) => r.id).sort()).toEqual(['r1', 'r2', 'r3']);
    expect(db.parties.get('transit')?.version).toBe(graph.parties.find((p) => p.id === 'transit')?.version);
  });

  it('undoes an edit with the version the database holds, however often it is repeated', async () => {
    const db = fakeDatabase(makeGraph());
    let graph = makeGraph();
    const unit = graph.parties[0]!;
    let step = await run(db.api, graph, { kind: 'update-parties', parties: [{ id: unit.id, fields: { ...unit, name: 'Renamed' } }] });
    graph = step.graph;
    for (let i = 0; i < 5; i += 1) {
      step = await run(db.api, graph, step.inverse);
      graph = step.graph;
    }
    expect(graph.parties[0]?.name).toBe('Geri-psych unit');
    expect(db.seen).toEqual(['unit@1', 'unit@2', 'unit@3', 'unit@4', 'unit@5', 'unit@6']);
  });

  it('keeps the current position when an edit is undone after the party was moved', async () => {
    const db = fakeDatabase(makeGraph());
    let graph = makeGraph();
    const unit = graph.parties[0]!;
    const edit = await run(db.api, graph, { kind: 'update-parties', parties: [{ id: unit.id, fields: { ...unit, name: 'Renamed' } }] });
    graph = (await run(db.api, edit.graph, { kind: 'move', positions: [{ id: 'unit', x: 99, y: 98 }] })).graph;
    graph = (await run(db.api, graph, edit.inverse)).graph;
    expect(graph.parties[0]).toMatchObject({ name: 'Geri-psych unit', x: 99, y: 98 });
  });

  it('undoes a move back to the previous positions', async () => {
    const db = fakeDatabase(makeGraph());
    const moved = await run(db.api, makeGraph(), { kind: 'move', positions: [{ id: 'unit', x: 10, y: 20 }] });
    expect(moved.inverse).toEqual({ kind: 'move', positions: [{ id: 'unit', x: 0, y: 0 }] });
  });

  it('undoes an added party by deleting it, and redoes it with the same id', async () => {
    const db = fakeDatabase(makeGraph());
    const added = await run(db.api, makeGraph(), { kind: 'create-party', fields: { name: 'New', side: 'internal', type: 'payer' } });
    expect(added.inverse).toEqual({ kind: 'delete', partyIds: ['p1'], relationshipIds: [] });
    const undone = await run(db.api, added.graph, added.inverse);
    expect(undone.graph.parties.some((p) => p.id === 'p1')).toBe(false);
    const redone = await run(db.api, undone.graph, undone.inverse);
    expect(redone.graph.parties.find((p) => p.id === 'p1')?.name).toBe('New');
  });
});
