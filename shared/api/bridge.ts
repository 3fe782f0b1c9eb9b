// What the preload exposes on window.careweave: one function per method, returning envelopes.
import type { ApiEnvelope } from './errors';
import type { ApiMethod } from './methods';

export type CareweaveBridge = { [M in ApiMethod]: (request: unknown) => Promise<ApiEnvelope<unknown>> };
