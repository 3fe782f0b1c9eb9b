// The database area of the handler table: what the app is, and where its data lives.
import type { databaseApi, DatabaseConfig, DatabaseStatus, HandlersOf } from '../../shared/api';

export interface DatabaseControl {
  status(): Promise<DatabaseStatus>;
  configure(config: DatabaseConfig): Promise<DatabaseStatus>;
  retry(): Promise<DatabaseStatus>;
}

export function createDatabaseHandlers(app: { version: string; transport: 'ipc' | 'http' }, database: DatabaseControl): HandlersOf<typeof databaseApi> {
  return {
    getAppInfo: async () => ({ version: app.version, transport: app.transport }),
    getDatabaseStatus: () => database.status(),
    configureDatabase: (config) => database.configure(config),
    retryDatabase: () => database.retry(),
  };
}
