// The database area of the contract: which app this is, where its data lives (the app's own
// local Neo4j or a server the person configured), and switching between the two.
import { z } from 'zod';
import { emptyRequest } from './requestParts';

export const DATABASE_MODES = ['local', 'server'] as const;
export const DATABASE_STATES = ['starting', 'connected', 'unavailable', 'error'] as const;

export const databaseStatusSchema = z.object({
  mode: z.enum(DATABASE_MODES),
  state: z.enum(DATABASE_STATES),
  // Where the data lives, for the status bar: "Local database (Neo4j 5.26.30)" or the URL.
  url: z.string().nullable(),
  user: z.string().nullable(),
  serverVersion: z.string().nullable(),
  message: z.string().nullable(),
});
export type DatabaseStatus = z.infer<typeof databaseStatusSchema>;

/** `bolt://user:secret@host` carries credentials: never stored or shown. */
export function hasCredentials(url: string): boolean {
  return /^[a-z0-9+]+:\/\/[^/?#]*@/i.test(url.trim());
}

export const NEO4J_URL_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

export const serverConfigSchema = z.object({
  mode: z.literal('server'),
  url: z
    .string()
    .trim()
    .refine((url) => {
      const scheme = /^([a-z0-9+]+):\/\//.exec(url)?.[1];
      return scheme !== undefined && (NEO4J_URL_SCHEMES as readonly string[]).includes(scheme);
    }, 'The address must start with bolt://, neo4j:// or neo4j+s:// (for example neo4j+s://xxxx.databases.neo4j.io).')
    // The address is saved in plain settings and shown in the status bar; a password belongs in its own field.
    .refine((url) => !hasCredentials(url), 'Put the user name and password in their own fields, not in the address (remove the part before "@").'),
  user: z.string().trim().min(1, 'Enter the database user name (often "neo4j").'),
  password: z.string().min(1, 'Enter the database password.'),
  database: z.string().trim().min(1).optional(),
});
export const databaseConfigSchema = z.discriminatedUnion('mode', [z.object({ mode: z.literal('local') }), serverConfigSchema]);
export type DatabaseConfig = z.infer<typeof databaseConfigSchema>;

export const databaseApi = {
  getAppInfo: {
    request: emptyRequest,
    response: z.object({ version: z.string(), transport: z.enum(['ipc', 'http']) }),
  },
  getDatabaseStatus: { request: emptyRequest, response: databaseStatusSchema },
  configureDatabase: { request: databaseConfigSchema, response: databaseStatusSchema },
  // The status bar's “Try again” once the app has stopped retrying on its own.
  retryDatabase: { request: emptyRequest, response: databaseStatusSchema },
} as const;
