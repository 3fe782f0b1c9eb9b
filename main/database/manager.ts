// Owns the app's one database connection: the app-managed local Neo4j by default, or a server
// the user configured. Services ask it for a Store; it knows whether the database is starting,
// connected, unreachable or broken, and says so in words for the status bar.
import { ApiError } from '../../shared/api';
import type { DatabaseConfig, DatabaseStatus } from '../../shared/api';
import type { Store } from './store';
import type { SecretStore } from '../settings/secretStore';
import { moveCredentialsOutOfAddress } from '../settings/credentialsInAddress';
import type { Settings, SettingsStore } from '../settings/settingsStore';
import { openConnection } from './connection';
import type { ConnectionTarget, OpenConnection } from './connection';
import { isConnectionLost, toApiError } from './neo4jErrors';
import { decideRestart, DEFAULT_RESTART_POLICY, reconnectDelayMs } from './restartPolicy';
import type { RestartPolicy } from './restartPolicy';
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
  /** Start-up chores on each newly opened database (e.g. removing what a crashed import left). */
  onConnected?: (store: Store, mode: 'local' | 'server') => Promise<void>;
  restartPolicy?: RestartPolicy;
  /** The clock crashes are counted by; tests move it on instead of waiting. */
  now?: () => number;
}

const SERVER_PASSWORD_KEY = 'database.password';

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
  private crashes: number[] = [];
  private restartTimer: ReturnType<typeof setTimeout> | null = null;
  private reconnectTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly deps: DatabaseManagerDeps) {}

  /** Connects as the saved settings say. Never throws: failures land in the status. */
  start(): Promise<void> {
    this.starting ??= this.connectFromSettings().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private async connectFromSettings(): Promise<void> {
    if (await moveCredentialsOutOfAddress(this.deps.settings, this.deps.secrets, SERVER_PASSWORD_KEY)) {
      this.deps.log?.('database: moved the password found in the server address into the secret store');
    }
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
    const started = performance.now();
    const local = await this.deps.startLocal();
    const ready = performance.now();
    try {
      const connection = await this.connectAndPrepare({ url: local.boltUrl, user: local.user, password: local.password });
      await this.adopt(connection, { mode: 'local', local, url: null, user: null });
      const seconds = (ms: number): string => (ms / 1000).toFixed(1);
      this.deps.log?.(`database: local database ready in ${seconds(ready - started)} s, connected in ${seconds(performance.now() - started)} s`);
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
    this.crashed('The local database stopped unexpectedly');
  }

  /**
   * A crash, or a restart that failed in its turn (the database died again while starting): both
   * count against the window, so a database that cannot come back is retried with backoff and
   * then left for the person to retry, instead of being given up at the first failed restart.
   */
  private crashed(what: string): void {
    const policy = this.deps.restartPolicy ?? DEFAULT_RESTART_POLICY;
    const decision = decideRestart(this.crashes, (this.deps.now ?? Date.now)(), policy);
    this.crashes = decision.recent;
    if (!decision.restart) {
      const minutes = Math.round(policy.windowMs / 60_000);
      this.current = {
        ...this.current,
        state: 'error',
        message: `The local database stopped unexpectedly ${decision.recent.length} times within ${minutes} minutes, so Careweave stopped restarting it. Choose “Try again”; if it keeps stopping, restart the computer, and see the log in the data folder.`,
      };
      this.deps.log?.('database: the local database keeps stopping; not restarting it until asked to');
      return;
    }
    const seconds = Math.round(decision.delayMs / 1000);
    this.current = {
      ...this.current,
      state: 'unavailable',
      message: `${what}. Careweave restarts it${seconds > 0 ? ` in ${seconds} s` : ''}; nothing was saved since.`,
    };
    this.deps.log?.(`database: ${what.toLowerCase()}; restarting it in ${decision.delayMs} ms`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      void this.start().then(() => {
        if (!this.stopping && !this.connection && this.current.mode === 'local' && this.current.state === 'error') {
          this.crashed('The local database could not be restarted');
        }
      });
    }, decision.delayMs);
  }

  /** The status bar's “Try again”: forgets earlier crashes and connects again now. */
  async retry(): Promise<DatabaseStatus> {
    this.crashes = [];
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
    if (this.connection) return this.status();
    await this.start();
    return this.status();
  }

  /** A lost connection is retried on its own, with backoff, so writes work again without anyone polling. */
  private markUnavailable(message: string): void {
    this.current = { ...this.current, state: 'unavailable', message };
    this.scheduleReconnect(0);
  }

  private scheduleReconnect(attempt: number): void {
    if (this.reconnectTimer || this.stopping || !this.connection) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      const connection = this.connection;
      if (!connection || this.current.state !== 'unavailable') return;
      connection.driver.verifyConnectivity(connection.database ? { database: connection.database } : {}).then(
        () => {
          if (this.connection !== connection || this.current.state !== 'unavailable') return;
          this.current = { ...this.current, state: 'connected', message: null };
          this.deps.log?.('database: connection restored');
        },
        () => this.scheduleReconnect(attempt + 1),
      );
    }, reconnectDelayMs(attempt));
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
    const store = { driver: connection.driver, database: connection.database };
    void this.deps.onConnected?.(store, where.mode).catch((error: unknown) => {
      this.deps.log?.(`database: start-up chores failed: ${toApiError(error).message}`);
    });
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
    const lost = isConnectionLost(error) || (error instanceof ApiError && error.code === 'database_unavailable' && this.connection);
    if (lost && this.current.state === 'connected') {
      this.markUnavailable('The connection to the database was lost. Careweave keeps trying to reconnect.');
    }
  }

  /** Current status; re-checks a live or lost connection so the status bar is never stale. */
  async status(): Promise<DatabaseStatus> {
    if (this.connection && (this.current.state === 'connected' || this.current.state === 'unavailable')) {
      try {
        await this.connection.driver.verifyConnectivity(this.connection.database ? { database: this.connection.database } : {});
        this.current = { ...this.current, state: 'connected', message: null };
      } catch {
        this.markUnavailable('The database cannot be reached right now. Your last change may not have been saved; Careweave keeps trying.');
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
    for (const timer of [this.restartTimer, this.reconnectTimer]) if (timer) clearTimeout(timer);
    await this.starting?.catch(() => undefined);
    await this.connection?.driver.close().catch(() => undefined);
    this.connection = null;
    await this.local?.stop().catch(() => undefined);
    this.local = null;
  }
}
