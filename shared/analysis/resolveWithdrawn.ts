// Turns the withdrawn party ids into indices, refusing ids the network does not have.
import type { CompiledNetwork } from './compileNetwork';

export class UnknownPartyError extends Error {
  readonly ids: readonly string[];

  constructor(ids: readonly string[]) {
    const list = ids.map((id) => `"${id}"`).join(', ');
    super(ids.length === 1 ? `There is no party with id ${list} in this network.` : `There are no parties with ids ${list} in this network.`);
    this.name = 'UnknownPartyError';
    this.ids = ids;
  }
}

/** Indices of the withdrawn parties, without duplicates, in the order given. */
export function resolveWithdrawn(compiled: Pick<CompiledNetwork, 'indexOf'>, withdrawnIds: readonly string[]): Int32Array {
  if (!Array.isArray(withdrawnIds)) throw new TypeError('Withdrawn parties must be a list of party ids.');
  const unknown = withdrawnIds.filter((id) => !compiled.indexOf.has(id));
  if (unknown.length > 0) throw new UnknownPartyError([...new Set(unknown)]);
  return Int32Array.from(new Set(withdrawnIds.map((id) => compiled.indexOf.get(id)!)));
}
