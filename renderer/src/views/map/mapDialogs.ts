// Which dialog the map has open, as plain data.
export type MapDialog =
  | { kind: 'add-party'; at: { x: number; y: number }; within: { x1: number; y1: number; x2: number; y2: number } | null }
  | { kind: 'add-relationship'; sourceId: string | null; targetId: string | null }
  | { kind: 'confirm-delete'; title: string; message: string; partyIds: string[]; relationshipIds: string[] }
  | { kind: 'help' }
  | null;
