// The app's settings file (which database to use), validated on read and on write so a
// hand-edited or corrupt file falls back to defaults instead of breaking start-up.
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

export const settingsSchema = z.object({
  database: z
    .discriminatedUnion('mode', [
      z.object({ mode: z.literal('local') }),
      z.object({ mode: z.literal('server'), url: z.string().min(1), user: z.string().min(1), database: z.string().optional() }),
    ])
    .default({ mode: 'local' }),
});
export type Settings = z.infer<typeof settingsSchema>;

export interface SettingsStore {
  read(): Promise<Settings>;
  write(settings: Settings): Promise<void>;
}

export function createSettingsStore(file: string): SettingsStore {
  return {
    async read() {
      try {
        const parsed = settingsSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        if (parsed.success) return parsed.data;
      } catch {
        // A missing or unreadable file means first start: use the defaults.
      }
      return settingsSchema.parse({});
    },
    async write(settings) {
      const valid = settingsSchema.parse(settings);
      await mkdir(dirname(file), { recursive: true, mode: 0o700 });
      // Write then rename, so a crash mid-write never leaves half a settings file. Only the user
      // may read it: it names the server and user the data lives on.
      const temporary = `${file}.tmp`;
      await writeFile(temporary, JSON.stringify(valid, null, 2), { mode: 0o600 });
      await chmod(temporary, 0o600);
      await rename(temporary, file);
    },
  };
}
