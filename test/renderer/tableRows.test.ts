// The network as tables (issue 17): the rows follow what the map shows (filters, focus, the
// simulation on screen), filter on the text a reader sees and sort as a reader expects.
import { describe, expect, it } from 'vitest';
import type { Visible } from '../../renderer/src/core/filters/filterPipeline';
import type { SimulationView } from '../../renderer/src/core/simulation/simulationView';
import { filterRows, PARTY_TEXT, partyRows, RELATIONSHIP_TEXT, relationshipRows, sortRows } from '../../renderer/src/core/table/tableRows';
import { makeGraph } from './fixtures';

const graph = makeGraph();
const everything: Visible = { partyIds: new Set(graph.parties.map((p) => p.id)), relationshipIds: new Set(graph.relationships.map((r) => r.id)), active: false };

describe('party and relationship rows', () => {
  it('has one row per party the map shows, with its relationships counted', () => {
    const rows = partyRows(graph, everything, null, null);
    expect(rows.map((row) => [row.name, row.side, row.relationships, row.impactText])).toEqual([
      ['Geri-psych unit', 'Internal', graph.relationships.filter((r) => r.source === 'unit' || r.target === 'unit').length, ''],
      ['County Transit', 'Internal', graph.relationships.filter((r) => r.source === 'transit' || r.target === 'transit').length, ''],
      ['Patients', 'External', graph.relationships.filter((r) => r.source === 'patients' || r.target === 'patients').length, ''],
    ]);
    expect(rows[2]!.tags).toBe('rural');
  });

  it('leaves out what the filters hide and, in focus mode, what is out of focus', () => {
    const filtered: Visible = { partyIds: new Set(['unit', 'patients']), relationshipIds: new Set(['r2']), active: true };
    expect(partyRows(graph, filtered, null, null).map((row) => row.id)).toEqual(['unit', 'patients']);
    expect(relationshipRows(graph, filtered, null).map((row) => row.id)).toEqual(['r2']);
    const focus = { partyIds: new Set(['patients']), relationshipIds: new Set<string>() };
    expect(partyRows(graph, filtered, focus, null).map((row) => row.id)).toEqual(['patients']);
    expect(relationshipRows(graph, filtered, focus)).toEqual([]);
  });

  it('names both ends of a relationship and gives reliance and trust their level', () => {
    const rows = relationshipRows(graph, everything, null);
    expect(rows.find((row) => row.id === 'r1')).toMatchObject({ from: 'Patients', to: 'County Transit', level: 5 });
    expect(rows.find((row) => row.id === 'r2')).toMatchObject({ from: 'Geri-psych unit', to: 'Patients', level: null });
    expect(rows.find((row) => row.id === 'r3')?.level).toBe(2.4);
  });

  it('says each party’s part in the simulation on screen in words', () => {
    // Only the two maps the rows read; the rest of a view plays no part here.
    const view = { classById: { transit: 'withdrawn', patients: 'disrupted', unit: 'unaffected' }, impactById: { patients: 0.9, unit: 0 } } as unknown as SimulationView;
    const rows = partyRows(graph, everything, null, view);
    expect(Object.fromEntries(rows.map((row) => [row.id, [row.impact, row.impactText]]))).toEqual({
      transit: [1, 'withdrawn'],
      patients: [0.9, expect.stringMatching(/chance, disrupted$/)],
      unit: [0, 'not affected'],
    });
  });
});

describe('filtering and sorting', () => {
  const rows = partyRows(graph, everything, null, null);

  it('keeps rows whose shown text has every word typed, ignoring case and accents', () => {
    expect(filterRows(rows, 'INTERNAL geri', PARTY_TEXT).map((row) => row.id)).toEqual(['unit']);
    expect(filterRows(rows, 'rurál', PARTY_TEXT).map((row) => row.id)).toEqual(['patients']);
    expect(filterRows(rows, '   ', PARTY_TEXT)).toHaveLength(3);
    expect(filterRows(relationshipRows(graph, everything, null), 'transit patients', RELATIONSHIP_TEXT).map((row) => row.id)).toEqual(['r1']);
  });

  it('never matches the hidden id', () => {
    // "transit" is County Transit's id and name; "unit" is only the id of the unit's row…
    expect(filterRows(rows, 'transit', PARTY_TEXT).map((row) => row.id)).toEqual(['transit']);
    // …and its name, so search for a word that only an id holds.
    const renamed = rows.map((row) => (row.id === 'patients' ? { ...row, name: 'Clients' } : row));
    expect(filterRows(renamed, 'patients', PARTY_TEXT).map((row) => row.id)).toEqual([]);
  });

  it('sorts numbers by size, text in the reader’s order, both ways, empty values last', () => {
    const numbered = [
      { id: 'a', name: 'Ward 10', level: 3 as number | null },
      { id: 'b', name: 'ward 9', level: null },
      { id: 'c', name: 'Ward 1', level: 12 },
    ];
    expect(sortRows(numbered, { key: 'name', descending: false }).map((row) => row.id)).toEqual(['c', 'b', 'a']);
    expect(sortRows(numbered, { key: 'level', descending: false }).map((row) => row.id)).toEqual(['a', 'c', 'b']);
    expect(sortRows(numbered, { key: 'level', descending: true }).map((row) => row.id)).toEqual(['c', 'a', 'b']);
  });
});
