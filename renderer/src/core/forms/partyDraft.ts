// The party form's working copy: what the person is typing, kept as text until it is checked
// with the same schema the API uses. A failed save leaves the draft exactly as typed.
import { DEFAULT_PARTY_TYPES, partyFieldsSchema } from '../../../../shared/domain';
import type { Interest, Party, PartyFields, PartySide } from '../../../../shared/domain';
import type { FieldErrors } from '../errors/fieldIssues';

export type PartyDraft = {
  name: string;
  shortName: string;
  side: PartySide;
  type: string;
  tags: string[];
  notes: string;
  interests: Interest[];
};

export const PARTY_DRAFT_FIELDS = ['name', 'shortName', 'side', 'type', 'tags', 'notes', 'interests'] as const;
export type PartyDraftField = (typeof PARTY_DRAFT_FIELDS)[number];

// Sensible defaults: most parties a director adds are partner organisations, and the most
// common of those are community agencies; for patients, clients and families "patient".
export const DEFAULT_TYPE_FOR_SIDE: Record<PartySide, string> = { internal: 'community agency', external: 'patient' };

export function newPartyDraft(side: PartySide = 'internal'): PartyDraft {
  return { name: '', shortName: '', side, type: DEFAULT_TYPE_FOR_SIDE[side], tags: [], notes: '', interests: [] };
}

export function partyDraftFrom(party: Party): PartyDraft {
  return { name: party.name, shortName: party.shortName, side: party.side, type: party.type, tags: [...party.tags], notes: party.notes, interests: party.interests.map((i) => ({ ...i })) };
}

// Switching side keeps a custom type but swaps a default one for the new side's default.
export function withSide(draft: PartyDraft, side: PartySide): PartyDraft {
  const isDefault = (Object.values(DEFAULT_PARTY_TYPES).flat() as string[]).includes(draft.type);
  return { ...draft, side, type: isDefault ? DEFAULT_TYPE_FOR_SIDE[side] : draft.type };
}

export function typeChoices(side: PartySide, current: string, inNetwork: readonly string[] = []): string[] {
  const defaults = DEFAULT_PARTY_TYPES[side] as readonly string[];
  // Types the person already invented on this map are offered again.
  const custom = inNetwork.filter((type) => !(Object.values(DEFAULT_PARTY_TYPES).flat() as string[]).includes(type));
  return [...new Set([...defaults, ...custom, ...(current ? [current] : [])])];
}

// Splits "a, b ,c" into tags, dropping empties and repeats.
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

export type DraftCheck<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

export function checkPartyDraft(draft: PartyDraft, position: { x: number | null; y: number | null }): DraftCheck<PartyFields, PartyDraftField> {
  const parsed = partyFieldsSchema.safeParse({ ...draft, ...position });
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors<PartyDraftField> = {};
  for (const issue of parsed.error.issues) {
    const field = PARTY_DRAFT_FIELDS.find((candidate) => candidate === issue.path[0]);
    if (field && errors[field] === undefined) {
      // An interest's issue names the row, so the person knows which one to fix.
      const row = field === 'interests' && typeof issue.path[1] === 'number' ? `Interest ${issue.path[1] + 1}: ` : '';
      errors[field] = `${row}${issue.message}`;
    }
  }
  return { ok: false, errors };
}

export function sameParty(draft: PartyDraft, party: Party): boolean {
  return JSON.stringify(partyDraftFrom(party)) === JSON.stringify(draft);
}
