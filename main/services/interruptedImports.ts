// What an interrupted import leaves behind: the stage of a new network (parties written under an
// id no Network node has yet), invisible but taking space. A stage's writer stamps it after
// every batch, a few seconds apart, so a stage whose stamp is old has no writer any more.
import { sweepStaleStages } from '../repository/importsStaged';
import type { Store } from '../database/store';

/**
 * Stages idle this long were abandoned. On a server, other copies of Careweave may be importing
 * right now, and one batch has been seen to take 90 s on a busy machine, so the margin is wide.
 */
export const STALE_STAGE_MS = 10 * 60 * 1000;

/**
 * At start-up. The local database belongs to this app alone and no import of this session has
 * begun yet, so every stage in it was left by a crash and goes at once.
 */
export async function removeInterruptedImports(store: Store, mode: 'local' | 'server', now = Date.now()): Promise<number> {
  // Local: a cut-off just after now, so a stage stamped this very millisecond goes too.
  const staleBefore = mode === 'local' ? now + 1 : now - STALE_STAGE_MS;
  return sweepStaleStages(store, new Date(staleBefore).toISOString());
}
