// The database settings form as plain data: what the person typed, turned into the request
// the API validates. Kept separate from the dialog so it can be tested without a DOM.
import type { DatabaseConfig, DatabaseStatus } from '../../../../shared/api';

export interface DatabaseSettingsDraft {
  mode: 'local' | 'server';
  url: string;
  user: string;
  password: string;
  database: string;
}

export function draftFromStatus(status: DatabaseStatus | null): DatabaseSettingsDraft {
  const onServer = status?.mode === 'server';
  return {
    mode: onServer ? 'server' : 'local',
    url: onServer ? (status?.url ?? '') : '',
    user: onServer ? (status?.user ?? 'neo4j') : 'neo4j',
    password: '',
    database: '',
  };
}

// The API validates the result; this only decides which shape to send.
export function draftToConfig(draft: DatabaseSettingsDraft): DatabaseConfig {
  if (draft.mode === 'local') return { mode: 'local' };
  const database = draft.database.trim();
  return {
    mode: 'server',
    url: draft.url.trim(),
    user: draft.user.trim(),
    password: draft.password,
    ...(database ? { database } : {}),
  };
}
