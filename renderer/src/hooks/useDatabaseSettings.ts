// Switching where Careweave keeps its networks: the app's own local database or a Neo4j server.
// Main checks the new connection before anything switches; a refusal comes back as an error.
import { useCallback } from 'react';
import type { DatabaseConfig, DatabaseStatus } from '../../../shared/api';
import { api } from '../api/client';

export function useDatabaseSettings(): { configure: (config: DatabaseConfig) => Promise<DatabaseStatus> } {
  const configure = useCallback((config: DatabaseConfig) => api.configureDatabase(config), []);
  return { configure };
}
