// Editing a party in a table cell (issue 17): the cell's text becomes the same change the side
// panel makes, checked with the same schema, so a cell accepts exactly what the panel accepts.
// Pure.
import type { Party, PartySide } from '../../../../shared/domain';
import type { Operation } from '../history/operations';
import { checkPartyDraft, parseTags, partyDraftFrom, sameParty, withSide } from '../forms/partyDraft';
import type { PartyDraft } from '../forms/partyDraft';

export const EDITABLE_PARTY_CELLS = ['name', 'side', 'type', 'tags'] as const;
export type EditablePartyCell = (typeof EDITABLE_PARTY_CELLS)[number];

export type CellEdit = { kind: 'unchanged' } | { kind: 'invalid'; message: string } | { kind: 'change'; label: string; operation: Operation };

/** The text a cell starts editing from. */
export function cellText(party: Party, cell: EditablePartyCell): string {
  return cell === 'tags' ? party.tags.join(', ') : party[cell];
}

function draftWith(party: Party, cell: EditablePartyCell, text: string): PartyDraft {
  const draft = partyDraftFrom(party);
  // Any other side is left for the schema to refuse, with its own message.
  if (cell === 'side') return text === 'internal' || text === 'external' ? withSide(draft, text) : { ...draft, side: text as PartySide };
  if (cell === 'tags') return { ...draft, tags: parseTags(text) };
  return { ...draft, [cell]: text.trim() };
}

export function editPartyCell(party: Party, cell: EditablePartyCell, text: string): CellEdit {
  const draft = draftWith(party, cell, text);
  if (sameParty(draft, party)) return { kind: 'unchanged' };
  const checked = checkPartyDraft(draft, { x: party.x, y: party.y });
  if (!checked.ok) return { kind: 'invalid', message: Object.values(checked.errors)[0] ?? 'This value cannot be saved.' };
  return { kind: 'change', label: `Edit “${checked.value.name}”`, operation: { kind: 'update-parties', parties: [{ id: party.id, fields: checked.value }] } };
}
