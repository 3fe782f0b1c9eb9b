// Every change the editor makes, described as data. Executing an operation saves it and returns
// its inverse, worked out from what the database answered; undo executes the inverse and
// records the inverse's inverse for redo. Operations name elements by id only: the version
// sent is always the one the open network holds at that moment, so versions stay right
// however many times a change is undone and redone.
import type { MembershipLink, PartyPosition, PartySnapshot, RelationshipSnapshot } from '../../../../shared/api';
import type { PartyFields, PartyFieldsInput, RelationshipFields, RelationshipFieldsInput } from '../../../../shared/domain';

export type Operation =
  | { kind: 'create-party'; fields: PartyFieldsInput }
  | { kind: 'create-relationship'; source: string; target: string; fields: RelationshipFieldsInput }
  | { kind: 'restore'; parties: PartySnapshot[]; relationships: RelationshipSnapshot[]; memberships?: MembershipLink[] }
  | { kind: 'delete'; partyIds: string[]; relationshipIds: string[] }
  | { kind: 'update-parties'; parties: Array<{ id: string; fields: PartyFields }> }
  | { kind: 'update-relationships'; relationships: Array<{ id: string; fields: RelationshipFields }> }
  // `previous`: where they were, when the move was already drawn before it was saved.
  | { kind: 'move'; positions: PartyPosition[]; previous?: PartyPosition[] }
  // Parties joining or leaving organisations (null: part of none), placed where they were dropped.
  | { kind: 'set-membership'; changes: MembershipChange[] };

export type MembershipChange = { id: string; partOf: string | null; x?: number; y?: number };

export type OperationKind = Operation['kind'];
