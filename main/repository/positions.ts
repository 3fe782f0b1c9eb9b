// Where parties sit on the map. Positions are layout, not content: they are saved without
// bumping `version` and without moving the network's "last changed" time, so dragging a party
// (or running a layout over thousands) never makes someone else's open edit of that party a
// conflict, and two people arranging the map simply see the last arrangement.
import type { PartyPosition } from '../../shared/api';
import { writeTx } from '../database/store';
import type { Store } from '../database/store';

const BATCH = 5_000;

export async function savePositions(store: Store, networkId: string, positions: PartyPosition[]): Promise<number> {
  if (positions.length === 0) return 0;
  return writeTx(store, async (tx) => {
    let saved = 0;
    for (let start = 0; start < positions.length; start += BATCH) {
      const result = await tx.run(
        `UNWIND $rows AS row
         MATCH (p:Party {networkId: $networkId, id: row.id}) USING INDEX p:Party(networkId, id)
         SET p.x = row.x, p.y = row.y
         RETURN count(p) AS saved`,
        { networkId, rows: positions.slice(start, start + BATCH) },
      );
      saved += Number(result.records[0]?.get('saved') ?? 0);
    }
    // Parties deleted meanwhile are skipped: a position is no reason to fail anyone's save.
    return saved;
  });
}
