// Opens a neo4j-driver connection and checks it is a usable Neo4j 5+ server, naming the exact
// problem (unreachable, bad credentials, wrong version) when it is not.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { ApiError } from '../../shared/api';
import { isDriverError } from './neo4jErrors';

export interface ConnectionTarget {
  url: string;
  user: string;
  password: string;
  database?: string | undefined;
}

export interface OpenConnection {
  driver: Driver;
  serverVersion: string;
  database: string | undefined;
}

export const MIN_NEO4J_MAJOR = 5;

export function createDriver(target: ConnectionTarget): Driver {
  return neo4j.driver(target.url, neo4j.auth.basic(target.user, target.password), {
    // Versions and counts fit comfortably in JS numbers; integers we write use neo4j.int().
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    connectionAcquisitionTimeout: 15_000,
    // Retries ride out a brief blip; longer than this and the user should hear about it.
    maxTransactionRetryTime: 5_000,
    userAgent: 'careweave',
  });
}

export async function openConnection(target: ConnectionTarget): Promise<OpenConnection> {
  let driver: Driver;
  try {
    driver = createDriver(target);
  } catch (error) {
    throw new ApiError('invalid_request', `The database address "${target.url}" is not valid: ${(error as Error).message}`);
  }
  try {
    const info = await driver.getServerInfo(target.database ? { database: target.database } : {});
    const version = /(\d+)\.(\d+)[.\d]*/.exec(info.agent ?? '')?.[0] ?? 'unknown';
    const major = Number(version.split('.')[0]);
    if (!Number.isFinite(major) || major < MIN_NEO4J_MAJOR) {
      throw new ApiError(
        'database_error',
        `The server at ${target.url} runs ${info.agent ?? 'an unknown version'}; Careweave needs Neo4j ${MIN_NEO4J_MAJOR} or newer.`,
      );
    }
    return { driver, serverVersion: version, database: target.database };
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw describeConnectionFailure(error, target.url);
  }
}

function describeConnectionFailure(error: unknown, url: string): ApiError {
  if (error instanceof ApiError) return error;
  if (!isDriverError(error)) return new ApiError('database_error', `Could not connect to ${url}: ${String(error)}`);
  const code = String(error.code);
  const message = String(error.message);
  if (code.startsWith('Neo.ClientError.Security')) {
    return new ApiError('unauthorized', `The server at ${url} refused the user name or password. Check them and try again.`);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    // The driver's generic failure text mentions encryption too, so look for a refused or
    // unknown host first: that is the common case (wrong address, server down).
    if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|EAI_AGAIN|timed out/i.test(message)) {
      return new ApiError(
        'database_unavailable',
        `Could not reach a Neo4j server at ${url}. Check the address and port, and that the server is running and allows connections from this computer.`,
      );
    }
    if (/certificate|SSL|TLS|handshake/i.test(message)) {
      return new ApiError(
        'database_unavailable',
        `Could not open a secure connection to ${url}: ${message}. Check whether the server expects neo4j+s:// (encrypted) or neo4j:// (plain).`,
      );
    }
    return new ApiError(
      'database_unavailable',
      `Could not reach a Neo4j server at ${url}. Check the address and port, and that the server is running and allows connections from this computer.`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new ApiError('database_error', `The server at ${url} has no database with that name. Check the database name.`);
  }
  return new ApiError('database_error', `Could not connect to ${url} (${code}): ${message}`);
}
