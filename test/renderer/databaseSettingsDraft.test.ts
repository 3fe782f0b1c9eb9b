import { describe, expect, it } from 'vitest';
import { databaseConfigSchema } from '../../shared/api';
import type { DatabaseStatus } from '../../shared/api';
import { draftFromStatus, draftToConfig } from '../../renderer/src/core/database/databaseSettingsDraft';

const serverStatus: DatabaseStatus = {
  mode: 'server',
  state: 'connected',
  url: 'neo4j+s://abcd.databases.neo4j.io',
  user: 'director',
  serverVersion: '5.26.0',
  message: null,
};

describe('database settings draft', () => {
  it('starts from the current connection, never from a stored password', () => {
    expect(draftFromStatus(serverStatus)).toEqual({ mode: 'server', url: serverStatus.url, user: 'director', password: '', database: '' });
    expect(draftFromStatus(null)).toMatchObject({ mode: 'local', user: 'neo4j' });
  });

  it('sends only what the chosen mode needs, trimmed, and the API accepts it', () => {
    const local = draftToConfig({ mode: 'local', url: 'ignored', user: 'x', password: 'y', database: 'z' });
    expect(local).toEqual({ mode: 'local' });
    const server = draftToConfig({ mode: 'server', url: ' bolt://db:7687 ', user: ' neo4j ', password: ' secret ', database: ' ' });
    expect(server).toEqual({ mode: 'server', url: 'bolt://db:7687', user: 'neo4j', password: ' secret ' });
    expect(databaseConfigSchema.safeParse(server).success).toBe(true);
  });
});
