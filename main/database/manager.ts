// Owns the app's one database connection: the app-managed local Neo4j by default, or a server
// the user configured. Services ask it for a Store; it knows whether the database is starting,
// connected, unreachable or broken, and says so in words for the status bar.
import { ApiError } from '../../shared/api';
import type { DatabaseConfig, DatabaseStatus } from '../../shared/api';
import type { Store } from './store';
import type { SecretStore } from '../settings/secretStore';
import type { Settings, SettingsStore } from '../settings/settingsStore';
import { openConnection } from './connection';
import type { ConnectionTarget, OpenConnection } from './connection';
import { isConnectionLost, toApiError } from './neo4jErrors';
import { ensureSchema } from './schema';

export interface LocalDatabaseHandle {
  boltUrl: string;
  user: string;
  password: string;
  /** Settles when the database process ends, so an unexpected exit can be noticed. */
  exited?: Promise<unknown>;
  stop(): Promise<void>;
}

export type StartLocalDatabase = () => Promise<LocalDatabaseHandle>;

export interface DatabaseManagerDeps {
  settings: SettingsStore;
  secrets: SecretStore;
  startLocal: StartLocalDatabase;
  log?: (message: string) => void;
}

const SERVER_PASSWORD_KEY = 'database.password';
// A local database that keeps dying is broken, not unlucky: stop restarting it after this many.
const MAX_LOCAL_RESTARTS = 3;

export class DatabaseManager {
  private connection: OpenConnection | null = null;
  private local: LocalDatabaseHandle | null = null;
  private current: DatabaseStatus = {
    mode: 'local',
    state: 'starting',
    url: null,
    user: null,
    serverVersion: null,
    message: 'Starting the database…',
  };
  private starting: Promise<void> | null = null;
  private stopping = false;
  private localRestarts = 0;

  constructor(private readonly deps: DatabaseManagerDeps) {}

