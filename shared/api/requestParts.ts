// Pieces most requests share, so each area's slice of the contract says only what is its own.
import { z } from 'zod';
import { idSchema, versionSchema } from '../domain';

/** A method that takes nothing; anything sent anyway is refused, not ignored. */
export const emptyRequest = z.object({}).strict();

/** Everything inside a network names the network. */
export const networkRef = z.object({ networkId: idSchema });

/** An edit names the version it started from (optimistic concurrency, DESIGN.md §3). */
export const versionRef = z.object({ id: idSchema, version: versionSchema });
