// Editing a party in a table cell (issue 17): the same change and the same checks as the side
// panel — unchanged text does nothing, a refused value says why, a side switch swaps a default
// type as the panel does.
import { describe, expect, it } from 'vitest';
import { cellText, editPartyCell } from '../../renderer/src/core/table/cellEdit';
import { makeGraph } from './fixtures';

const graph = makeGraph();
const patients = graph.parties.find((party) => party.id === 'patients')!;
const transit = graph.parties.find((party) => party.id === 'transit')!;

describe('a party edited in a table cell', () => {
  it('starts from the value shown, tags joined with commas', () => {
    expect(cellText(patients, 'tags')).toBe('rural');
    expect(cellText(transit, 'type')).toBe('community agency');
  });

  it('does nothing when the text is what was there', () => {
    expect(editPartyCell(transit, 'name', '  County Transit ')).toEqual({ kind: 'unchanged' });
    expect(editPartyCell(patients, 'tags', 'rural, rural')).toEqual({ kind: 'unchanged' });
  });

  it('changes only that field of that party, keeping the rest (interests, position)', () => {
    const edit = editPartyCell(patients, 'tags', 'rural, county,  ');
    expect(edit.kind).toBe('change');
    if (edit.kind !== 'change' || edit.operation.kind !== 'update-parties') throw new Error('expected a change');
    expect(edit.label).toBe('Edit “Patients”');
    const [update] = edit.operation.parties;
    expect(update).toMatchObject({ id: 'patients', fields: { name: 'Patients', tags: ['rural', 'county'], interests: patients.interests, x: 100, y: 150 } });
  });

  it('swaps a default type with the side, as the side panel does', () => {
    const edit = editPartyCell(transit, 'side', 'external');
    if (edit.kind !== 'change' || edit.operation.kind !== 'update-parties') throw new Error('expected a change');
    expect(edit.operation.parties[0]!.fields).toMatchObject({ side: 'external', type: 'patient' });
  });

  it('refuses what the schema refuses, with its message', () => {
    const empty = editPartyCell(transit, 'name', '   ');
    expect(empty.kind).toBe('invalid');
    expect(empty.kind === 'invalid' && empty.message.length).toBeGreaterThan(0);
    expect(editPartyCell(transit, 'side', 'sideways').kind).toBe('invalid');
  });
});
