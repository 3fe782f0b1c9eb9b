// What every service needs from the outside world, passed in so tests can give real or fixed
// collaborators: the database, the clock, id generation and where bundled resources live.
import { randomUUID } from 'node:crypto';
import type { Store } from '../database/store';

export interface DatabaseAccess {
  store(): Store;
}

export interface ServiceContext {
  db: DatabaseAccess;
  now(): string;
  newId(): string;
  sampleNetworkFile: string;
}

export function systemClock(): string {
  return new Date().toISOString();
}

export function newUuid(): string {
  return randomUUID();
}