  /** Connects as the saved settings say. Never throws: failures land in the status. */
  start(): Promise<void> {
    this.starting ??= this.connectFromSettings().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private async connectFromSettings(): Promise<void> {
    const settings = await this.deps.settings.read();
    this.current = { ...this.current, mode: settings.database.mode, state: 'starting', message: null };
    try {
      if (settings.database.mode === 'server') {
        const password = await this.deps.secrets.get(SERVER_PASSWORD_KEY);
        if (password === null) {
          throw new ApiError('unauthorized', 'The database password is not saved on this computer. Enter it again in the database settings.');
        }
        const target = { ...settings.database, password };
        await this.adopt(await this.connectAndPrepare(target), { mode: 'server', local: null, url: target.url, user: target.user });
      } else {
        await this.startLocal();
      }
    } catch (error) {
      const apiError = toApiError(error);
      this.current = { ...this.current, state: 'error', message: apiError.message };
      this.deps.log?.(`database: ${apiError.message}`);
    }
  }

  private async startLocal(): Promise<void> {
    this.current = { ...this.current, mode: 'local', state: 'starting', message: 'Starting the local database…' };
    const local = await this.deps.startLocal();
    try {
      const connection = await this.connectAndPrepare({ url: local.boltUrl, user: local.user, password: local.password });
      await this.adopt(connection, { mode: 'local', local, url: null, user: null });
      void local.exited?.then(() => this.onLocalExit(local));
    } catch (error) {
      await local.stop().catch(() => undefined);
      throw error;
    }
  }

  private onLocalExit(local: LocalDatabaseHandle): void {
    if (this.stopping || this.local !== local) return;
    this.local = null;
    void this.connection?.driver.close().catch(() => undefined);
    this.connection = null;
    if (this.localRestarts >= MAX_LOCAL_RESTARTS) {
      this.current = {
        ...this.current,
        state: 'error',
        message: 'The local database keeps stopping unexpectedly. Quit and restart Careweave; if it happens again, see the log in the data folder.',
      };
      return;
    }
    this.localRestarts += 1;
    this.deps.log?.('database: the local database stopped unexpectedly; restarting it');
    void this.start();
  }

  private async connectAndPrepare(target: ConnectionTarget): Promise<OpenConnection> {
    const connection = await openConnection(target);
    try {
      await ensureSchema(connection.driver, connection.database);
      return connection;
    } catch (error) {
      await connection.driver.close().catch(() => undefined);
      throw toApiError(error);
    }
  }

  private async adopt(
    connection: OpenConnection,
    where: { mode: 'local' | 'server'; local: LocalDatabaseHandle | null; url: string | null; user: string | null },
  ): Promise<void> {
    const previous = { connection: this.connection, local: this.local };
    this.connection = connection;
    this.local = where.local;
    await previous.connection?.driver.close().catch(() => undefined);
    if (previous.local && previous.local !== where.local) await previous.local.stop().catch(() => undefined);
    this.current = {
      mode: where.mode,
      state: 'connected',
      url: where.url,
      user: where.user,
      serverVersion: connection.serverVersion,
      message: null,
    };
  }

  /** The Store every repository call goes through; refuses clearly when there is no database. */
  store(): Store {
    if (this.connection && this.current.state === 'connected') {
      return { driver: this.connection.driver, database: this.connection.database };
    }
    if (this.current.state === 'starting') {
      throw new ApiError('database_unavailable', 'The database is still starting. Try again in a moment; nothing was changed.');
    }
    throw new ApiError(
      'database_unavailable',
      `There is no working database connection, so nothing was changed. ${this.current.message ?? ''}`.trim(),
    );
  }

  /** Services report failures here so a lost connection shows in the status bar at once. */
  noteFailure(error: unknown): void {
    if (isConnectionLost(error) || (error instanceof ApiError && error.code === 'database_unavailable' && this.connection)) {
      this.current = { ...this.current, state: 'unavailable', message: 'The connection to the database was lost. Careweave keeps trying to reconnect.' };
    }
  }

  /** Current status; re-checks a live or lost connection so the status bar is never stale. */
  async status(): Promise<DatabaseStatus> {
    if (this.connection && (this.current.state === 'connected' || this.current.state === 'unavailable')) {
      try {
        await this.connection.driver.verifyConnectivity(this.connection.database ? { database: this.connection.database } : {});
        this.current = { ...this.current, state: 'connected', message: null };
      } catch {
        this.current = {
          ...this.current,
          state: 'unavailable',
          message: 'The database cannot be reached right now. Your last change may not have been saved; Careweave keeps trying.',
        };
      }
    }
    return { ...this.current };
  }

  /** Switches database only once the new one has been reached; otherwise keeps the old one. */
  async configure(config: DatabaseConfig): Promise<DatabaseStatus> {
    if (config.mode === 'local') {
      await this.deps.settings.write({ ...(await this.deps.settings.read()), database: { mode: 'local' } });
      await this.deps.secrets.delete(SERVER_PASSWORD_KEY);
      if (this.current.mode !== 'local' || this.current.state !== 'connected') {
        await this.startLocal().catch((error: unknown) => {
          throw toApiError(error);
        });
      }
      return this.status();
    }
    const target: ConnectionTarget = { url: config.url, user: config.user, password: config.password, database: config.database };
    const connection = await this.connectAndPrepare(target);
    const settings: Settings = {
      database: { mode: 'server', url: config.url, user: config.user, ...(config.database ? { database: config.database } : {}) },
    };
    await this.deps.settings.write(settings);
    await this.deps.secrets.set(SERVER_PASSWORD_KEY, config.password);
    await this.adopt(connection, { mode: 'server', local: null, url: config.url, user: config.user });
    return this.status();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.starting?.catch(() => undefined);
    await this.connection?.driver.close().catch(() => undefined);
    this.connection = null;
    await this.local?.stop().catch(() => undefined);
    this.local = null;
  }
}
